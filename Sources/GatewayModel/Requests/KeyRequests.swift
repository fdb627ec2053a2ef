import Foundation

/// LiteLLM key fields this proxy accepts only when empty: caching controls, guardrails, per-model budgets and the like.
let inertKeyFields: Set<String> = [
    "allowed_cache_controls", "config", "permissions", "model_max_budget", "model_rpm_limit", "model_tpm_limit",
    "guardrails", "budget_id", "tags", "enforced_params", "soft_budget", "send_invite_email", "allowed_routes",
    "key_type", "auto_rotate", "rotation_interval", "organization_id", "project_id", "object_permission", "router_settings",
    "prompts", "allowed_passthrough_routes",
]

/// `POST /key/generate`.
public struct KeyGenerateRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields: Set<String> = LimitsUpdate.fieldNames.union([
        "key_alias", "duration", "user_id", "team_id", "blocked", "key", "spend", "aliases",
    ])
    public static let inertFields = inertKeyFields

    public var keyAlias: String?
    public var duration: DurationSpec?
    public var userId: String?
    public var teamId: String?
    public var blocked: Bool
    /// A caller-chosen secret, as LiteLLM allows; it must look like a key.
    public var key: String?
    public var spend: Double
    public var limits: LimitsUpdate
    public var aliases: [String: String]

    public init(keyAlias: String? = nil, duration: DurationSpec? = nil, userId: String? = nil, teamId: String? = nil) {
        self.keyAlias = keyAlias
        self.duration = duration
        self.userId = userId
        self.teamId = teamId
        self.blocked = false
        self.key = nil
        self.spend = 0
        self.limits = LimitsUpdate()
        self.aliases = [:]
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: FieldKey.self)
        keyAlias = try fields.identifier("key_alias")
        duration = try fields.durationUpdate("duration") ?? nil
        userId = try fields.identifier("user_id")
        teamId = try fields.identifier("team_id")
        blocked = try fields.optional("blocked", as: Bool.self) ?? false
        key = try fields.optional("key", as: String.self)
        spend = (try fields.nonNegativeUpdate("spend") ?? nil) ?? 0
        limits = try LimitsUpdate(from: fields)
        aliases = try fields.modelAliases() ?? [:]
        if let key {
            try Self.validateCustomKey(key)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("key_alias", keyAlias)
        try fields.field("duration", duration)
        try fields.field("user_id", userId)
        try fields.field("team_id", teamId)
        try fields.field("blocked", blocked ? true : nil)
        try fields.field("key", key)
        try fields.field("spend", spend == 0 ? nil : spend)
        try limits.encode(into: &fields)
        try fields.field("aliases", aliases.isEmpty ? nil : aliases)
    }

    static func validateCustomKey(_ key: String) throws(GatewayError) {
        guard key.hasPrefix(VirtualKey.prefix), key.count >= 20, key.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
            throw .badRequest("Field 'key' must start with 'sk-' and be at least 20 characters without spaces.", param: "key")
        }
    }
}

/// `POST /key/update`: the key (raw or digest) and the fields to change.
public struct KeyUpdateRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields: Set<String> = LimitsUpdate.fieldNames.union([
        "key", "key_alias", "duration", "user_id", "team_id", "blocked", "spend", "aliases",
    ])
    public static let inertFields = inertKeyFields.union(["temp_budget_increase", "temp_budget_expiry"])

    public var key: String
    public var keyAlias: String??
    public var duration: DurationSpec??
    public var userId: String??
    public var teamId: String??
    public var blocked: Bool?
    public var spend: Double?
    public var limits: LimitsUpdate
    public var aliases: [String: String]?

    /// An update of `key` (its secret or digest) that changes nothing yet.
    public init(key: String) {
        self.key = key
        self.limits = LimitsUpdate()
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: FieldKey.self)
        key = try fields.required("key")
        keyAlias = try fields.update("key_alias")
        duration = try fields.durationUpdate("duration")
        userId = try fields.update("user_id")
        teamId = try fields.update("team_id")
        blocked = try fields.optional("blocked")
        spend = try fields.nonNegativeUpdate("spend") ?? nil
        limits = try LimitsUpdate(from: fields)
        aliases = try fields.modelAliases()
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("key", key)
        try fields.update("key_alias", keyAlias)
        try fields.update("duration", duration)
        try fields.update("user_id", userId)
        try fields.update("team_id", teamId)
        try fields.field("blocked", blocked)
        try fields.field("spend", spend)
        try limits.encode(into: &fields)
        try fields.field("aliases", aliases)
    }

    /// Whether it changes nothing.
    public var changesNothing: Bool {
        keyAlias == nil && duration == nil && userId == nil && teamId == nil && blocked == nil && spend == nil && limits.isEmpty
            && aliases == nil
    }

    /// The store patch this request makes at `now` (a new `duration` restarts the lifetime from now).
    public func patch(now: Date) -> KeyPatch {
        var patch = KeyPatch()
        patch.keyAlias = keyAlias
        patch.userId = userId
        patch.teamId = teamId
        patch.blocked = blocked
        patch.limits = limits.patch(now: now, spend: spend)
        patch.aliases = aliases
        if let duration {
            patch.expires = .some(duration.map { now.addingTimeInterval(TimeInterval($0.seconds)) })
        }
        return patch
    }
}

/// `POST /key/regenerate`: the key to replace, plus optional changes applied with the new secret.
public struct KeyRegenerateRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields = KeyUpdateRequest.acceptedFields.union(["new_key"])
    public static let inertFields = KeyUpdateRequest.inertFields.union(["new_master_key"])

    public var update: KeyUpdateRequest
    public var newKey: String?

    /// A new secret for `key`, chosen by the proxy.
    public init(key: String) {
        update = KeyUpdateRequest(key: key)
    }

    public func encode(to encoder: any Encoder) throws {
        try update.encode(to: encoder)
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("new_key", newKey)
    }

    public init(from decoder: any Decoder) throws {
        update = try KeyUpdateRequest(from: decoder)
        let fields = try decoder.container(keyedBy: FieldKey.self)
        newKey = try fields.optional("new_key")
        if let newKey {
            try KeyGenerateRequest.validateCustomKey(newKey)
        }
    }
}

/// `POST /key/delete`: keys (raw or digest) or aliases.
public struct KeyDeleteRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields: Set<String> = ["keys", "key_aliases"]

    public var keys: [String]
    public var keyAliases: [String]

    public init(keys: [String], keyAliases: [String]) {
        self.keys = keys
        self.keyAliases = keyAliases
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("keys", keys.isEmpty ? nil : keys)
        try fields.field("key_aliases", keyAliases.isEmpty ? nil : keyAliases)
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: FieldKey.self)
        keys = try fields.optional("keys") ?? []
        keyAliases = try fields.optional("key_aliases") ?? []
        if keys.isEmpty && keyAliases.isEmpty {
            throw GatewayError.badRequest("Give at least one of 'keys' or 'key_aliases'.", param: "keys")
        }
    }
}

/// `POST /key/block` and `POST /key/unblock`.
public struct KeyReferenceRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields: Set<String> = ["key"]

    public var key: String

    public init(key: String) {
        self.key = key
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("key", key)
    }

    public init(from decoder: any Decoder) throws {
        key = try decoder.container(keyedBy: FieldKey.self).required("key")
    }
}

/// Turns a key reference as clients send it (the raw `sk-…` secret or its digest) into the digest the store keys on.
public enum KeyReference {
    public static func digest(of reference: String) -> String {
        VirtualKey.isDigest(reference) ? reference : VirtualKey.digest(of: reference)
    }
}
