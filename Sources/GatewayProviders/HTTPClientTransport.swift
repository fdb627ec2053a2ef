import AsyncHTTPClient
import NIOCore

/// How adapters reach an upstream: one POST, answered with the upstream's reply (its body still streaming) or an
/// `UpstreamError` the router and the data plane understand. The seam a different HTTP stack goes behind without
/// touching an adapter, and where tests put a recording fake.
public protocol UpstreamTransport: Sendable {
    /// A POST of `body` to `url` with `headers`, within the deployment's timeout.
    func post(_ url: String, headers: [(String, String)], body: [UInt8], for deployment: Deployment) async throws -> UpstreamReply
}

/// The transport on AsyncHTTPClient's shared, pooled client.
public struct HTTPClientTransport: UpstreamTransport {
    let client: HTTPClient

    public init(client: HTTPClient) {
        self.client = client
    }

    public func post(_ url: String, headers: [(String, String)], body: [UInt8], for deployment: Deployment) async throws -> UpstreamReply {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        for (name, value) in headers {
            request.headers.add(name: name, value: value)
        }
        request.body = .bytes(ByteBuffer(bytes: body))
        do {
            return UpstreamReply(try await client.execute(request, timeout: deployment.timeout.timeAmount))
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
