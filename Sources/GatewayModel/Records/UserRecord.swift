import Foundation

/// A user of the proxy (LiteLLM's `LiteLLM_UserTable`): owner of keys, member of teams, holder of a role and a budget.
public struct UserRecord: Codable, Sendable, Equatable {
    public var userId: String
    public var userEmail: String?
    public var userAlias: String?
    public var userRole: UserRole
    public var limits: BudgetLimits
    /// The ids of the teams the user belongs to, derived from team membership.
    public var teams: [String]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        userId: String,
        userEmail: String? = nil,
        userAlias: String? = nil,
        userRole: UserRole = .internalUser,
        limits: BudgetLimits = BudgetLimits(),
        teams: [String] = [],
        createdAt: Date,
        updatedAt: Date
    ) {
        self.userId = userId
        self.userEmail = userEmail
        self.userAlias = userAlias
        self.userRole = userRole
        self.limits = limits
        self.teams = teams
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case teams
        case userId = "user_id"
        case userEmail = "user_email"
        case userAlias = "user_alias"
        case userRole = "user_role"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        userId = try container.decode(String.self, forKey: .userId)
        userEmail = try container.decodeIfPresent(String.self, forKey: .userEmail)
        userAlias = try container.decodeIfPresent(String.self, forKey: .userAlias)
        userRole = try container.decode(UserRole.self, forKey: .userRole)
        limits = try BudgetLimits(from: decoder)
        teams = try container.decodeIfPresent([String].self, forKey: .teams) ?? []
        createdAt = try container.decode(Date.self, forKey: .createdAt)
        updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    /// Encodes every field, absent ones as `null`, with the limits flat beside the user's own fields.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(userId, forKey: .userId)
        try container.encode(userEmail, forKey: .userEmail)
        try container.encode(userAlias, forKey: .userAlias)
        try container.encode(userRole, forKey: .userRole)
        try container.encode(teams, forKey: .teams)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try limits.encode(to: encoder)
    }
}

/// The roles LiteLLM defines for users; `proxy_admin` may use the management API.
public enum UserRole: String, Codable, Sendable, CaseIterable {
    case proxyAdmin = "proxy_admin"
    case proxyAdminViewer = "proxy_admin_viewer"
    case internalUser = "internal_user"
    case internalUserViewer = "internal_user_viewer"

    /// The accepted names, for error messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
