import Foundation
import GatewayModel
import Logging
import PostgresNIO

/// One PostgreSQL database as the store uses it: a pooled `PostgresClient` running for the database's lifetime,
/// versioned migrations, a health probe, and the change notifications the schema's triggers raise.
final class PostgresStoreDatabase: Sendable {
    let settings: PostgresSettings
    let client: PostgresClient
    private let logger: Logger
    private let running: Task<Void, Never>

    init(settings: PostgresSettings, logger: Logger) {
        self.settings = settings
        self.logger = logger
        let client = PostgresClient(configuration: settings.clientConfiguration(), backgroundLogger: logger)
        self.client = client
        running = Task { await client.run() }
    }

    /// Applies the migrations the database lacks, in one transaction under an advisory lock; answers their names.
    func migrate() async throws -> [String] {
        try await guarded(within: .seconds(60)) { [client, logger] in
            try await client.withTransaction(logger: logger) { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresMigrations.lockKey))", logger: logger)
                try await connection.query(
                    "CREATE TABLE IF NOT EXISTS llmproxy_migrations (identifier TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp())",
                    logger: logger
                )
                let before = try await Self.appliedIdentifiers(connection, logger: logger)
                var applied: [String] = []
                for migration in PostgresMigrations.all where !before.contains(migration.identifier) {
                    for statement in migration.statements {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await connection.query("INSERT INTO llmproxy_migrations (identifier) VALUES (\(migration.identifier))", logger: logger)
                    applied.append(migration.identifier)
                }
                return applied
            }
        }
    }

    func schemaStatus() async throws -> SchemaStatus {
        try await guarded { [client, logger] in
            try await client.withConnection { connection in
                let exists =
                    try await connection.query("SELECT to_regclass('llmproxy_migrations') IS NOT NULL", logger: logger)
                    .collect().first?.decode(Bool.self) ?? false
                let applied = exists ? try await Self.appliedIdentifiers(connection, logger: logger) : []
                return SchemaStatus(applied: applied, known: PostgresMigrations.knownIdentifiers)
            }
        }
    }

    func ping() async throws {
        try await guarded(within: .seconds(2)) { [client, logger] in
            _ = try await client.query("SELECT 1", logger: logger).collect()
        }
    }

    func close() {
        running.cancel()
    }

    private static func appliedIdentifiers(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        var identifiers: [String] = []
        for try await identifier in try await connection.query(
            "SELECT identifier FROM llmproxy_migrations ORDER BY applied_at, identifier",
            logger: logger
        ).decode(String.self) {
            identifiers.append(identifier)
        }
        return identifiers
    }

    /// How long any store call may wait: while the server is down the pool keeps trying to connect, and a caller
    /// must get a 503 rather than wait with it.
    static let callTimeout: Duration = .seconds(5)

    /// Runs `body` within `limit`, mapping PostgreSQL failures to `StoreError` and passing store errors and
    /// cancellation through.
    func guarded<T: Sendable>(within limit: Duration = callTimeout, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        do {
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { try await body() }
                group.addTask {
                    try await Task.sleep(for: limit)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let value = first else {
                    throw StoreError(.unavailable, "PostgreSQL did not answer within \(limit) (\(self.settings.location)).")
                }
                return value
            }
        } catch let error as StoreError {
            throw error
        } catch let error as CancellationError {
            throw error
        } catch let error as PostgresTransactionError where error.closureError is CancellationError {
            throw CancellationError()
        } catch {
            throw Self.storeError(from: error)
        }
    }

    /// The `StoreError` for anything a query or transaction threw; a transaction's own error is unwrapped first.
    static func storeError(from error: any Error) -> StoreError {
        switch error {
        case let error as StoreError: error
        case let error as PSQLError: storeError(from: error)
        case let error as PostgresTransactionError:
            (error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError).map(storeError(from:))
                ?? StoreError(.unavailable, "PostgreSQL failed: \(error)")
        default: StoreError(.unavailable, "PostgreSQL failed: \(error)")
        }
    }

    static func storeError(from error: PSQLError) -> StoreError {
        switch error.serverInfo?[.sqlState] {
        case "23505": StoreError(.conflict, "The write conflicts with an existing row.")
        case "23503": StoreError(.invalid, "The write names a row that does not exist.")
        case .some(let state):
            StoreError(.unavailable, "PostgreSQL refused the statement (\(state)): \(error.serverInfo?[.message] ?? "no message")")
        case nil: StoreError(.unavailable, "PostgreSQL cannot be reached: \(error.code.description)")
        }
    }

    /// The change a notification payload (`kind:ref`) names; nil for one this build does not know.
    static func change(fromPayload payload: String) -> StoreChange? {
        guard let colon = payload.firstIndex(of: ":") else { return nil }
        let reference = String(payload[payload.index(after: colon)...])
        switch payload[..<colon] {
        case "key": return .key(reference)
        case "user": return .user(reference)
        case "team": return .team(reference)
        case "model": return .model(reference)
        default: return nil
        }
    }
}
