import Foundation

/// One page of a listing and the total it was cut from.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int

    public init(items: [Item], total: Int) {
        self.items = items
        self.total = total
    }
}

/// Which page of a listing to return, 1-based.
public struct PageRequest: Sendable, Equatable {
    public var page: Int
    public var size: Int

    public init(page: Int = 1, size: Int = 10) {
        self.page = max(1, page)
        self.size = max(1, size)
    }

    public var offset: Int { (page - 1) * size }
}

/// Filters of `GET /spend/logs`.
public struct SpendLogQuery: Sendable, Equatable {
    public var apiKey: String?
    public var userId: String?
    public var teamId: String?
    public var requestId: String?
    public var startTime: Date?
    public var endTime: Date?
    public var page: PageRequest

    public init(
        apiKey: String? = nil,
        userId: String? = nil,
        teamId: String? = nil,
        requestId: String? = nil,
        startTime: Date? = nil,
        endTime: Date? = nil,
        page: PageRequest = PageRequest(size: 50)
    ) {
        self.apiKey = apiKey
        self.userId = userId
        self.teamId = teamId
        self.requestId = requestId
        self.startTime = startTime
        self.endTime = endTime
        self.page = page
    }
}

/// A spend report: spend-log rows summed by the chosen dimensions over a time range, a page of groups at a time.
public struct SpendReportQuery: Sendable, Equatable {
    /// What rows are grouped by.
    public enum Dimension: String, Sendable, CaseIterable {
        /// The UTC calendar day of the request's start, `YYYY-MM-DD`.
        case day
        case team
        case apiKey = "api_key"
        /// The public model name (`model_group`), or the upstream model when a row has none.
        case model
        case user
    }

    public var groupBy: [Dimension]
    public var startTime: Date?
    /// Exclusive.
    public var endTime: Date?
    public var apiKey: String?
    public var teamId: String?
    public var userId: String?
    public var page: PageRequest

    public init(
        groupBy: [Dimension],
        startTime: Date? = nil,
        endTime: Date? = nil,
        apiKey: String? = nil,
        teamId: String? = nil,
        userId: String? = nil,
        page: PageRequest = PageRequest(size: 1000)
    ) {
        self.groupBy = groupBy
        self.startTime = startTime
        self.endTime = endTime
        self.apiKey = apiKey
        self.teamId = teamId
        self.userId = userId
        self.page = page
    }
}

/// One group of a spend report: the values of its dimensions (nil where the rows have none) and their sums. Groups
/// by team carry the team's alias and groups by key the key's alias and display name, when those still exist.
public struct SpendReportRow: Sendable, Equatable {
    public var values: [SpendReportQuery.Dimension: String]
    public var teamAlias: String?
    public var keyAlias: String?
    public var keyName: String?
    public var spend: Double
    public var promptTokens: Int
    public var completionTokens: Int
    public var requests: Int

    public init(
        values: [SpendReportQuery.Dimension: String],
        teamAlias: String? = nil,
        keyAlias: String? = nil,
        keyName: String? = nil,
        spend: Double,
        promptTokens: Int,
        completionTokens: Int,
        requests: Int
    ) {
        self.values = values
        self.teamAlias = teamAlias
        self.keyAlias = keyAlias
        self.keyName = keyName
        self.spend = spend
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.requests = requests
    }
}

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
    func sql(table: String? = nil, placeholder: (SQLValue) throws -> String) rethrows -> String {
        let prefix = table.map { "\($0)." } ?? ""
        var conditions: [SQLCondition] = equal.compactMap { column, value in value.map { .equal(prefix + column, .text($0)) } }
        if let startTime { conditions.append(.notBefore("\(prefix)start_time", startTime)) }
        if let endTime { conditions.append(.before("\(prefix)start_time", endTime)) }
        return try SQLCondition.whereClause(conditions, placeholder: placeholder)
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
