import Foundation
import GatewayModel
import PostgresNIO

extension PostgresStore {
    /// Writes the batch in one statement: the new spend-log rows (a request id already stored is skipped) and,
    /// from exactly those rows, the key, user and team totals.
    @discardableResult
    public func recordSpend(_ entries: [SpendLogEntry]) async throws -> Int {
        guard !entries.isEmpty else { return 0 }
        return try await write { connection in
            var statement = PostgresStatement()
            let columns = [
                "\(try statement.bind(entries.map(\.requestId)))::text[]",
                "\(try statement.bind(entries.map(\.callType)))::text[]",
                "\(try statement.bind(entries.map { $0.apiKey ?? "" }))::text[]",
                "\(try statement.bind(entries.map { $0.userId ?? "" }))::text[]",
                "\(try statement.bind(entries.map { $0.teamId ?? "" }))::text[]",
                "\(try statement.bind(entries.map(\.model)))::text[]",
                "\(try statement.bind(entries.map { $0.modelGroup ?? "" }))::text[]",
                "\(try statement.bind(entries.map { $0.modelId ?? "" }))::text[]",
                "\(try statement.bind(entries.map(\.promptTokens)))::bigint[]",
                "\(try statement.bind(entries.map(\.completionTokens)))::bigint[]",
                "\(try statement.bind(entries.map(\.spend)))::float8[]",
                "\(try statement.bind(entries.map(\.startTime)))::timestamptz[]",
                "\(try statement.bind(entries.map(\.endTime)))::timestamptz[]",
                "\(try statement.bind(entries.map(\.status)))::text[]",
            ]
            statement.append(
                """
                WITH batch AS (
                    SELECT * FROM unnest(\(columns.joined(separator: ", ")))
                        AS b(request_id, call_type, api_key, user_id, team_id, model, model_group, model_id,
                             prompt_tokens, completion_tokens, spend, start_time, end_time, status)
                ), inserted AS (
                    INSERT INTO spend_logs (request_id, call_type, api_key, user_id, team_id, model, model_group, model_id,
                        prompt_tokens, completion_tokens, spend, start_time, end_time, status)
                    SELECT request_id, call_type, NULLIF(api_key, ''), NULLIF(user_id, ''), NULLIF(team_id, ''), model,
                        NULLIF(model_group, ''), NULLIF(model_id, ''), prompt_tokens, completion_tokens, spend, start_time,
                        end_time, status
                    FROM batch
                    ON CONFLICT (request_id) DO NOTHING
                    RETURNING api_key, user_id, team_id, spend
                ), key_totals AS (
                    UPDATE keys SET spend = keys.spend + t.amount
                    FROM (SELECT api_key, SUM(spend) AS amount FROM inserted WHERE api_key IS NOT NULL GROUP BY api_key) t
                    WHERE keys.token = t.api_key
                ), user_totals AS (
                    UPDATE users SET spend = users.spend + t.amount
                    FROM (SELECT user_id, SUM(spend) AS amount FROM inserted WHERE user_id IS NOT NULL GROUP BY user_id) t
                    WHERE users.user_id = t.user_id
                ), team_totals AS (
                    UPDATE teams SET spend = teams.spend + t.amount
                    FROM (SELECT team_id, SUM(spend) AS amount FROM inserted WHERE team_id IS NOT NULL GROUP BY team_id) t
                    WHERE teams.team_id = t.team_id
                )
                SELECT COUNT(*) FROM inserted
                """
            )
            return try await connection.rows(statement).first?[0].decode(Int.self) ?? 0
        }
    }

    @discardableResult
    public func resetDueBudgets(at time: Date) async throws -> Int {
        try await write { connection in
            var reset = 0
            for (table, column) in [("keys", "token"), ("users", "user_id"), ("teams", "team_id")] {
                var due = PostgresStatement()
                due.append(
                    "SELECT \(column) AS id, budget_duration FROM \(table) WHERE budget_reset_at IS NOT NULL AND budget_reset_at <= \(try due.bind(time))"
                )
                for row in try await connection.rows(due) {
                    let next = try row["budget_duration"].decode(String?.self).flatMap(DurationSpec.init).map {
                        time.addingTimeInterval(Double($0.seconds))
                    }
                    var update = PostgresStatement()
                    update.append(
                        "UPDATE \(table) SET spend = 0, budget_reset_at = \(try update.bind(next)) WHERE \(column) = \(try update.bind(try row["id"].decode(String.self)))"
                    )
                    try await connection.run(update)
                    reset += 1
                }
            }
            return reset
        }
    }

