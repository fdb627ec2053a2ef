import Foundation
import GatewayServer
import GatewayStore
import Logging
import ServiceLifecycle

/// Runs the real application on 127.0.0.1 on a free port for the length of a test body.
public enum RunningServer {
    /// A master key strong enough for `serve`'s policy.
    public static let masterKey = "sk-test-master-0123456789abcdef"

    /// Starts `buildApplication` with `config` (host and port replaced; its spend journal, if it names one) on
    /// `store`, runs `body` with a client, then shuts down.
    public static func with<T: Sendable>(
        config: ServerConfig = ServerConfig(masterKey: RunningServer.masterKey),
        store: any GatewayStore,
        _ body: @Sendable (TestHTTPClient) async throws -> T
    ) async throws -> T {
        var local = config
        local.host = "127.0.0.1"
        local.port = 0
        var logger = Logger(label: "llmproxy-test")
        logger.logLevel = .warning
        let (masterKey, config) = (local.masterKey, local)
        let journal = try config.spendJournalPath.map { try SpendJournal(path: $0, logger: logger) }
        return try await ServingApplication.run(logger: logger) { onServerRunning in
            buildApplication(config: config, store: store, logger: logger, spendJournal: journal, onServerRunning: onServerRunning)
        } _: { port in
            try await body(TestHTTPClient(baseURL: "http://127.0.0.1:\(port)", bearer: masterKey))
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
