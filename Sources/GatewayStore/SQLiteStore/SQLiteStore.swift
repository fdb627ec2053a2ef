import Foundation
import GRDB
import GatewayModel

/// The embedded store: one SQLite file in WAL mode through a GRDB `DatabasePool`.
///
/// Several processes may share the file; the change feed polls the trigger-filled `change_log`
/// table, so a write by any of them reaches every process's caches.
public final class SQLiteStore: SQLStore {
    let pool: DatabasePool
    let writeGate = SQLiteWriteGate()
    public let location: String
    let broadcaster = ChangeBroadcaster()
    let pollInterval: Duration
    private let wakeups: AsyncStream<Void>
    private let wakeup: AsyncStream<Void>.Continuation

    /// Opens (creating if needed) the database at `path`. Migrations are not applied here: call `migrate()`.
    public init(path: String, pollInterval: Duration = .milliseconds(200)) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        // `write` keeps its transaction open between hops onto the writer; `SQLiteWriteGate` keeps other writes out.
        configuration.allowsUnsafeTransactions = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(.unavailable, "Cannot open the SQLite database at \(path): \(Self.describe(error))")
        }
        location = "sqlite:\(path)"
        self.pollInterval = pollInterval
        (wakeups, wakeup) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    @discardableResult
    public func migrate() async throws -> [String] {
        try await guarded {
            let migrator = SQLiteMigrations.migrator
            let before = try await self.pool.read { db in try migrator.appliedIdentifiers(db) }
            try await self.writeGate.exclusively { try migrator.migrate(self.pool) }
            return SQLiteMigrations.knownIdentifiers.filter { !before.contains($0) }
        }
    }

    public func schemaStatus() async throws -> SchemaStatus {
        try await guarded {
            let applied = try await self.pool.read { db in
                try db.tableExists("grdb_migrations")
                    ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") : []
            }
            return SchemaStatus(applied: applied, known: SQLiteMigrations.knownIdentifiers)
        }
    }

    public func ping() async throws {
        try await guarded {
            _ = try await self.pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
        }
    }

    public func changes() -> AsyncStream<StoreChange> {
        broadcaster.subscribe()
    }

    /// The feed reads a local file, which no network can cut off.
    public var changeFeedState: ChangeFeedState { .listening }

    /// The pool needs no running; waits until cancelled.
    public func run() async throws {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
    }

    public func close() async throws {
        wakeup.finish()
        broadcaster.close()
        try pool.close()
    }

    static let startDaySQL = "date(s.start_time, 'unixepoch')"
    static let revisionSQL = SQLiteMigrations.revisionSQL

    func read<T: Sendable>(_ body: @escaping @Sendable (any StoreSession) async throws -> T) async throws -> T {
        try await guarded { try await body(SQLiteSession(pool: self.pool, writing: false)) }
    }

    /// Runs `body` in one immediate transaction on the writer, then wakes the change feed so this process sees its
    /// own writes at once.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any StoreSession) async throws -> T) async throws -> T {
        try await guarded {
            let value = try await self.writeGate.exclusively {
                try await self.pool.writeWithoutTransaction { db in try db.beginTransaction(.immediate) }
                do {
                    let value = try await body(SQLiteSession(pool: self.pool, writing: true))
                    try await self.pool.writeWithoutTransaction { db in try db.commit() }
                    return value
                } catch {
                    await self.rollBack()
                    throw error
                }
            }
            self.wakeup.yield()
            return value
        }
    }

    /// Ends the open transaction, in a task of its own so that a cancelled caller still rolls back before the gate
    /// lets the next write in.
    private func rollBack() async {
        await Task { [pool] in
            try? await pool.writeWithoutTransaction { db in
                if db.isInsideTransaction { try db.rollback() }
            }
        }.value
    }

    /// A write made in one hop (a spend batch, a trim) in GRDB's own transaction, taking its turn with `write`'s.
    func writeAtOnce<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await guarded {
            let value = try await self.writeGate.exclusively { try await self.pool.write(body) }
            self.wakeup.yield()
            return value
        }
    }

    /// Maps database failures to `StoreError`, passing store errors through.
    func guarded<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch let error as CancellationError {
            throw error
        } catch let error as DatabaseError {
            throw Self.storeError(from: error)
        } catch {
            throw StoreError(.unavailable, "SQLite failed: \(Self.describe(error))")
        }
    }

    static func storeError(from error: DatabaseError) -> StoreError {
        switch error.resultCode {
        case .SQLITE_CONSTRAINT:
            if error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY {
                return StoreError(.invalid, "The write names a row that does not exist.")
            }
            return StoreError(.conflict, "The write conflicts with an existing row.")
        default:
            return StoreError(.unavailable, "SQLite failed: \(describe(error))")
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        return "\(error)"
    }

    /// Where the feed wakes: every poll interval, and at once after a local write.
    var wakeupStream: AsyncStream<Void> { wakeups }

    func requestWakeup() {
        wakeup.yield()
    }
}
