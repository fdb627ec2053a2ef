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
    public var limits: BudgetLimits
    public var blocked: Bool
    public var expires: Date?
    public var createdAt: Date
    public var updatedAt: Date
    public var createdBy: String?
    /// Model names this key may use in place of others (`{"my-gpt": "gpt-4o"}`), applied before routing.
    public var aliases: [String: String]

    public init(
        token: String,
        keyName: String,
        keyAlias: String? = nil,
        userId: String? = nil,
        teamId: String? = nil,
        limits: BudgetLimits = BudgetLimits(),
        blocked: Bool = false,
        expires: Date? = nil,
        createdAt: Date,
        updatedAt: Date,
        createdBy: String? = nil,
        aliases: [String: String] = [:]
    ) {
        self.token = token
        self.keyName = keyName
        self.keyAlias = keyAlias
        self.userId = userId
        self.teamId = teamId
        self.limits = limits
        self.blocked = blocked
        self.expires = expires
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.createdBy = createdBy
        self.aliases = aliases
    }

    enum CodingKeys: String, CodingKey {
        case token, blocked, expires, aliases
        case keyName = "key_name"
        case keyAlias = "key_alias"
        case userId = "user_id"
        case teamId = "team_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case createdBy = "created_by"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        token = try container.decode(String.self, forKey: .token)
        keyName = try container.decode(String.self, forKey: .keyName)
        keyAlias = try container.decodeIfPresent(String.self, forKey: .keyAlias)
        userId = try container.decodeIfPresent(String.self, forKey: .userId)
        teamId = try container.decodeIfPresent(String.self, forKey: .teamId)
        limits = try BudgetLimits(from: decoder)
        blocked = try container.decodeIfPresent(Bool.self, forKey: .blocked) ?? false
        expires = try container.decodeIfPresent(Date.self, forKey: .expires)
        createdAt = try container.decode(Date.self, forKey: .createdAt)
        updatedAt = try container.decode(Date.self, forKey: .updatedAt)
        createdBy = try container.decodeIfPresent(String.self, forKey: .createdBy)
        aliases = try container.decodeIfPresent([String: String].self, forKey: .aliases) ?? [:]
    }

    /// Encodes every field, absent ones as `null`, with the limits flat beside the key's own fields.
    public func encode(to encoder: any Encoder) throws {
        try encode(to: encoder, includingToken: true)
    }

    /// The key's fields, without its token when an answer names it otherwise (`token_id` beside a new secret).
    public func encode(to encoder: any Encoder, includingToken: Bool) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if includingToken { try container.encode(token, forKey: .token) }
        try container.encode(keyName, forKey: .keyName)
        try container.encode(keyAlias, forKey: .keyAlias)
        try container.encode(userId, forKey: .userId)
        try container.encode(teamId, forKey: .teamId)
        try container.encode(blocked, forKey: .blocked)
        try container.encode(expires, forKey: .expires)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(createdBy, forKey: .createdBy)
        try container.encode(aliases, forKey: .aliases)
        try limits.encode(to: encoder)
    }

    /// The model name a call for `model` is routed as: the key's alias for it, else the name itself.
    public func resolvedModel(_ model: String) -> String {
        aliases[model] ?? model
    }

    /// Whether the key's lifetime has run out at `now`.
    public func isExpired(at now: Date) -> Bool {
        guard let expires else { return false }
        return expires <= now
    }
}
