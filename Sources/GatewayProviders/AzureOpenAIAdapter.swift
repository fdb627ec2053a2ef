import AsyncHTTPClient
import GatewayModel

/// Speaks to Azure OpenAI: OpenAI's body, sent to the deployment's own path
/// (`{api_base}/openai/deployments/{name}/chat/completions?api-version=…`) with the key in Azure's `api-key` header.
public struct AzureOpenAIAdapter: ProviderAdapter {
    let transport: UpstreamTransport

    public init(transport: UpstreamTransport) {
        self.transport = transport
    }

    public func send(_ call: UpstreamCall, to deployment: Deployment) async throws -> HTTPClientResponse {
        var headers = call.standardHeaders
        if let key = deployment.apiKey, !key.isEmpty {
            headers.append(("api-key", key))
        }
        return try await transport.post(deployment.url(for: call.endpoint), headers: headers, body: call.body, for: deployment)
    }
}
