import AsyncHTTPClient
import NIOCore
import NIOPosix
import ServiceLifecycle

/// The one pooled HTTP client the data plane calls upstreams with, shut down after the server stops.
struct HTTPClientService: Service {
    let client: HTTPClient

    /// A client on the server's event loops, keeping idle upstream connections for reuse.
    static func makeClient() -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .seconds(10), read: .seconds(600))
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 128)
        // A refused connection fails its call at once: the router retries with its own backoff and can move to
        // another deployment, where the pool's own retrying would hold the call until its deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.decompression = .disabled
        return HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
    }

    func run() async throws {
        try? await gracefulShutdown()
        try await client.shutdown()
    }
}
