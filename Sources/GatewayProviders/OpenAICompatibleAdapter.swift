import AsyncHTTPClient
import GatewayModel

/// Speaks to OpenAI and every OpenAI-compatible server (vLLM, Ollama's `/v1`, …): the body goes through unchanged,
/// with the deployment's key in `Authorization`.
public struct OpenAICompatibleAdapter: ProviderAdapter {
    let transport: UpstreamTransport

    public init(transport: UpstreamTransport) {
        self.transport = transport
    }

    public func send(_ call: UpstreamCall, to deployment: Deployment) async throws -> HTTPClientResponse {
        var headers = call.standardHeaders
        if let key = deployment.apiKey, !key.isEmpty {
            headers.append(("authorization", "Bearer \(key)"))
        }
        return try await transport.post(deployment.url(for: call.endpoint), headers: headers, body: call.body, for: deployment)
    }
}
