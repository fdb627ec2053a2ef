import GatewayModel

/// One upstream a public model name can be served by: which provider, which upstream model, where, with what key.
public struct Deployment: Sendable, Equatable {
    public let id: String
    /// The public model name clients ask for.
    public let modelName: String
    public let provider: ProviderKind
    /// The model name the upstream knows (`gpt-4o` for `openai/gpt-4o`).
    public let upstreamModel: String
    public let apiBase: String?
    public let apiKey: String?
    public let timeout: Duration
    public let pricing: ModelPricing
    public let weight: Double

    public init(
        id: String,
        modelName: String,
        provider: ProviderKind,
        upstreamModel: String,
        apiBase: String? = nil,
        apiKey: String? = nil,
        timeout: Duration = .seconds(600),
        pricing: ModelPricing = ModelPricing(),
        weight: Double = 1
    ) {
        self.id = id
        self.modelName = modelName
        self.provider = provider
        self.upstreamModel = upstreamModel
        self.apiBase = apiBase
        self.apiKey = apiKey
        self.timeout = timeout
        self.pricing = pricing
        self.weight = weight
    }

    /// The model a fresh install serves: it answers locally, so a first run works offline.
    public static let demo = Deployment(id: "demo", modelName: "demo", provider: .mock, upstreamModel: "demo")

    /// The URL of `endpoint` on this deployment's upstream.
    public func url(for endpoint: LLMEndpoint) -> String {
        var base = apiBase ?? provider.defaultAPIBase
        while base.hasSuffix("/") { base.removeLast() }
        if provider == .ollama && !base.hasSuffix("/v1") {
            base += "/v1"
        }
        return base + endpoint.rawValue
    }
}

/// The provider families this build speaks to, named by the prefix of `litellm_params.model`.
public enum ProviderKind: String, Sendable, CaseIterable {
    case openai
    case hostedVLLM = "hosted_vllm"
    case ollama
    case openaiCompatible = "openai_compatible"
    case mock

    /// Splits `openai/gpt-4o` into the provider and the upstream model; nil for an unknown provider.
    public static func parse(_ model: String) -> (ProviderKind, String)? {
        guard let slash = model.firstIndex(of: "/") else { return nil }
        guard let kind = ProviderKind(rawValue: String(model[..<slash])) else { return nil }
        let upstream = String(model[model.index(after: slash)...])
        return upstream.isEmpty ? nil : (kind, upstream)
    }

    var defaultAPIBase: String {
        switch self {
        case .openai, .openaiCompatible: "https://api.openai.com/v1"
        case .hostedVLLM: "http://localhost:8000/v1"
        case .ollama: "http://localhost:11434"
        case .mock: "mock://local"
        }
    }
}
