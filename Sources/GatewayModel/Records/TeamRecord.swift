import Foundation

/// A team (LiteLLM's `LiteLLM_TeamTable`): a shared budget and model list for its members' keys.
public struct TeamRecord: Codable, Sendable, Equatable {
    public var teamId: String
    public var teamAlias: String?
    public var models: [String]
    public var spend: Double
    public var maxBudget: Double?
    public var budgetDuration: String?
    public var budgetResetAt: Date?
    public var tpmLimit: Int?
    public var rpmLimit: Int?
    public var maxParallelRequests: Int?
    public var blocked: Bool
    public var metadata: [String: JSONValue]
    public var membersWithRoles: [TeamMember]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        teamId: String,
        teamAlias: String? = nil,
        models: [String] = [],
        spend: Double = 0,
        maxBudget: Double? = nil,
        budgetDuration: String? = nil,
        budgetResetAt: Date? = nil,
        tpmLimit: Int? = nil,
        rpmLimit: Int? = nil,
        maxParallelRequests: Int? = nil,
        blocked: Bool = false,
        metadata: [String: JSONValue] = [:],
        membersWithRoles: [TeamMember] = [],
        createdAt: Date,
        updatedAt: Date
    ) {
        self.teamId = teamId
        self.teamAlias = teamAlias
        self.models = models
        self.spend = spend
        self.maxBudget = maxBudget
        self.budgetDuration = budgetDuration
        self.budgetResetAt = budgetResetAt
        self.tpmLimit = tpmLimit
        self.rpmLimit = rpmLimit
        self.maxParallelRequests = maxParallelRequests
        self.blocked = blocked
        self.metadata = metadata
        self.membersWithRoles = membersWithRoles
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case teamId = "team_id"
        case teamAlias = "team_alias"
        case models, spend
        case maxBudget = "max_budget"
        case budgetDuration = "budget_duration"
        case budgetResetAt = "budget_reset_at"
        case tpmLimit = "tpm_limit"
        case rpmLimit = "rpm_limit"
        case maxParallelRequests = "max_parallel_requests"
        case blocked, metadata
        case membersWithRoles = "members_with_roles"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Encodes every field, absent ones as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(teamId, forKey: .teamId)
        try container.encode(teamAlias, forKey: .teamAlias)
        try container.encode(models, forKey: .models)
        try container.encode(spend, forKey: .spend)
        try container.encode(maxBudget, forKey: .maxBudget)
        try container.encode(budgetDuration, forKey: .budgetDuration)
        try container.encode(budgetResetAt, forKey: .budgetResetAt)
        try container.encode(tpmLimit, forKey: .tpmLimit)
        try container.encode(rpmLimit, forKey: .rpmLimit)
        try container.encode(maxParallelRequests, forKey: .maxParallelRequests)
        try container.encode(blocked, forKey: .blocked)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(membersWithRoles, forKey: .membersWithRoles)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
    }
}

/// One member of a team and the role they hold in it (LiteLLM's `Member`).
public struct TeamMember: Codable, Sendable, Equatable, Hashable {
    public var userId: String
    public var userEmail: String?
    public var role: TeamRole

    public init(userId: String, userEmail: String? = nil, role: TeamRole = .user) {
        self.userId = userId
        self.userEmail = userEmail
        self.role = role
    }

    enum CodingKeys: String, CodingKey {
        case userId = "user_id"
        case userEmail = "user_email"
        case role
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(userId, forKey: .userId)
        try container.encode(userEmail, forKey: .userEmail)
        try container.encode(role, forKey: .role)
    }
}

/// A member's role inside one team.
public enum TeamRole: String, Codable, Sendable, CaseIterable {
    case admin
    case user
}
