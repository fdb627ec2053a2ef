import Foundation
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
    /// Azure's `api-version` query parameter.
    public let apiVersion: String?
    /// Requests and tokens per minute this deployment may take; the router skips it once either is reached.
    public let rpm: Int?
    public let tpm: Int?
    /// What `model_info` says of the model: its context limits and its kind (`chat`, `embedding`, `completion`).
    public let capabilities: ModelCapabilities

    public init(
        id: String,
        modelName: String,
        provider: ProviderKind,
        upstreamModel: String,
        apiBase: String? = nil,
        apiKey: String? = nil,
        timeout: Duration = .seconds(600),
        pricing: ModelPricing = ModelPricing(),
        weight: Double = 1,
        apiVersion: String? = nil,
        rpm: Int? = nil,
        tpm: Int? = nil,
        capabilities: ModelCapabilities = ModelCapabilities()
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
        self.apiVersion = apiVersion
        self.rpm = rpm
        self.tpm = tpm
        self.capabilities = capabilities
    }

    /// The model a fresh install serves: it answers locally, so a first run works offline.
    public static let demo = Deployment(id: "demo", modelName: "demo", provider: .mock, upstreamModel: "demo")

    /// The upstream's base URL (`api_base`, else the provider's default), without a trailing slash; each adapter adds
    /// its provider's path.
    public var baseURL: String {
        var base = apiBase ?? provider.defaultAPIBase
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }
}

/// A model's limits and kind as `model_info` states them (`max_input_tokens`, `max_output_tokens`, `mode`), for
/// `/model_group/info` and for health checks that must call an embedding model as one.
public struct ModelCapabilities: Sendable, Equatable {
    public var maxInputTokens: Int?
    public var maxOutputTokens: Int?
    /// `chat` unless `model_info.mode` says otherwise.
    public var mode: String
    /// The upstream model a health check calls instead of the deployment's own (`model_info.health_check_model`).
    public var healthCheckModel: String?

    public init(maxInputTokens: Int? = nil, maxOutputTokens: Int? = nil, mode: String = "chat", healthCheckModel: String? = nil) {
        self.maxInputTokens = maxInputTokens
        self.maxOutputTokens = maxOutputTokens
        self.mode = mode
        self.healthCheckModel = healthCheckModel
    }
}

/// The provider families this build speaks to, named by the prefix of `litellm_params.model`.
public enum ProviderKind: String, Sendable, CaseIterable {
    case openai
    case hostedVLLM = "hosted_vllm"
    case ollama
    case openaiCompatible = "openai_compatible"
    case azure
    case anthropic
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
        case .azure: "https://azure-openai-api-base-not-set.invalid"
        case .anthropic: "https://api.anthropic.com"
        case .mock: "mock://local"
        }
    }
}
