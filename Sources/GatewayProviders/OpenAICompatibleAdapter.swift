import GatewayModel

/// Speaks to OpenAI and every OpenAI-compatible server (vLLM, Ollama's `/v1`, …): the body goes through unchanged,
/// with the deployment's key in `Authorization`.
public struct OpenAICompatibleAdapter: ProviderAdapter {
    let transport: any UpstreamTransport

    public init(transport: any UpstreamTransport) {
        self.transport = transport
    }

    public func send(_ call: UpstreamCall, to deployment: Deployment) async throws -> UpstreamReply {
        var headers = call.standardHeaders
        if let key = deployment.apiKey, !key.isEmpty {
            headers.append(("authorization", "Bearer \(key)"))
        }
        return try await transport.post(Self.url(for: call.endpoint, at: deployment), headers: headers, body: call.body, for: deployment)
    }

    /// The endpoint's path under the base URL; Ollama's OpenAI-compatible API lives under `/v1`, which its base URL
    /// usually leaves out.
    public static func url(for endpoint: LLMEndpoint, at deployment: Deployment) -> String {
        let base = deployment.baseURL
        if deployment.provider == .ollama && !base.hasSuffix("/v1") { return base + "/v1" + endpoint.rawValue }
        return base + endpoint.rawValue
    }
}
