import Foundation
import GatewayModel
import Logging
import PostgresNIO

/// One PostgreSQL database as the store uses it: a pooled `PostgresClient` (run by `PostgresStore.run()` as a
/// service), versioned migrations, a health probe, and the change notifications the schema's triggers raise.
final class PostgresStoreDatabase: Sendable {
    let settings: PostgresSettings
    let client: PostgresClient
    private let logger: Logger

    init(settings: PostgresSettings, logger: Logger) {
        self.settings = settings
        self.logger = logger
        client = PostgresClient(configuration: settings.clientConfiguration(), backgroundLogger: logger)
    }

    /// Applies the migrations the database lacks, in one transaction under an advisory lock; answers their names.
    func migrate() async throws -> [String] {
        try await transaction(within: .seconds(60)) { [logger] connection in
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

    func schemaStatus() async throws -> SchemaStatus {
        try await connection { [logger] connection in
            let exists =
                try await connection.query("SELECT to_regclass('llmproxy_migrations') IS NOT NULL", logger: logger)
                .collect().first?.decode(Bool.self) ?? false
            let applied = exists ? try await Self.appliedIdentifiers(connection, logger: logger) : []
            return SchemaStatus(applied: applied, known: PostgresMigrations.knownIdentifiers)
        }
    }

    /// A trivial query within the readiness probe's own deadline.
    func ping() async throws {
        try await connection(within: Self.pingTimeout) { [logger] connection in
            _ = try await connection.query("SELECT 1", logger: logger).collect()
        }
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

    /// How long any store call may wait: while the server is down or the network silent, a caller must get a 503
    /// rather than wait with it.
    static let callTimeout: Duration = .seconds(5)
    /// How long a readiness probe waits for `SELECT 1`.
    static let pingTimeout: Duration = .seconds(2)

    /// Runs `body` on one pooled connection within `limit`.
    func connection<T: Sendable>(
        within limit: Duration = callTimeout,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await guarded(within: limit) { [client] deadline in
            try await client.withConnection { connection in
                try await deadline.holding(connection) { try await body(connection) }
            }
        }
    }

    /// Runs `body` in a transaction on one pooled connection within `limit`. `COMMIT` is sent only while the deadline
    /// holds, so a call answered with `.unavailable` wrote nothing; a call whose `COMMIT` went out but was not
    /// confirmed answers `.unconfirmed`.
    func transaction<T: Sendable>(
        within limit: Duration = callTimeout,
        _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await guarded(within: limit) { [client, logger] deadline in
            try await client.withConnection { connection in
                try await deadline.holding(connection) {
                    try await connection.query("BEGIN", logger: logger)
                    let value: T
                    do {
                        value = try await body(connection)
                        try deadline.beginCommit()
                    } catch {
                        _ = try? await connection.query("ROLLBACK", logger: logger)
                        throw error
                    }
                    do {
                        try await connection.query("COMMIT", logger: logger)
                    } catch let error as PSQLError where error.serverInfo == nil {
                        throw StoreError(.unconfirmed, Self.unconfirmedMessage)
                    }
                    return value
                }
            }
        }
    }

    /// A `SELECT 1` on `connection` itself (not a pooled one) within `limit`; when it does not answer in time the
    /// connection is closed, so whatever else waits on it fails too.
    func roundTrip(on connection: PostgresConnection, within limit: Duration) async throws {
        try await guarded(within: limit) { [logger] deadline in
            try await deadline.holding(connection) { _ = try await connection.query("SELECT 1", logger: logger).collect() }
        }
    }

    static let unconfirmedMessage = "PostgreSQL did not confirm the write; it may have been applied."

    /// Runs `body` within `limit`, mapping PostgreSQL failures to `StoreError`. When the deadline passes first, the
    /// connection the call holds is closed, which fails whatever it was waiting for, and the caller is answered at
    /// once rather than after `body` gives up; the caller's cancellation ends the call the same way.
    private func guarded<T: Sendable>(
        within limit: Duration,
        _ body: @escaping @Sendable (CallDeadline) async throws -> T
    ) async throws -> T {
        let deadline = CallDeadline()
        let outcome = FirstOutcome<T>()
        let work = Task {
            do {
                outcome.settle(.success(try await body(deadline)))
            } catch {
                outcome.settle(.failure(error))
            }
        }
        let timer = Task {
            try await Task.sleep(for: limit)
            outcome.settle(.failure(DeadlinePassed()))
        }
        let result = await withTaskCancellationHandler {
            await outcome.value
        } onCancel: {
            outcome.settle(.failure(CancellationError()))
        }
        timer.cancel()
        switch result {
        case .success(let value):
            return value
        case .failure(_ as DeadlinePassed):
            work.cancel()
            if deadline.expire().commitSent {
                throw StoreError(.unconfirmed, "\(Self.unconfirmedMessage) (no answer within \(limit) from \(settings.location))")
            }
            throw StoreError(.unavailable, "PostgreSQL did not answer within \(limit) (\(settings.location)).")
        case .failure(let error as CancellationError):
            work.cancel()
            _ = deadline.expire()
            throw error
        case .failure(let error):
            throw Self.storeError(from: error)
        }
    }

    /// The timer's ending of a call.
    private struct DeadlinePassed: Error {}

    /// The `StoreError` for anything a query threw.
    static func storeError(from error: any Error) -> StoreError {
        switch error {
        case let error as StoreError: error
        case let error as PSQLError: storeError(from: error)
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
        case "revision": return Int64(reference).map(StoreChange.revision)
        default: return nil
        }
    }
}
