import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// How the data plane reaches upstreams: an adapter's POST, or a pass-through route's request as it came, answered
/// with the upstream's reply (its body still streaming) or an `UpstreamError` the router and the data plane
/// understand. The seam a different HTTP stack goes behind without touching an adapter or a route, and where tests
/// put a recording fake.
public protocol UpstreamTransport: Sendable {
    /// A POST of `body` to `url` with `headers`, within the deployment's timeout.
    func post(_ url: String, headers: [(String, String)], body: [UInt8], for deployment: Deployment) async throws -> UpstreamReply
    /// `request` sent on within `timeout`; `upstream` names the upstream in errors. An error the request's body
    /// threw while it was read is thrown as it is.
    func forward(_ request: ForwardedRequest, timeout: Duration, upstream: String) async throws -> UpstreamReply
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

extension HTTPClientTransport {
    public func forward(_ request: ForwardedRequest, timeout: Duration, upstream: String) async throws -> UpstreamReply {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers {
            outgoing.headers.add(name: name, value: value)
        }
        if let body = request.body {
            outgoing.body = .stream(body, length: request.length.map { .known(Int64($0)) } ?? .unknown)
        }
        do {
            return UpstreamReply(try await client.execute(outgoing, timeout: timeout.timeAmount))
        } catch let error as HTTPClientError {
            throw UpstreamError(error == .deadlineExceeded ? .timeout : .unreachable, "Cannot reach \(upstream): \(error).")
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
