import Foundation
import GatewayModel
import GatewayProviders
import HTTPTypes
import Hummingbird
import NIOCore

/// Forwards `/anthropic/*`, `/vertex_ai/*`, `/bedrock/*` and configured pass-through prefixes to the provider's own
/// API: method, rest of the path, query and body as they came, streamed both ways, with the route's credential in
/// place of the caller's virtual key. The key is still checked (expiry, block, budgets, rate limits) and the call is
/// billed by the usage the provider reports, priced like a configured deployment of the same upstream model.
struct PassThroughController {
    typealias Context = GatewayRequestContext

    let routes: [PassThroughRoute]
    let transport: any UpstreamTransport
    let registry: ModelRegistry
    let admission: CallAdmission
    let maxBodyBytes: Int
    let timeout: Duration

    /// Request headers never forwarded: the caller's credentials, hop-by-hop headers, and `accept-encoding` (so the
    /// answer arrives readable for usage).
    static let droppedRequestHeaders: Set<String> = Set(Credential.headers.map(\.canonicalName)).union([
        "host", "content-length", "connection", "keep-alive", "transfer-encoding", "te", "upgrade", "proxy-authorization",
        "proxy-connection", "accept-encoding",
    ])
    static let droppedResponseHeaders: Set<String> = ["connection", "keep-alive", "transfer-encoding", "content-length"]

    func addRoutes(to group: RouterGroup<Context>) {
        for route in routes {
            for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
                group.on(RouterPath(stringLiteral: route.path + "/**"), method: method) { request, context in
                    try await forward(request, context, route)
                }
            }
        }
    }

    func forward(_ request: Request, _ context: Context, _ route: PassThroughRoute) async throws -> Response {
        if let unconfigured = route.unconfigured { throw GatewayError(.serviceUnavailable, unconfigured) }
        // A key limited to some models reaches a provider's raw API only if its list names the route (`anthropic`).
        let permit = try admission.admit(
            try context.requirePrincipal(),
            model: String(route.path.dropFirst()),
            requestId: context.id,
            callType: "pass_through"
        )
        permit.sent(to: CallTarget(passThrough: route, reportedModel: nil, registry: registry))
        let upstream: UpstreamReply
        do {
            upstream = try await transport.forward(try forwarded(request, route), timeout: timeout, upstream: "the \(route.path) upstream")
        } catch {
            permit.finish(usage: .unknown, outcome: .failed)
            if let error = error as? GatewayError { throw error }
            throw GatewayError(.badGateway, (error as? UpstreamError)?.message ?? "Cannot reach the \(route.path) upstream: \(error).")
        }
        permit.upstreamAnswered()
        var headers = HTTPFields()
        for header in upstream.headers where !Self.droppedResponseHeaders.contains(header.name.lowercased()) {
            if let name = HTTPField.Name(header.name) { headers.append(HTTPField(name: name, value: header.value)) }
        }
        headers[LLMController.requestId] = context.id
        let streaming = upstream.header("content-type")?.hasPrefix("text/event-stream") == true
        let succeeded = upstream.status < 400
        return Response(
            status: .init(code: upstream.status),
            headers: headers,
            body: ResponseBody { [registry] writer in
                var usage = PassThroughUsage()
                var splitter = SSEEventSplitter()
                var whole: [UInt8] = []
                var failure: (any Error)?
                do {
                    for try await chunk in upstream.body {
                        if streaming {
                            for event in splitter.append(chunk.readableBytesView) { usage.observe(SSEEvent(bytes: event).data) }
                        } else if whole.count < 4 << 20 {
                            whole.append(contentsOf: chunk.readableBytesView)
                        }
                        try await writer.write(chunk)
                    }
                } catch {
                    failure = error
                }
                if !streaming { usage.observe(whole) }
                permit.sent(to: CallTarget(passThrough: route, reportedModel: usage.model, registry: registry))
                permit.finish(usage: usage.usage ?? .unknown, outcome: succeeded && failure == nil ? .succeeded : .failed)
                if let failure { throw failure }
                try await writer.finish(nil)
            }
        )
    }

    private func forwarded(_ request: Request, _ route: PassThroughRoute) throws -> ForwardedRequest {
        var target = route.target
        while target.hasSuffix("/") { target.removeLast() }
        var url = target + request.uri.path.dropFirst(route.path.count)
        if let query = request.uri.query, !query.isEmpty { url += "?" + query }
        var headers = request.headers.filter { !Self.droppedRequestHeaders.contains($0.name.canonicalName) }
            .map { (name: $0.name.canonicalName, value: $0.value) }
        headers.removeAll { header in route.headers.keys.contains { $0.lowercased() == header.name } }
        headers += route.headers.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        var forwarded = ForwardedRequest(method: request.method.rawValue, url: url, headers: headers)
        if let length = request.headers[.contentLength].flatMap(Int.init) {
            guard length <= maxBodyBytes else {
                throw GatewayError(.payloadTooLarge, "The request body is larger than the proxy's limit of \(maxBodyBytes) bytes.")
            }
            (forwarded.body, forwarded.length) = (request.body, length)
        } else if request.method != .get && request.method != .delete {
            forwarded.body = LimitedBody(body: request.body, limit: maxBodyBytes)
        }
        return forwarded
    }
}

/// A request body passed on as it streams, failing once it grows past `limit` bytes.
private struct LimitedBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let body: RequestBody
    let limit: Int

    struct AsyncIterator: AsyncIteratorProtocol {
        var source: RequestBody.AsyncIterator
        let limit: Int
        var seen = 0

        mutating func next() async throws -> ByteBuffer? {
            guard let chunk = try await source.next() else { return nil }
            seen += chunk.readableBytes
            guard seen <= limit else {
                throw GatewayError(.payloadTooLarge, "The request body is larger than the proxy's limit of \(limit) bytes.")
            }
            return chunk
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(source: body.makeAsyncIterator(), limit: limit)
    }
}
