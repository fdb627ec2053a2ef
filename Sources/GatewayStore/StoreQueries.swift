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
