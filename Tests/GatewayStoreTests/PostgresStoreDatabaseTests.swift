import Foundation
import GatewayModel
import GatewayTestSupport
import Logging
import PostgresNIO
import Testing

@testable import GatewayStore

@Suite("PostgreSQL: settings, migrations and change notifications", .timeLimit(.minutes(1)))
struct PostgresStoreDatabaseTests {
    private let logger = Logger(label: "test")

    @Test func urlsAreReadLikeLibpqAndNeverLeakThePassword() throws {
        let settings = try PostgresSettings(url: "postgresql://llm%40ops:p%40ss%2Fword@db.internal:6543/gateway?sslmode=require")
        #expect(settings.username == "llm@ops")
        #expect(settings.password == "p@ss/word")
        #expect(settings.host == "db.internal")
        #expect(settings.port == 6543)
        #expect(settings.database == "gateway")
        #expect(settings.sslMode == "require")
        #expect(!settings.location.contains("p@ss"))
        let defaults = try PostgresSettings(url: "postgres://alice@localhost")
        #expect(defaults.port == 5432 && defaults.database == "alice" && defaults.sslMode == "prefer" && defaults.password == nil)
        #expect(throws: StoreError.self) { try PostgresSettings(url: "postgres://localhost/db") }
        #expect(throws: StoreError.self) { try PostgresSettings(url: "postgres://a:b@localhost/db?sslmode=verify-full") }
        #expect(PostgresSettings.redacted("postgres://a:secret@h/db").contains("secret") == false)
    }

    private func withDatabase(_ body: (PostgresStoreDatabase, String) async throws -> Void) async throws {
        guard let server = TestPostgres.serverURL() else { return }
        let url = try TestPostgres.freshDatabase(on: server)
        let database = PostgresStoreDatabase(settings: try PostgresSettings(url: url), logger: logger)
        try await running(database) { try await body(database, url) }
    }

    /// Runs `body` while `database`'s connection pool runs.
    private func running<T>(_ database: PostgresStoreDatabase, _ body: () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await database.client.run() }
            defer { group.cancelAll() }
            return try await body()
        }
    }

    @Test func migrationsApplyOnceEvenWhenTwoAdminsStartTogether() async throws {
        try await withDatabase { database, url in
            #expect(try await database.schemaStatus() == SchemaStatus(applied: [], known: PostgresMigrations.knownIdentifiers))
            let other = PostgresStoreDatabase(settings: try PostgresSettings(url: url), logger: logger)
            let applied = try await running(other) {
                async let first = database.migrate()
                async let second = other.migrate()
                return try await first + second
            }
            #expect(applied.sorted() == PostgresMigrations.knownIdentifiers.sorted())
            #expect(try await database.migrate().isEmpty)
            let status = try await database.schemaStatus()
            #expect(status.pending.isEmpty && status.unknown.isEmpty && status.applied.count == PostgresMigrations.knownIdentifiers.count)
            try await database.ping()
        }
    }

    @Test func everyAdministrativeWriteNotifiesAndSpendDoesNot() async throws {
        try await withDatabase { database, _ in
            _ = try await database.migrate()
            let client = database.client
            let (ready, readySignal) = AsyncStream<Void>.makeStream()
            let listener = Task {
                try await client.withConnection { connection in
                    try await connection.listen(on: PostgresMigrations.channel) { notifications in
                        readySignal.yield()
                        var payloads: [String] = []
                        for try await notification in notifications {
                            payloads.append(notification.payload)
                            if notification.payload == "model:m1" { break }
                        }
                        return payloads
                    }
                }
            }
            for await _ in ready { break }
            let now = Date()
            try await client.query("INSERT INTO users (user_id, user_role, created_at, updated_at) VALUES ('alice', 'internal_user', \(now), \(now))")
            try await client.query("INSERT INTO teams (team_id, created_at, updated_at) VALUES ('eng', \(now), \(now))")
            try await client.query(
                "INSERT INTO keys (token, key_name, user_id, created_at, updated_at) VALUES ('digest-1', 'sk-...0001', 'alice', \(now), \(now))"
            )
            try await client.query("UPDATE keys SET spend = spend + 1, updated_at = now() WHERE token = 'digest-1'")
            try await client.query("UPDATE users SET spend = spend + 1 WHERE user_id = 'alice'")
            try await client.query("UPDATE keys SET blocked = true WHERE token = 'digest-1'")
            try await client.query("UPDATE keys SET token = 'digest-2' WHERE token = 'digest-1'")
            try await client.query("INSERT INTO team_members (team_id, user_id, role) VALUES ('eng', 'alice', 'user')")
            try await client.query("UPDATE teams SET max_budget = 10 WHERE team_id = 'eng'")
            try await client.query("DELETE FROM keys WHERE token = 'digest-2'")
            try await client.query("DELETE FROM users WHERE user_id = 'alice'")
            try await client.query(
                "INSERT INTO model_deployments (model_id, model_name, litellm_params, created_at, updated_at) VALUES ('m1', 'gpt', '{}', \(now), \(now))"
            )
            let all = try await listener.value
            #expect(all.contains { $0.hasPrefix("revision:") })
            let payloads = all.filter { !$0.hasPrefix("revision:") }
            #expect(
                payloads == [
                    "user:alice", "team:eng", "key:digest-1", "key:digest-1", "key:digest-1", "key:digest-2", "team:eng", "user:alice", "team:eng",
                    "key:digest-2",
                    // Deleting alice cascades to her membership; PostgreSQL sends a repeated payload once per transaction.
                    "user:alice", "team:eng", "model:m1",
                ]
            )
            #expect(payloads.compactMap(PostgresStoreDatabase.change(fromPayload:)).first == .user("alice"))
        }
    }
}

