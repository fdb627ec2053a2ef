import Foundation
import GatewayModel

/// Spend reads and budget resets, the same on both stores; each store writes its own spend batches.
extension SQLStore {
    @discardableResult
    public func resetDueBudgets(at time: Date) async throws -> Int {
        try await write { session in
            var reset = 0
            for (table, column) in Self.spendOwners {
                let due = try await session.rows(
                    """
                    SELECT \(raw: column) AS id, budget_duration FROM \(raw: table) \
                    WHERE budget_reset_at IS NOT NULL AND budget_reset_at <= \(time)
                    """
                )
                for row in due {
                    let duration: String? = try row.get("budget_duration")
                    let next = duration.flatMap(DurationSpec.init).map { time.addingTimeInterval(Double($0.seconds)) }
                    let id: String = try row.get("id")
                    try await session.run("UPDATE \(raw: table) SET spend = 0, budget_reset_at = \(next) WHERE \(raw: column) = \(id)")
                    reset += 1
                }
            }
            return reset
        }
    }

    public func storedSpend(keys: [String], users: [String], teams: [String]) async throws -> SpendTotals {
        try await read { session in
            var totals = SpendTotals()
            let wanted: [(ids: [String], total: WritableKeyPath<SpendTotals, [String: Double]>)] = [
                (keys, \.byKey), (users, \.byUser), (teams, \.byTeam),
            ]
            for ((table, column), (ids, path)) in zip(Self.spendOwners, wanted) {
                for start in stride(from: 0, to: ids.count, by: 500) {
                    let chunk = Array(ids[start..<min(start + 500, ids.count)])
                    for row in try await session.rows("SELECT \(raw: column) AS id, spend FROM \(raw: table) WHERE \(raw: column) IN (\(chunk))") {
                        totals[keyPath: path][try row.get("id")] = try row.get("spend") as Double
                    }
                }
            }
            return totals
        }
    }

    public func spendReport(_ query: SpendReportQuery) async throws -> Page<SpendReportRow> {
        try await read { session in
            let sql = SpendReportSQL.select(query, day: Self.startDaySQL)
            let grouped: SQLStatement =
                "SELECT \(raw: sql.select) \(raw: SpendReportSQL.from) \(query.filter.whereClause(table: "s")) \(raw: sql.groupBy)"
            let total = try await session.count("SELECT COUNT(*) AS n FROM (\(grouped)) g")
            let rows = try await session.rows("\(grouped) \(raw: sql.order) LIMIT \(query.page.size) OFFSET \(query.page.offset)")
            let items = try rows.map { row in
                var values: [SpendReportQuery.Dimension: String] = [:]
                for (index, dimension) in query.groupBy.enumerated() {
                    if let value: String = try row.get("d\(index)") { values[dimension] = value }
                }
                return SpendReportRow(
                    values: values,
                    teamAlias: try row.get("team_alias"),
                    keyAlias: try row.get("key_alias"),
                    keyName: try row.get("key_name"),
                    spend: try row.get("spend") ?? 0,
                    promptTokens: try row.get("prompt_tokens") ?? 0,
                    completionTokens: try row.get("completion_tokens") ?? 0,
                    requests: try row.get("requests")
                )
            }
            return Page(items: items, total: total)
        }
    }

    public func spendLogs(_ query: SpendLogQuery) async throws -> Page<SpendLogEntry> {
        try await read { session in
            let filter = query.filter.whereClause()
            let total = try await session.count("SELECT COUNT(*) AS n FROM spend_logs \(filter)")
            let rows = try await session.rows(
                "SELECT * FROM spend_logs \(filter) ORDER BY start_time DESC, request_id LIMIT \(query.page.size) OFFSET \(query.page.offset)"
            )
            return Page(items: try rows.map(RecordColumns.spendLogEntry), total: total)
        }
    }

    /// The tables that carry a running spend total, with their id column.
    static var spendOwners: [(table: String, column: String)] { [("keys", "token"), ("users", "user_id"), ("teams", "team_id")] }
}
