import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// A server on 127.0.0.1 that answers every request with whatever a test decides (HTML, broken JSON, the wrong
/// shape, the caller's own credential echoed back), over plain HTTP or TLS: the hostile server llmctl is tried against.
///
/// Requests are answered on NIO's event loops, so a synchronous test can run a child process against it while it
/// serves.
public final class CannedHTTPServer: Sendable {
    /// One answer.
    public struct Answer: Sendable {
        public var status: Int
        public var contentType: String
        public var body: String

        public init(status: Int = 200, contentType: String = "application/json", body: String) {
            self.status = status
            self.contentType = contentType
            self.body = body
        }
    }

    /// A request as the answering closure sees it.
    public struct Request: Sendable {
        public let method: String
        /// The path with its query string.
        public let uri: String
        public let authorization: String?
    }

    public let port: Int
    private let channel: any Channel

    /// Starts the server; `tls` names a PEM certificate and key to serve HTTPS with.
    public init(tls: (certificate: String, key: String)? = nil, answer: @escaping @Sendable (Request) -> Answer) throws {
        let sslContext = try tls.map { files in
            try NIOSSLContext(
                configuration: .makeServerConfiguration(
                    certificateChain: try NIOSSLCertificate.fromPEMFile(files.certificate).map { .certificate($0) },
                    privateKey: .privateKey(try NIOSSLPrivateKey(file: files.key, format: .pem))
                )
            )
        }
        channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let sslContext {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: sslContext))
                    }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(CannedAnswerHandler(answer: answer))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .wait()
        port = channel.localAddress?.port ?? 0
    }

    public var url: String { "http://127.0.0.1:\(port)" }

    /// Stops listening; call once the test is done with it.
    public func stop() {
        try? channel.close().wait()
    }
}

/// Reads one request at a time and writes the canned answer for it.
private final class CannedAnswerHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let answer: @Sendable (CannedHTTPServer.Request) -> CannedHTTPServer.Answer
    private var head: HTTPRequestHead?

    init(answer: @escaping @Sendable (CannedHTTPServer.Request) -> CannedHTTPServer.Answer) {
        self.answer = answer
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
        case .body:
            break
        case .end:
            guard let head else { return }
            let request = CannedHTTPServer.Request(
                method: head.method.rawValue,
                uri: head.uri,
                authorization: head.headers.first(name: "authorization")
            )
            let canned = answer(request)
            let headers = HTTPHeaders([("content-type", canned.contentType), ("content-length", String(canned.body.utf8.count))])
            context.write(
                wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .init(statusCode: canned.status), headers: headers))),
                promise: nil
            )
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: canned.body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}
