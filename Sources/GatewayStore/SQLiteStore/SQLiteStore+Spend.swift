import Foundation
import GRDB
import GatewayModel

extension SQLiteStore {
    @discardableResult
    public func recordSpend(_ entries: [SpendLogEntry]) async throws -> Int {
        guard !entries.isEmpty else { return 0 }
        return try await guarded {
            try await pool.write { db in
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
                for (table, column) in [("keys", "token"), ("users", "user_id"), ("teams", "team_id")] {
                    let update = try db.cachedStatement(sql: "UPDATE \(table) SET spend = spend + ? WHERE \(column) = ?")
                    for (id, amount) in totals[table] ?? [:] where amount != 0 {
                        try update.execute(arguments: [amount, id])
                    }
                }
                return inserted
            }
        }
    }

    @discardableResult
    public func resetDueBudgets(at time: Date) async throws -> Int {
        try await write { db in
            var reset = 0
            for (table, column) in [("keys", "token"), ("users", "user_id"), ("teams", "team_id")] {
                let due = try Row.fetchAll(
                    db,
                    sql: "SELECT \(column) AS id, budget_duration FROM \(table) WHERE budget_reset_at IS NOT NULL AND budget_reset_at <= ?",
                    arguments: [time.timeIntervalSince1970]
                )
                for row in due {
                    let next = (row["budget_duration"] as String?).flatMap(DurationSpec.init).map {
                        time.timeIntervalSince1970 + Double($0.seconds)
                    }
                    try db.execute(
                        sql: "UPDATE \(table) SET spend = 0, budget_reset_at = ? WHERE \(column) = ?",
                        arguments: [next, row["id"] as String]
                    )
                    reset += 1
                }
            }
            return reset
        }
    }

    public func storedSpend(keys: [String], users: [String], teams: [String]) async throws -> SpendTotals {
        try await read { db in
            var totals = SpendTotals()
            for (table, column, ids, path) in [
                ("keys", "token", keys, \SpendTotals.byKey), ("users", "user_id", users, \.byUser), ("teams", "team_id", teams, \.byTeam),
            ] {
                for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                    let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                    let rows = try Row.fetchAll(
                        db,
                        sql: "SELECT \(column) AS id, spend FROM \(table) WHERE \(column) IN (\(marks))",
                        arguments: StatementArguments(chunk)
                    )
                    for row in rows { totals[keyPath: path][row["id"] as String] = row["spend"] }
                }
            }
            return totals
        }
    }

    public func spendReport(_ query: SpendReportQuery) async throws -> Page<SpendReportRow> {
        try await read { db in
            var arguments = StatementArguments()
            let filter = query.filter.sql(table: "s") { SQLiteValues.placeholder(for: $0, in: &arguments) }
            let sql = SpendReportSQL.select(query, day: "date(s.start_time, 'unixepoch')")
            let grouped = "SELECT \(sql.select) \(SpendReportSQL.from) \(filter) \(sql.groupBy)"
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(grouped))", arguments: arguments) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: "\(grouped) \(sql.order) LIMIT ? OFFSET ?",
                arguments: arguments + [query.page.size, query.page.offset]
            )
            let items = rows.map { row in
                var values: [SpendReportQuery.Dimension: String] = [:]
                for (index, dimension) in query.groupBy.enumerated() {
                    if let value = row["d\(index)"] as String? { values[dimension] = value }
                }
                return SpendReportRow(
                    values: values,
                    teamAlias: row["team_alias"],
                    keyAlias: row["key_alias"],
                    keyName: row["key_name"],
                    spend: row["spend"] ?? 0,
                    promptTokens: row["prompt_tokens"] ?? 0,
                    completionTokens: row["completion_tokens"] ?? 0,
                    requests: row["requests"] ?? 0
                )
            }
            return Page(items: items, total: total)
        }
    }

    public func spendLogs(_ query: SpendLogQuery) async throws -> Page<SpendLogEntry> {
        try await read { db in
            var arguments = StatementArguments()
            let filter = query.filter.sql { SQLiteValues.placeholder(for: $0, in: &arguments) }
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM spend_logs \(filter)", arguments: arguments) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT * FROM spend_logs \(filter) ORDER BY start_time DESC, request_id LIMIT ? OFFSET ?",
                arguments: arguments + [query.page.size, query.page.offset]
            )
            return Page(items: rows.map(Self.spendLogEntry), total: total)
        }
    }

    static func spendLogEntry(_ row: Row) -> SpendLogEntry {
        SpendLogEntry(
            requestId: row["request_id"],
            callType: row["call_type"],
            apiKey: row["api_key"],
            userId: row["user_id"],
            teamId: row["team_id"],
            model: row["model"],
            modelGroup: row["model_group"],
            modelId: row["model_id"],
            promptTokens: row["prompt_tokens"],
            completionTokens: row["completion_tokens"],
            spend: row["spend"],
            startTime: SQLiteValues.requiredDate(row, "start_time"),
            endTime: SQLiteValues.requiredDate(row, "end_time"),
            status: row["status"]
        )
    }
}
