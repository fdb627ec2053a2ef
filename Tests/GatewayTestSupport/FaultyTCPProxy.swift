import Foundation
import NIOCore
import NIOPosix
import Synchronization

/// A TCP proxy on 127.0.0.1 that the tests put between one instance and PostgreSQL, to play the network faults TCP
/// itself does not report: a partition drops bytes (or holds them) while every connection stays open.
///
/// Modes apply to every connection, open or new: `pass` forwards, `blackhole` drops what either side sends,
/// `hold` keeps it and delivers it in order once the mode returns to `pass`, `delay` forwards each piece late.
/// `resetConnections()` ends every open connection with a TCP reset, as a middlebox that lost its state does.
public final class FaultyTCPProxy: Sendable {
    public enum Mode: Sendable, Equatable {
        case pass
        case blackhole
        case hold
        case delay(Duration)
    }

    public let port: Int
    private let server: any Channel
    private let links: LinkTable

    /// Starts forwarding to `targetPort` on 127.0.0.1.
    public init(targetPort: Int) throws {
        let links = LinkTable()
        self.links = links
        server = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.autoRead, value: false)
            .childChannelInitializer { inbound in
                let link = Link(inbound: inbound, table: links)
                return ClientBootstrap(group: inbound.eventLoop)
                    .channelInitializer { outbound in
                        outbound.eventLoop.makeCompletedFuture {
                            try outbound.pipeline.syncOperations.addHandler(LinkSide(link: link, isInbound: false))
                        }
                    }
                    .connect(host: "127.0.0.1", port: targetPort)
                    .flatMapThrowing { outbound in
                        link.outbound = outbound
                        links.add(link)
                        try inbound.pipeline.syncOperations.addHandler(LinkSide(link: link, isInbound: true))
                    }
                    .flatMap { inbound.setOption(.autoRead, value: true) }
            }
            .bind(host: "127.0.0.1", port: 0)
            .wait()
        port = server.localAddress?.port ?? 0
    }

    /// The database URL with its port replaced by the proxy's.
    public func url(through databaseURL: String) -> String {
        guard var components = URLComponents(string: databaseURL) else { return databaseURL }
        components.port = port
        return components.string ?? databaseURL
    }

    /// Switches every connection, open or new, to `mode`; returning to `pass` delivers what `hold` kept.
    public func set(_ mode: Mode) {
        links.set(mode)
    }

    /// Ends every open connection with a TCP reset.
    public func resetConnections() {
        links.resetAll()
    }

    public func stop() {
        links.resetAll()
        try? server.close().wait()
    }
}

/// The open links and the mode they all follow.
private final class LinkTable: Sendable {
    private struct State {
        var mode = FaultyTCPProxy.Mode.pass
        var links: [ObjectIdentifier: Link] = [:]
    }

    private let state = Mutex(State())

    var mode: FaultyTCPProxy.Mode { state.withLock { $0.mode } }

    func add(_ link: Link) {
        state.withLock { $0.links[ObjectIdentifier(link)] = link }
    }

    func remove(_ link: Link) {
        state.withLock { _ = $0.links.removeValue(forKey: ObjectIdentifier(link)) }
    }

    func set(_ mode: FaultyTCPProxy.Mode) {
        let links = state.withLock { state in
            state.mode = mode
            return Array(state.links.values)
        }
        if mode == .pass {
            for link in links { link.deliverHeld() }
        }
    }

    func resetAll() {
        let links = state.withLock { state in
            defer { state.links.removeAll() }
            return Array(state.links.values)
        }
        for link in links { link.reset() }
    }
}

/// One client connection and its connection to the target, on one event loop; bytes held in `hold` mode wait here.
private final class Link: @unchecked Sendable {
    let inbound: any Channel
    var outbound: (any Channel)?
    private let table: LinkTable
    /// Held bytes, in order, each with the side it is going to, and whether a side closed behind them (its close is
    /// held too, so the other side sees the bytes first). Touched only on the link's event loop.
    private var held: [(toInbound: Bool, bytes: ByteBuffer)] = []
    private var closeHeld = false

    init(inbound: any Channel, table: LinkTable) {
        self.inbound = inbound
        self.table = table
    }

    /// Forwards, drops, holds or delays bytes read on one side, by the current mode. On the event loop.
    func carry(_ bytes: ByteBuffer, toInbound: Bool) {
        switch table.mode {
        case .pass:
            guard held.isEmpty else {
                held.append((toInbound, bytes))
                deliverHeldNow()
                return
            }
            send(bytes, toInbound: toInbound)
        case .blackhole:
            break
        case .hold:
            held.append((toInbound, bytes))
        case .delay(let delay):
            let nanoseconds = delay.components.seconds * 1_000_000_000 + delay.components.attoseconds / 1_000_000_000
            inbound.eventLoop.scheduleTask(in: .nanoseconds(nanoseconds)) {
                self.send(bytes, toInbound: toInbound)
            }
        }
    }

    func deliverHeld() {
        inbound.eventLoop.execute { self.deliverHeldNow() }
    }

    private func deliverHeldNow() {
        let waiting = held
        held.removeAll()
        for piece in waiting { send(piece.bytes, toInbound: piece.toInbound) }
        if closeHeld { closeBoth() }
    }

    private func send(_ bytes: ByteBuffer, toInbound: Bool) {
        (toInbound ? inbound : outbound)?.writeAndFlush(bytes, promise: nil)
    }

    /// Closes both sides with a TCP reset (SO_LINGER 0) rather than an orderly FIN.
    func reset() {
        inbound.eventLoop.execute {
            for channel in [self.inbound, self.outbound].compactMap({ $0 }) {
                guard let socket = channel as? any SocketOptionProvider else {
                    channel.close(promise: nil)
                    continue
                }
                socket.setSoLinger(linger(l_onoff: 1, l_linger: 0)).whenComplete { _ in channel.close(promise: nil) }
            }
        }
    }

    /// One side closed: close the other, after the bytes held for it when there are any. On the event loop.
    func closed() {
        if !held.isEmpty, table.mode == .hold {
            closeHeld = true
            return
        }
        closeBoth()
    }

    private func closeBoth() {
        table.remove(self)
        inbound.close(promise: nil)
        outbound?.close(promise: nil)
    }
}

/// Reads one side of a link and hands what arrives to the link.
private final class LinkSide: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer

    private let link: Link
    private let isInbound: Bool

    init(link: Link, isInbound: Bool) {
        self.link = link
        self.isInbound = isInbound
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        link.carry(unwrapInboundIn(data), toInbound: !isInbound)
    }

    func channelInactive(context: ChannelHandlerContext) {
        link.closed()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        link.closed()
    }
}
