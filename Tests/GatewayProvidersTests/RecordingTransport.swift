import GatewayModel
import NIOCore
import Synchronization

@testable import GatewayProviders

/// A transport that records what an adapter sends and answers with a canned reply, so adapters are tested without
/// any server.
final class RecordingTransport: UpstreamTransport {
    struct Sent: Sendable {
        let url: String
        let headers: [(String, String)]
        let body: [UInt8]

        func header(_ name: String) -> String? { headers.first { $0.0 == name }?.1 }
        var json: JSONValue { JSONValue.decode(body) ?? .null }
    }

    private let sent = Mutex<[Sent]>([])
    private let reply: @Sendable () -> UpstreamReply

    init(_ reply: @escaping @Sendable () -> UpstreamReply) {
        self.reply = reply
    }

    /// A transport answering `status` with a JSON body.
    convenience init(status: Int = 200, json: String, headers: [(name: String, value: String)] = []) {
        self.init { .json(status: status, Array(json.utf8), headers: headers) }
    }

    /// A transport answering 200 with these Server-Sent Events, one chunk each.
    convenience init(events: [String]) {
        self.init {
            .eventStream(
                AsyncStream { continuation in
                    for event in events { continuation.yield(ByteBuffer(string: event)) }
                    continuation.finish()
                }
            )
        }
    }

    var last: Sent? { sent.withLock { $0.last } }

    func post(_ url: String, headers: [(String, String)], body: [UInt8], for deployment: Deployment) async throws -> UpstreamReply {
        sent.withLock { $0.append(Sent(url: url, headers: headers, body: body)) }
        return reply()
    }

    func forward(_ request: ForwardedRequest, timeout: Duration, upstream: String) async throws -> UpstreamReply {
        var body: [UInt8] = []
        if let chunks = request.body {
            for try await chunk in chunks { body += chunk.readableBytesView }
        }
        sent.withLock { $0.append(Sent(url: request.url, headers: request.headers.map { ($0.name, $0.value) }, body: body)) }
        return reply()
    }
}

extension UpstreamReply {
    /// The whole body as text.
    func text() async throws -> String {
        String(buffer: try await body.collect(upTo: 1 << 20))
    }
}
