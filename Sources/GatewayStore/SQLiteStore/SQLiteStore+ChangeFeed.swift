import Foundation
import GRDB
import GatewayModel

extension SQLiteStore {
    /// How long `change_log` rows are kept: long enough for any process polling the file to read them.
    static let changeLogRetention: TimeInterval = 600

    /// Polls `change_log` and publishes each new row until cancelled or closed.
    ///
    /// It starts by publishing `.everything` (anything cached before this run may be stale), and
    /// publishes it again if rows it had not read yet were trimmed away. Each batch ends with the revision it reaches
    /// (a row's id is the revision its write raised).
    public func runChangeFeed() async throws {
        var lastSeen = try await guarded { try await self.pool.read { db in try Int64.fetchOne(db, sql: Self.revisionSQL) ?? 0 } }
        broadcaster.publish([.everything, .revision(lastSeen)])
        var lastTrim = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { [pollInterval] in
                while !Task.isCancelled {
                    try await Task.sleep(for: pollInterval)
                    self.requestWakeup()
                }
            }
            for await _ in wakeupStream {
                if Task.isCancelled { break }
                lastSeen = try await publishChanges(after: lastSeen)
                if ContinuousClock.now - lastTrim > .seconds(60) {
                    lastTrim = .now
                    try await trimChangeLog()
                }
            }
            group.cancelAll()
        }
    }

    private func publishChanges(after lastSeen: Int64) async throws -> Int64 {
        let (rows, oldest) = try await guarded {
            try await self.pool.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: "SELECT id, kind, ref FROM change_log WHERE id > ? ORDER BY id LIMIT 10000",
                    arguments: [lastSeen]
                ).map { row -> (id: Int64, kind: String, ref: String) in (row["id"], row["kind"], row["ref"]) }
                let oldest = try Int64.fetchOne(db, sql: "SELECT MIN(id) FROM change_log")
                return (rows, oldest)
            }
        }
        guard let last = rows.last?.id else { return lastSeen }
        var changes: [StoreChange] = []
        if let oldest, lastSeen > 0, oldest > lastSeen + 1 {
            changes.append(.everything)
        }
        for row in rows {
            let ref = row.ref
            switch row.kind {
            case "key": changes.append(.key(ref))
            case "user": changes.append(.user(ref))
            case "team": changes.append(.team(ref))
            case "model": changes.append(.model(ref))
            default: changes.append(.everything)
            }
        }
        changes.append(.revision(last))
        broadcaster.publish(changes)
        return last
    }

    private func trimChangeLog() async throws {
        let cutoff = Date().timeIntervalSince1970 - Self.changeLogRetention
        try await writeAtOnce { db in try db.execute(sql: "DELETE FROM change_log WHERE at < ?", arguments: [cutoff]) }
    }
}
