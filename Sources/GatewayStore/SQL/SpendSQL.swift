import Foundation

/// The SQL both stores build spend reports from; only the day expression differs between them.
enum SpendReportSQL {
    static func column(_ dimension: SpendReportQuery.Dimension, day: String) -> String {
        switch dimension {
        case .day: day
        case .team: "s.team_id"
        case .apiKey: "s.api_key"
        case .model: "COALESCE(s.model_group, s.model)"
        case .user: "s.user_id"
        }
    }

    /// `SELECT … GROUP BY …` without filter, order or limit; `d0`, `d1`, … name the dimensions.
    static func select(_ query: SpendReportQuery, day: String) -> (select: String, groupBy: String, order: String) {
        let columns = query.groupBy.map { column($0, day: day) }
        var select = columns.enumerated().map { "\($0.element) AS d\($0.offset)" }
        select += [
            "SUM(s.spend) AS spend", "CAST(SUM(s.prompt_tokens) AS BIGINT) AS prompt_tokens",
            "CAST(SUM(s.completion_tokens) AS BIGINT) AS completion_tokens",
            "COUNT(*) AS requests", "MAX(t.team_alias) AS team_alias", "MAX(k.key_alias) AS key_alias", "MAX(k.key_name) AS key_name",
        ]
        let groupBy = columns.isEmpty ? "" : "GROUP BY " + columns.joined(separator: ", ")
        let dayFirst = query.groupBy.firstIndex(of: .day).map { ["d\($0) ASC"] } ?? []
        let tieBreak = query.groupBy.indices.map { "d\($0) ASC" }
        let order = "ORDER BY " + (dayFirst + ["spend DESC"] + tieBreak).joined(separator: ", ")
        return (select.joined(separator: ", "), groupBy, order)
    }

    static let from = "FROM spend_logs s LEFT JOIN teams t ON t.team_id = s.team_id LEFT JOIN keys k ON k.token = s.api_key"
}

/// The conditions on spend-log rows that `/spend/logs` and the spend reports share: columns equal to a value and a
/// start-time range.
struct SpendLogFilter {
    var equal: [(column: String, value: String?)]
    var startTime: Date?
    /// Exclusive.
    var endTime: Date?

    /// `WHERE …`, or nothing without conditions; columns are qualified by `table` when given.
    func whereClause(table: String? = nil) -> SQLStatement {
        let prefix = table.map { "\($0)." } ?? ""
        var conditions: [SQLCondition] = equal.compactMap { column, value in value.map { .equal(prefix + column, .text($0)) } }
        if let startTime { conditions.append(.notBefore("\(prefix)start_time", startTime)) }
        if let endTime { conditions.append(.before("\(prefix)start_time", endTime)) }
        return SQLCondition.whereClause(conditions)
    }
}

extension SpendLogQuery {
    var filter: SpendLogFilter {
        SpendLogFilter(
            equal: [("api_key", apiKey), ("user_id", userId), ("team_id", teamId), ("request_id", requestId)],
            startTime: startTime,
            endTime: endTime
        )
    }
}

extension SpendReportQuery {
    var filter: SpendLogFilter {
        SpendLogFilter(equal: [("api_key", apiKey), ("user_id", userId), ("team_id", teamId)], startTime: startTime, endTime: endTime)
    }
}
