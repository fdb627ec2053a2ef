import Foundation
import GatewayModel

/// Speaks to Azure OpenAI: OpenAI's body, sent to the deployment's own path
/// (`{api_base}/openai/deployments/{name}/chat/completions?api-version=…`) with the key in Azure's `api-key` header.
public struct AzureOpenAIAdapter: ProviderAdapter {
    let transport: any UpstreamTransport

    public init(transport: any UpstreamTransport) {
        self.transport = transport
    }

    public func send(_ call: UpstreamCall, to deployment: Deployment) async throws -> UpstreamReply {
        var headers = call.standardHeaders
        if let key = deployment.apiKey, !key.isEmpty {
            headers.append(("api-key", key))
        }
        return try await transport.post(Self.url(for: call.endpoint, at: deployment), headers: headers, body: call.body, for: deployment)
    }

    /// The API version used when a deployment names none.
    public static let defaultAPIVersion = "2024-10-21"

    /// `{api_base}/openai/deployments/{name}{endpoint}?api-version=…`, the deployment name percent-encoded.
    public static func url(for endpoint: LLMEndpoint, at deployment: Deployment) -> String {
        let name = deployment.upstreamModel.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? deployment.upstreamModel
        return "\(deployment.baseURL)/openai/deployments/\(name)\(endpoint.rawValue)?api-version=\(deployment.apiVersion ?? defaultAPIVersion)"
    }
}
