import AsyncHTTPClient
import NIOCore

/// Sends a prepared request to a deployment's upstream on the shared client and turns transport failures into
/// `UpstreamError`s the router and the data plane understand.
public struct UpstreamTransport: Sendable {
    let client: HTTPClient

    public init(client: HTTPClient) {
        self.client = client
    }

    /// A POST of `body` to `url` with `headers`, within the deployment's timeout.
    func post(_ url: String, headers: [(String, String)], body: [UInt8], for deployment: Deployment) async throws -> HTTPClientResponse {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        for (name, value) in headers {
            request.headers.add(name: name, value: value)
        }
        request.body = .bytes(ByteBuffer(bytes: body))
        return try await execute(request, for: deployment)
    }

    func execute(_ request: HTTPClientRequest, for deployment: Deployment) async throws -> HTTPClientResponse {
        do {
            return try await client.execute(request, timeout: deployment.timeout.timeAmount)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            throw UpstreamError(.timeout, "The upstream for '\(deployment.modelName)' did not answer within \(deployment.timeout).")
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
