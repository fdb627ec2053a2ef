import Foundation

/// Filters of `GET /key/list`, in LiteLLM's meanings.
public struct KeyQuery: Sendable, Equatable {
    /// `status`: every live key is exactly one of these.
    public enum Status: String, Sendable, CaseIterable {
        case active, expired, revoked
    }

    /// The columns a listing may be sorted by.
    public enum SortColumn: String, Sendable, CaseIterable {
        case createdAt = "created_at", updatedAt = "updated_at", spend, maxBudget = "max_budget", keyAlias = "key_alias"
        case keyName = "key_name", userId = "user_id", teamId = "team_id", expires
    }

    public var userId: String?
    public var teamId: String?
    public var keyAlias: String?
    /// The key's digest (`key_hash`).
    public var token: String?
    /// Keys whose digest equals it or whose alias contains it, ignoring case.
    public var search: String?
    /// `user_id` and `key_alias` match as case-insensitive substrings.
    public var substringMatching = false
    /// Keys of these teams are listed beside the user's own (`include_team_keys`: the caller's admin teams).
    public var alsoTeams: [String] = []
    /// Keys that `userId` created are listed beside the user's own.
    public var alsoCreatedByUser = false
    public var status: Status?
    /// `expires=expired|active`: past expiry, or never or not yet expiring.
    public var expired: Bool?
    /// A filter on something no key here has (an organization, a project): nothing matches.
    public var matchesNothing = false
    public var sort: SortColumn = .createdAt
    public var ascending = false
    /// The time `status` and `expires` are judged at.
    public var now = Date()
    public var page: PageRequest

    public init(userId: String? = nil, teamId: String? = nil, keyAlias: String? = nil, page: PageRequest = PageRequest()) {
        self.userId = userId
        self.teamId = teamId
        self.keyAlias = keyAlias
        self.page = page
    }

    var conditions: [SQLCondition] {
        if matchesNothing { return [.never] }
        var conditions: [SQLCondition] = []
        var owners: [SQLCondition] = []
        if let userId { owners.append(substringMatching ? .contains("user_id", userId) : .equal("user_id", .text(userId))) }
        if alsoCreatedByUser, let userId { owners.append(.equal("created_by", .text(userId))) }
        if !alsoTeams.isEmpty { owners.append(.oneOf("team_id", alsoTeams)) }
        if !owners.isEmpty { conditions.append(.any(owners)) }
        if let teamId { conditions.append(.equal("team_id", .text(teamId))) }
        if let keyAlias { conditions.append(substringMatching ? .contains("key_alias", keyAlias) : .equal("key_alias", .text(keyAlias))) }
        if let token { conditions.append(.equal("token", .text(token))) }
        if let search { conditions.append(.any([.equal("token", .text(search)), .contains("key_alias", search)])) }
        let expiredNow = SQLCondition.all([.not(.isNull("expires")), .before("expires", now)])
        switch status {
        case .none: break
        case .active: conditions += [.not(.isTrue("blocked")), .not(expiredNow)]
        case .expired: conditions += [.not(.isTrue("blocked")), expiredNow]
        case .revoked: conditions.append(.isTrue("blocked"))
        }
        if let expired { conditions.append(expired ? expiredNow : .not(expiredNow)) }
        return conditions
    }

    var order: SQLOrder { SQLOrder(column: sort.rawValue, ascending: ascending, tieBreak: "token") }
}

/// Filters of `GET /user/list`, in LiteLLM's meanings.
public struct UserQuery: Sendable, Equatable {
    /// The columns a listing may be sorted by.
    public enum SortColumn: String, Sendable, CaseIterable {
        case userId = "user_id", userEmail = "user_email", userAlias = "user_alias", userRole = "user_role"
        case createdAt = "created_at", updatedAt = "updated_at", spend, maxBudget = "max_budget"
    }

    public var role: String?
    public var userIds: [String]?
    /// A case-insensitive part of the email.
    public var emailContains: String?
    /// Users whose id or email contains it, ignoring case.
    public var search: String?
    /// Members of this team.
    public var teamId: String?
    /// A filter on something no user here has (an SSO id, an organization): nothing matches.
    public var matchesNothing = false
    public var sort: SortColumn = .createdAt
    public var ascending = true
    public var page: PageRequest

    public init(role: String? = nil, userIds: [String]? = nil, page: PageRequest = PageRequest(size: 25)) {
        self.role = role
        self.userIds = userIds
        self.page = page
    }

    var conditions: [SQLCondition] {
        if matchesNothing { return [.never] }
        var conditions: [SQLCondition] = []
        if let role { conditions.append(.equal("user_role", .text(role))) }
        if let userIds { conditions.append(.oneOf("user_id", userIds)) }
        if let emailContains { conditions.append(.contains("user_email", emailContains)) }
        if let search { conditions.append(.any([.contains("user_id", search), .contains("user_email", search)])) }
        if let teamId { conditions.append(.inSubquery("user_id", select: "user_id", from: "team_members", .equal("team_id", .text(teamId)))) }
        return conditions
    }

    var order: SQLOrder { SQLOrder(column: sort.rawValue, ascending: ascending, tieBreak: "user_id") }
}

/// Filters of `GET /team/list` and `GET /v2/team/list`, in LiteLLM's meanings.
public struct TeamQuery: Sendable, Equatable {
    /// The columns a listing may be sorted by.
    public enum SortColumn: String, Sendable, CaseIterable {
        case teamId = "team_id", teamAlias = "team_alias", createdAt = "created_at", updatedAt = "updated_at", spend
        case maxBudget = "max_budget"
    }

    /// Teams this user is a member of.
    public var userId: String?
    public var teamId: String?
    /// A case-insensitive part of the alias.
    public var aliasContains: String?
    /// Teams whose id equals it or whose alias contains it, ignoring case.
    public var search: String?
    /// A filter on something no team here has (an organization): nothing matches.
    public var matchesNothing = false
    public var sort: SortColumn = .createdAt
    public var ascending = true
    public var page: PageRequest

    public init(userId: String? = nil, page: PageRequest = PageRequest(size: 100)) {
        self.userId = userId
        self.page = page
    }

    var conditions: [SQLCondition] {
        if matchesNothing { return [.never] }
        var conditions: [SQLCondition] = []
        if let userId { conditions.append(.inSubquery("team_id", select: "team_id", from: "team_members", .equal("user_id", .text(userId)))) }
        if let teamId { conditions.append(.equal("team_id", .text(teamId))) }
        if let aliasContains { conditions.append(.contains("team_alias", aliasContains)) }
        if let search { conditions.append(.any([.equal("team_id", .text(search)), .contains("team_alias", search)])) }
        return conditions
    }

    var order: SQLOrder { SQLOrder(column: sort.rawValue, ascending: ascending, tieBreak: "team_id") }
}
