import AsyncHTTPClient
import GatewayModel
import NIOCore
import NIOHTTP1

/// Speaks to OpenAI and every OpenAI-compatible server (vLLM, Ollama's `/v1`, …): the body goes through unchanged,
/// with the deployment's key in `Authorization`.
public struct OpenAICompatibleAdapter: ProviderAdapter {
    let client: HTTPClient

    public init(client: HTTPClient) {
        self.client = client
    }

    public func send(_ call: UpstreamCall, to deployment: Deployment) async throws -> HTTPClientResponse {
        var request = HTTPClientRequest(url: deployment.url(for: call.endpoint))
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "accept", value: call.stream ? "text/event-stream" : "application/json")
        request.headers.add(name: "x-request-id", value: call.requestId)
        if let key = deployment.apiKey, !key.isEmpty {
            request.headers.add(name: "authorization", value: "Bearer \(key)")
        }
        request.body = .bytes(ByteBuffer(bytes: call.body))
        do {
            return try await client.execute(request, timeout: deployment.timeout.timeAmount)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            throw UpstreamError(.timeout, "The upstream for '\(deployment.modelName)' did not answer within \(deployment.timeout).")
        } catch let error as HTTPClientError {
            throw UpstreamError(.unreachable, "Cannot reach the upstream for '\(deployment.modelName)': \(error).")
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw UpstreamError(.unreachable, "Cannot reach the upstream for '\(deployment.modelName)': \(error).")
        }
    }
}

extension Duration {
    /// The same length as NIO's `TimeAmount`, to the nanosecond.
    var timeAmount: TimeAmount {
        let (seconds, attoseconds) = components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
