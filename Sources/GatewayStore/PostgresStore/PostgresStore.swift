import Foundation
import GatewayModel
import Logging
import PostgresNIO
import Synchronization

/// The shared store: PostgreSQL through a pooled postgres-nio client, for an admin instance and workers in many
/// regions on one database.
///
/// Every administrative write raises a notification from a trigger (so writes by any instance, or by hand in psql,
/// count); the change feed listens on one connection and, whenever it has to reconnect, first reports
/// `.everything`, since notifications sent while it was away are lost.
public final class PostgresStore: SQLStore {
    let database: PostgresStoreDatabase
    let broadcaster = ChangeBroadcaster()
    private let feed = Mutex(ChangeFeedState.starting)
    private let logger: Logger

    /// A store for the database `url` names. Nothing is sent until the first call; migrations are not applied here.
    public init(url: String, logger: Logger = Logger(label: "llmproxy.postgres")) throws {
        self.logger = logger
        database = PostgresStoreDatabase(settings: try PostgresSettings(url: url), logger: logger)
    }

    public var location: String { database.settings.location }

    @discardableResult
    public func migrate() async throws -> [String] {
        try await database.migrate()
    }

    public func schemaStatus() async throws -> SchemaStatus {
        try await database.schemaStatus()
    }

    public func ping() async throws {
        try await database.ping()
    }

    public func changes() -> AsyncStream<StoreChange> {
        broadcaster.subscribe()
    }

    /// Runs the connection pool until cancelled or shut down gracefully.
    public func run() async throws {
        await database.client.run()
    }

    public func close() async throws {
        broadcaster.close()
    }

    public var changeFeedState: ChangeFeedState { feed.withLock { $0 } }

    /// How often the listening connection must answer a round trip, and how long it may take: a connection the
    /// network silently dropped delivers no notifications and reports no error, so only asking finds it dead.
    static let livenessInterval: Duration = .seconds(2)
    static let livenessTimeout: Duration = .seconds(2)

    /// Listens for the triggers' notifications until cancelled, checking the listening connection's liveness and
    /// reconnecting with backoff (at most 2 s apart) after it fails.
    public func runChangeFeed() async throws {
        var backoff: Duration = .milliseconds(100)
        while !Task.isCancelled {
            do {
                try await listenOnce()
            } catch is CancellationError where Task.isCancelled {
                return
            } catch {
                if Task.isCancelled { return }
                let wasListening = feed.withLock { state in
                    defer { if state == .listening { state = .lost } }
                    return state == .listening
                }
                if wasListening { backoff = .milliseconds(100) }
                logger.warning("change feed: listener lost; reconnecting", metadata: ["error": "\(error)", "retry_in": "\(backoff)"])
            }
            try? await Task.sleep(for: backoff)
            backoff = min(backoff * 2, .seconds(2))
        }
    }

    /// One listening connection's life: it reports `.everything` once listening (notifications sent while no listener
    /// was connected are lost) and the revision read after that, which the flush has applied, then each notification,
    /// until it fails or stops answering its liveness round trip.
    private func listenOnce() async throws {
        try await database.client.withConnection { connection in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await connection.listen(on: PostgresMigrations.channel) { notifications in
                        self.feed.withLock { $0 = .listening }
                        self.broadcaster.publish([.everything])
                        let revision = try await self.currentRevision()
                        self.broadcaster.publish([.revision(revision)])
                        for try await notification in notifications {
                            if let change = PostgresStoreDatabase.change(fromPayload: notification.payload) {
                                self.broadcaster.publish([change])
                            }
                        }
                    }
                }
                group.addTask {
                    while true {
                        try await Task.sleep(for: Self.livenessInterval)
                        try await self.database.roundTrip(on: connection, within: Self.livenessTimeout)
                    }
                }
                defer { group.cancelAll() }
                try await group.next()
            }
        }
    }

    static let startDaySQL = "to_char(s.start_time AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
    static let revisionSQL = PostgresMigrations.revisionSQL

    /// Runs `body` in a transaction within the call deadline, mapping failures to `StoreError`.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any StoreSession) async throws -> T) async throws -> T {
        try await database.transaction { connection in try await body(PostgresSession(connection: connection)) }
    }

    /// Runs `body` on one pooled connection within the call deadline, mapping failures to `StoreError`.
    func read<T: Sendable>(_ body: @escaping @Sendable (any StoreSession) async throws -> T) async throws -> T {
        try await database.connection { connection in try await body(PostgresSession(connection: connection)) }
    }
}
