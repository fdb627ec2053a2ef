import Foundation

/// A team (LiteLLM's `LiteLLM_TeamTable`): a shared budget and model list for its members' keys.
public struct TeamRecord: Codable, Sendable, Equatable {
    public var teamId: String
    public var teamAlias: String?
    public var limits: BudgetLimits
    public var blocked: Bool
    public var membersWithRoles: [TeamMember]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        teamId: String,
        teamAlias: String? = nil,
        limits: BudgetLimits = BudgetLimits(),
        blocked: Bool = false,
        membersWithRoles: [TeamMember] = [],
        createdAt: Date,
        updatedAt: Date
    ) {
        self.teamId = teamId
        self.teamAlias = teamAlias
        self.limits = limits
        self.blocked = blocked
        self.membersWithRoles = membersWithRoles
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case blocked
        case teamId = "team_id"
        case teamAlias = "team_alias"
        case membersWithRoles = "members_with_roles"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        teamId = try container.decode(String.self, forKey: .teamId)
        teamAlias = try container.decodeIfPresent(String.self, forKey: .teamAlias)
        limits = try BudgetLimits(from: decoder)
        blocked = try container.decodeIfPresent(Bool.self, forKey: .blocked) ?? false
        membersWithRoles = try container.decodeIfPresent([TeamMember].self, forKey: .membersWithRoles) ?? []
        createdAt = try container.decode(Date.self, forKey: .createdAt)
        updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    /// Encodes every field, absent ones as `null`, with the limits flat beside the team's own fields.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(teamId, forKey: .teamId)
        try container.encode(teamAlias, forKey: .teamAlias)
        try container.encode(blocked, forKey: .blocked)
        try container.encode(membersWithRoles, forKey: .membersWithRoles)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try limits.encode(to: encoder)
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