    public func storedSpend(keys: [String], users: [String], teams: [String]) async throws -> SpendTotals {
        try await read { connection in
            var totals = SpendTotals()
            for (table, column, ids, path) in [
                ("keys", "token", keys, \SpendTotals.byKey), ("users", "user_id", users, \.byUser), ("teams", "team_id", teams, \.byTeam),
            ] where !ids.isEmpty {
                var statement = PostgresStatement()
                statement.append("SELECT \(column) AS id, spend FROM \(table) WHERE \(column) = ANY(\(try statement.bind(ids))::text[])")
                for row in try await connection.rows(statement) {
                    totals[keyPath: path][try row["id"].decode(String.self)] = try row["spend"].decode(Double.self)
                }
            }
            return totals
        }
    }

    public func spendReport(_ query: SpendReportQuery) async throws -> Page<SpendReportRow> {
        try await read { connection in
            var statement = PostgresStatement()
            let filter = try query.filter.sql(table: "s") { try statement.bind($0) }
            let sql = SpendReportSQL.select(query, day: "to_char(s.start_time AT TIME ZONE 'UTC', 'YYYY-MM-DD')")
            let grouped = "SELECT \(sql.select) \(SpendReportSQL.from) \(filter) \(sql.groupBy)"
            var count = statement
            count.append("SELECT COUNT(*) FROM (\(grouped)) g")
            let total = try await connection.rows(count).first?[0].decode(Int.self) ?? 0
            statement.append("\(grouped) \(sql.order) LIMIT \(try statement.bind(query.page.size))")
            statement.append(" OFFSET \(try statement.bind(query.page.offset))")
            var items: [SpendReportRow] = []
            for row in try await connection.rows(statement) {
                var values: [SpendReportQuery.Dimension: String] = [:]
                for (index, dimension) in query.groupBy.enumerated() {
                    if let value = try row["d\(index)"].decode(String?.self) { values[dimension] = value }
                }
                items.append(
                    SpendReportRow(
                        values: values,
                        teamAlias: try row["team_alias"].decode(String?.self),
                        keyAlias: try row["key_alias"].decode(String?.self),
                        keyName: try row["key_name"].decode(String?.self),
                        spend: try row["spend"].decode(Double?.self) ?? 0,
                        promptTokens: try row["prompt_tokens"].decode(Int?.self) ?? 0,
                        completionTokens: try row["completion_tokens"].decode(Int?.self) ?? 0,
                        requests: try row["requests"].decode(Int.self)
                    )
                )
            }
            return Page(items: items, total: total)
        }
    }

    public func spendLogs(_ query: SpendLogQuery) async throws -> Page<SpendLogEntry> {
        try await read { connection in
            var statement = PostgresStatement()
            let filter = try query.filter.sql { try statement.bind($0) }
            var count = statement
            count.append("SELECT COUNT(*) FROM spend_logs \(filter)")
            let total = try await connection.rows(count).first?[0].decode(Int.self) ?? 0
            statement.append(
                "SELECT * FROM spend_logs \(filter) ORDER BY start_time DESC, request_id LIMIT \(try statement.bind(query.page.size))"
            )
            statement.append(" OFFSET \(try statement.bind(query.page.offset))")
            return Page(items: try await connection.rows(statement).map(Self.spendLogEntry), total: total)
        }
    }

    static func spendLogEntry(_ row: PostgresRandomAccessRow) throws -> SpendLogEntry {
        SpendLogEntry(
            requestId: try row["request_id"].decode(String.self),
            callType: try row["call_type"].decode(String.self),
            apiKey: try row["api_key"].decode(String?.self),
            userId: try row["user_id"].decode(String?.self),
            teamId: try row["team_id"].decode(String?.self),
            model: try row["model"].decode(String.self),
            modelGroup: try row["model_group"].decode(String?.self),
            modelId: try row["model_id"].decode(String?.self),
            promptTokens: try row["prompt_tokens"].decode(Int.self),
            completionTokens: try row["completion_tokens"].decode(Int.self),
            spend: try row["spend"].decode(Double.self),
            startTime: try row["start_time"].decode(Date.self),
            endTime: try row["end_time"].decode(Date.self),
            status: try row["status"].decode(String.self)
        )
    }
}
