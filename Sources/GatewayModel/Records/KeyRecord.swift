import Foundation

/// A virtual key as the store keeps it and the management API returns it (LiteLLM's `LiteLLM_VerificationToken`).
///
/// `token` is the SHA-256 digest of the secret, never the secret itself.
public struct KeyRecord: Codable, Sendable, Equatable {
    public var token: String
    public var keyName: String
    public var keyAlias: String?
    public var userId: String?
    public var teamId: String?
    public var models: [String]
    public var spend: Double
    public var maxBudget: Double?
    public var budgetDuration: String?
    public var budgetResetAt: Date?
    public var tpmLimit: Int?
    public var rpmLimit: Int?
    public var maxParallelRequests: Int?
    public var metadata: [String: JSONValue]
    public var blocked: Bool
    public var expires: Date?
    public var createdAt: Date
    public var updatedAt: Date
    public var createdBy: String?

    public init(
        token: String,
        keyName: String,
        keyAlias: String? = nil,
        userId: String? = nil,
        teamId: String? = nil,
        models: [String] = [],
        spend: Double = 0,
        maxBudget: Double? = nil,
        budgetDuration: String? = nil,
        budgetResetAt: Date? = nil,
        tpmLimit: Int? = nil,
        rpmLimit: Int? = nil,
        maxParallelRequests: Int? = nil,
        metadata: [String: JSONValue] = [:],
        blocked: Bool = false,
        expires: Date? = nil,
        createdAt: Date,
        updatedAt: Date,
        createdBy: String? = nil
    ) {
        self.token = token
        self.keyName = keyName
        self.keyAlias = keyAlias
        self.userId = userId
        self.teamId = teamId
        self.models = models
        self.spend = spend
        self.maxBudget = maxBudget
        self.budgetDuration = budgetDuration
        self.budgetResetAt = budgetResetAt
        self.tpmLimit = tpmLimit
        self.rpmLimit = rpmLimit
        self.maxParallelRequests = maxParallelRequests
        self.metadata = metadata
        self.blocked = blocked
        self.expires = expires
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.createdBy = createdBy
    }

    enum CodingKeys: String, CodingKey {
        case token
        case keyName = "key_name"
        case keyAlias = "key_alias"
        case userId = "user_id"
        case teamId = "team_id"
        case models, spend
        case maxBudget = "max_budget"
        case budgetDuration = "budget_duration"
        case budgetResetAt = "budget_reset_at"
        case tpmLimit = "tpm_limit"
        case rpmLimit = "rpm_limit"
        case maxParallelRequests = "max_parallel_requests"
        case metadata, blocked, expires
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case createdBy = "created_by"
    }

    /// Encodes every field, absent ones as `null`, so answers have one stable shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(token, forKey: .token)
        try container.encode(keyName, forKey: .keyName)
        try container.encode(keyAlias, forKey: .keyAlias)
        try container.encode(userId, forKey: .userId)
        try container.encode(teamId, forKey: .teamId)
        try container.encode(models, forKey: .models)
        try container.encode(spend, forKey: .spend)
        try container.encode(maxBudget, forKey: .maxBudget)
        try container.encode(budgetDuration, forKey: .budgetDuration)
        try container.encode(budgetResetAt, forKey: .budgetResetAt)
        try container.encode(tpmLimit, forKey: .tpmLimit)
        try container.encode(rpmLimit, forKey: .rpmLimit)
        try container.encode(maxParallelRequests, forKey: .maxParallelRequests)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(blocked, forKey: .blocked)
        try container.encode(expires, forKey: .expires)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(createdBy, forKey: .createdBy)
    }

    /// Whether the key's lifetime has run out at `now`.
    public func isExpired(at now: Date) -> Bool {
        guard let expires else { return false }
        return expires <= now
    }
}
