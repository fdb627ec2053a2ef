import Foundation
import GRDB
import GatewayModel

extension SQLiteStore {
    @discardableResult
    public func recordSpend(_ entries: [SpendLogEntry]) async throws -> Int {
        guard !entries.isEmpty else { return 0 }
        return try await writeAtOnce { db in
            var inserted = 0
            let insert = try db.cachedStatement(
                sql: """
                    INSERT OR IGNORE INTO spend_logs (request_id, call_type, api_key, user_id, team_id, model, model_group,
                        model_id, prompt_tokens, completion_tokens, spend, start_time, end_time, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            )
            var totals: [String: [String: Double]] = ["keys": [:], "users": [:], "teams": [:]]
            for entry in entries {
                try insert.execute(arguments: [
                    entry.requestId, entry.callType, entry.apiKey, entry.userId, entry.teamId, entry.model, entry.modelGroup,
                    entry.modelId, entry.promptTokens, entry.completionTokens, entry.spend,
                    entry.startTime.timeIntervalSince1970, entry.endTime.timeIntervalSince1970, entry.status,
                ])
                guard db.changesCount == 1 else { continue }
                inserted += 1
                for (table, id) in [("keys", entry.apiKey), ("users", entry.userId), ("teams", entry.teamId)] {
                    if let id { totals[table]?[id, default: 0] += entry.spend }
                }
            }
            for (table, column) in Self.spendOwners {
                let update = try db.cachedStatement(sql: "UPDATE \(table) SET spend = spend + ? WHERE \(column) = ?")
                for (id, amount) in totals[table] ?? [:] where amount != 0 {
                    try update.execute(arguments: [amount, id])
                }
            }
            return inserted
        }
    }
}
