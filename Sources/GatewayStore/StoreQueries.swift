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

/// Filters of `GET /key/list`.
public struct KeyQuery: Sendable, Equatable {
    public var userId: String?
    public var teamId: String?
    public var keyAlias: String?
    public var page: PageRequest

    public init(userId: String? = nil, teamId: String? = nil, keyAlias: String? = nil, page: PageRequest = PageRequest()) {
        self.userId = userId
        self.teamId = teamId
        self.keyAlias = keyAlias
        self.page = page
    }
}

/// Filters of `GET /user/list`.
public struct UserQuery: Sendable, Equatable {
    public var role: String?
    public var userIds: [String]?
    public var page: PageRequest

    public init(role: String? = nil, userIds: [String]? = nil, page: PageRequest = PageRequest(size: 25)) {
        self.role = role
        self.userIds = userIds
        self.page = page
    }
}

/// Filters of `GET /team/list`.
public struct TeamQuery: Sendable, Equatable {
    public var userId: String?
    public var page: PageRequest

    public init(userId: String? = nil, page: PageRequest = PageRequest(size: 100)) {
        self.userId = userId
        self.page = page
    }
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