@Suite("PostgreSQL change feed", .timeLimit(.minutes(1)))
struct PostgresChangeFeedTests {
    /// The next change, revision markers passed over.
    static func nextChange(_ changes: inout AsyncStream<StoreChange>.Iterator) async -> StoreChange? {
        while let change = await changes.next() {
            if case .revision = change { continue }
            return change
        }
        return nil
    }

    @Test func aDroppedListenerReconnectsAndReportsEverythingFirst() async throws {
        guard let server = TestPostgres.serverURL() else { return }
        let store = try PostgresStore(url: try TestPostgres.freshDatabase(on: server))
        try await store.whileRunning {
            try await store.migrate()
            try await store.createTeam(Fixtures.team("eng"))
            var blocked = TeamPatch()
            blocked.blocked = true
            var changes = store.changes().makeAsyncIterator()
            let feed = Task { try await store.runChangeFeed() }
            #expect(await Self.nextChange(&changes) == .everything)

            _ = try await store.updateTeam(id: "eng", blocked, at: Date())
            #expect(await Self.nextChange(&changes) == .team("eng"))

            let terminated = try await store.database.client.query(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'"
            ).collect().count
            #expect(terminated == 1)
            #expect(await Self.nextChange(&changes) == .everything)

            blocked.blocked = false
            _ = try await store.updateTeam(id: "eng", blocked, at: Date())
            var next = await Self.nextChange(&changes)
            while next == .everything { next = await Self.nextChange(&changes) }
            #expect(next == .team("eng"))
            feed.cancel()
        }
        try await store.close()
    }
}

@Suite("PostgreSQL unreachable", .timeLimit(.minutes(1)))
struct PostgresUnreachableTests {
    /// The point is that a call ends (with a 503-worthy error) instead of waiting for the server forever; the bound
    /// is loose because the whole suite shares two cores.
    @Test func callsFailAsUnavailableInsteadOfWaitingForever() async throws {
        let store = try PostgresStore(url: "postgres://nobody:secret@127.0.0.1:9/none?sslmode=disable")
        let started = ContinuousClock.now
        try await store.whileRunning {
            await #expect(throws: StoreError.self) { try await store.ping() }
            do {
                _ = try await store.key(digest: "whatever")
                Issue.record("a read succeeded without a server")
            } catch let error as StoreError {
                #expect(error.code == .unavailable)
                #expect(!error.message.contains("secret"))
            }
        }
        #expect(ContinuousClock.now - started < .seconds(30))
        try await store.close()
    }
}
