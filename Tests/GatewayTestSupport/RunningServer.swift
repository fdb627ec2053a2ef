import Foundation
import GatewayServer
import GatewayStore
import Logging
import ServiceLifecycle

/// Runs the real application on 127.0.0.1 on a free port for the length of a test body.
public enum RunningServer {
    /// A master key strong enough for `serve`'s policy.
    public static let masterKey = "sk-test-master-0123456789abcdef"

    /// Starts `buildApplication` with `config` (host and port replaced) on `store`, runs `body` with a client, then shuts down.
    public static func with<T: Sendable>(
        config: ServerConfig = ServerConfig(masterKey: RunningServer.masterKey),
        store: any GatewayStore,
        _ body: @Sendable (TestHTTPClient) async throws -> T
    ) async throws -> T {
        var config = config
        config.host = "127.0.0.1"
        config.port = 0
        var logger = Logger(label: "llmproxy-test")
        logger.logLevel = .warning
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let app = buildApplication(config: config, store: store, logger: logger) { port in
            portContinuation.yield(port)
            portContinuation.finish()
        }
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else {
                await group.triggerGracefulShutdown()
                throw CancellationError()
            }
            let client = TestHTTPClient(baseURL: "http://127.0.0.1:\(port)", bearer: config.masterKey)
            do {
                let result = try await body(client)
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
                return result
            } catch {
                await group.triggerGracefulShutdown()
                try? await tasks.waitForAll()
                throw error
            }
        }
    }

    /// A fresh migrated SQLite store, the server on it, and the body; the store is closed afterwards.
    public static func withSQLite<T: Sendable>(
        config: ServerConfig = ServerConfig(masterKey: RunningServer.masterKey),
        _ body: @Sendable (TestHTTPClient, SQLiteStore) async throws -> T
    ) async throws -> T {
        let (store, directory) = try await TestStores.sqlite()
        defer { withExtendedLifetime(directory) {} }
        let result = try await with(config: config, store: store) { client in try await body(client, store) }
        try await store.close()
        return result
    }
}
