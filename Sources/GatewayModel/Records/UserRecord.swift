import Foundation

/// A user of the proxy (LiteLLM's `LiteLLM_UserTable`): owner of keys, member of teams, holder of a role and a budget.
public struct UserRecord: Codable, Sendable, Equatable {
    public var userId: String
    public var userEmail: String?
    public var userAlias: String?
    public var userRole: UserRole
    public var models: [String]
    public var spend: Double
    public var maxBudget: Double?
    public var budgetDuration: String?
    public var budgetResetAt: Date?
    public var tpmLimit: Int?
    public var rpmLimit: Int?
    public var maxParallelRequests: Int?
    public var metadata: [String: JSONValue]
    /// The ids of the teams the user belongs to, derived from team membership.
    public var teams: [String]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        userId: String,
        userEmail: String? = nil,
        userAlias: String? = nil,
        userRole: UserRole = .internalUser,
        models: [String] = [],
        spend: Double = 0,
        maxBudget: Double? = nil,
        budgetDuration: String? = nil,
        budgetResetAt: Date? = nil,
        tpmLimit: Int? = nil,
        rpmLimit: Int? = nil,
        maxParallelRequests: Int? = nil,
        metadata: [String: JSONValue] = [:],
        teams: [String] = [],
        createdAt: Date,
        updatedAt: Date
    ) {
        self.userId = userId
        self.userEmail = userEmail
        self.userAlias = userAlias
        self.userRole = userRole
        self.models = models
        self.spend = spend
        self.maxBudget = maxBudget
        self.budgetDuration = budgetDuration
        self.budgetResetAt = budgetResetAt
        self.tpmLimit = tpmLimit
        self.rpmLimit = rpmLimit
        self.maxParallelRequests = maxParallelRequests
        self.metadata = metadata
        self.teams = teams
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case userId = "user_id"
        case userEmail = "user_email"
        case userAlias = "user_alias"
        case userRole = "user_role"
        case models, spend
        case maxBudget = "max_budget"
        case budgetDuration = "budget_duration"
        case budgetResetAt = "budget_reset_at"
        case tpmLimit = "tpm_limit"
        case rpmLimit = "rpm_limit"
        case maxParallelRequests = "max_parallel_requests"
        case metadata, teams
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Encodes every field, absent ones as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(userId, forKey: .userId)
        try container.encode(userEmail, forKey: .userEmail)
        try container.encode(userAlias, forKey: .userAlias)
        try container.encode(userRole, forKey: .userRole)
        try container.encode(models, forKey: .models)
        try container.encode(spend, forKey: .spend)
        try container.encode(maxBudget, forKey: .maxBudget)
        try container.encode(budgetDuration, forKey: .budgetDuration)
        try container.encode(budgetResetAt, forKey: .budgetResetAt)
        try container.encode(tpmLimit, forKey: .tpmLimit)
        try container.encode(rpmLimit, forKey: .rpmLimit)
        try container.encode(maxParallelRequests, forKey: .maxParallelRequests)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(teams, forKey: .teams)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
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
