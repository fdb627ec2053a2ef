import AsyncHTTPClient
import NIOCore

/// An upstream's answer as the gateway sees it, whichever provider and transport gave it: the status, the headers,
/// and a body that may still be streaming. Adapters return it, so nothing above them handles the HTTP client's own
/// types, and a different transport can stand behind them.
public struct UpstreamReply: Sendable {
    public let status: Int
    /// Names lowercased.
    public let headers: [(name: String, value: String)]
    public let body: UpstreamBody

    public init(status: Int, headers: [(name: String, value: String)], body: UpstreamBody) {
        self.status = status
        self.headers = headers.map { ($0.name.lowercased(), $0.value) }
        self.body = body
    }

    /// The first value of header `name`.
    public func header(_ name: String) -> String? {
        let name = name.lowercased()
        return headers.first { $0.name == name }?.value
    }

    /// A whole JSON answer an adapter made itself: a translated body, or an error in OpenAI's shape.
    public static func json(status: Int, _ bytes: [UInt8], headers: [(name: String, value: String)] = []) -> UpstreamReply {
        UpstreamReply(status: status, headers: [("content-type", "application/json")] + headers, body: .bytes(ByteBuffer(bytes: bytes)))
    }

    /// A stream of Server-Sent Events an adapter produces.
    public static func eventStream<Events: AsyncSequence & Sendable>(_ events: Events) -> UpstreamReply where Events.Element == ByteBuffer {
        UpstreamReply(status: 200, headers: [("content-type", "text/event-stream")], body: .streaming(events))
    }

    init(_ response: HTTPClientResponse) {
        self.init(
            status: Int(response.status.code),
            headers: response.headers.map { ($0.name, $0.value) },
            body: UpstreamBody(source: .client(response.body))
        )
    }
}

/// A reply's body, read once, chunk by chunk; cancelling the reader stops the upstream.
///
/// The HTTP client's body is read directly (the hot path); bodies an adapter produces are whole buffers or a stream.
public struct UpstreamBody: AsyncSequence, Sendable {
    public typealias Element = ByteBuffer

    enum Source: Sendable {
        case client(HTTPClientResponse.Body)
        case bytes(ByteBuffer)
        case stream(AsyncThrowingStream<ByteBuffer, any Error>)
    }

    let source: Source

    public static func bytes(_ buffer: ByteBuffer) -> UpstreamBody {
        UpstreamBody(source: .bytes(buffer))
    }

    /// A body read from `chunks` as the reader asks; ending the read cancels them.
    public static func streaming<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks) -> UpstreamBody where Chunks.Element == ByteBuffer {
        let stream = AsyncThrowingStream<ByteBuffer, any Error> { continuation in
            let task = Task {
                do {
                    for try await chunk in chunks { continuation.yield(chunk) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
        return UpstreamBody(source: .stream(stream))
    }

    /// The whole body, failing past `maxBytes`; the client's body and a whole buffer are handed over without a copy.
    public func collect(upTo maxBytes: Int) async throws -> ByteBuffer {
        switch source {
        case .client(let body): return try await body.collect(upTo: maxBytes)
        case .bytes(let buffer) where buffer.readableBytes <= maxBytes: return buffer
        case .bytes, .stream: break
        }
        var whole = ByteBuffer()
        for try await chunk in self {
            guard whole.readableBytes + chunk.readableBytes <= maxBytes else { throw UpstreamBodyTooLarge(limit: maxBytes) }
            var chunk = chunk
            whole.writeBuffer(&chunk)
        }
        return whole
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        enum Position {
            case client(HTTPClientResponse.Body.AsyncIterator)
            case bytes(ByteBuffer?)
            case stream(AsyncThrowingStream<ByteBuffer, any Error>.AsyncIterator)
        }

        var position: Position

        public mutating func next() async throws -> ByteBuffer? {
            switch position {
            case .client(var iterator):
                let chunk = try await iterator.next()
                position = .client(iterator)
                return chunk
            case .bytes(let buffer):
                position = .bytes(nil)
                return buffer
            case .stream(var iterator):
                let chunk = try await iterator.next()
                position = .stream(iterator)
                return chunk
            }
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        switch source {
        case .client(let body): AsyncIterator(position: .client(body.makeAsyncIterator()))
        case .bytes(let buffer): AsyncIterator(position: .bytes(buffer))
        case .stream(let stream): AsyncIterator(position: .stream(stream.makeAsyncIterator()))
        }
    }
}

/// A body longer than its reader would take.
public struct UpstreamBodyTooLarge: Error, Sendable, CustomStringConvertible {
    public let limit: Int
    public var description: String { "the upstream body is longer than \(limit) bytes" }
}
