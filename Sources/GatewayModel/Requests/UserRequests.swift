import Foundation

let inertUserFields: Set<String> = [
    "allowed_cache_controls", "config", "permissions", "model_max_budget", "model_rpm_limit", "model_tpm_limit",
    "guardrails", "aliases", "send_invite_email", "sso_user_id", "organization_id", "prompts", "object_permission",
]

/// `POST /user/new`: a user, with a first key unless `auto_create_key` is false.
public struct UserNewRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields: Set<String> = LimitsUpdate.fieldNames.union([
        "user_id", "user_email", "user_alias", "user_role", "teams", "auto_create_key", "duration", "key_alias", "spend",
    ])
    public static let inertFields = inertUserFields

    public var userId: String?
    public var userEmail: String?
    public var userAlias: String?
    public var userRole: UserRole
    public var teams: [String]
    public var autoCreateKey: Bool
    public var duration: DurationSpec?
    public var keyAlias: String?
    public var limits: LimitsUpdate

    /// A new user named `userId` (the proxy picks one when nil), with a first key.
    public init(userId: String?) {
        self.userId = userId
        userRole = .internalUser
        teams = []
        autoCreateKey = true
        limits = LimitsUpdate()
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("user_id", userId)
        try fields.field("user_email", userEmail)
        try fields.field("user_alias", userAlias)
        try fields.field("user_role", userRole.rawValue)
        try fields.field("teams", teams.isEmpty ? nil : teams)
        try fields.field("auto_create_key", autoCreateKey)
        try fields.field("duration", duration)
        try fields.field("key_alias", keyAlias)
        try limits.encode(into: &fields)
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: FieldKey.self)
        userId = try fields.identifier("user_id")
        userEmail = try fields.identifier("user_email")
        userAlias = try fields.optional("user_alias")
        userRole = try Self.role(from: fields) ?? .internalUser
        teams = try fields.optional("teams") ?? []
        autoCreateKey = try fields.optional("auto_create_key") ?? true
        duration = try fields.durationUpdate("duration") ?? nil
        keyAlias = try fields.identifier("key_alias")
        limits = try LimitsUpdate(from: fields)
        _ = try fields.nonNegativeUpdate("spend")
    }

    static func role(from fields: RequestFields) throws -> UserRole? {
        guard let name = try fields.optional("user_role", as: String.self) else { return nil }
        guard let role = UserRole(rawValue: name) else {
            throw GatewayError.badRequest("Unknown user_role '\(name)': use one of \(UserRole.names).", param: "user_role")
        }
        return role
    }
}

/// `POST /user/update`: the user (by `user_id`, else `user_email`) and the fields to change.
public struct UserUpdateRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields: Set<String> = LimitsUpdate.fieldNames.union([
        "user_id", "user_email", "user_alias", "user_role", "spend",
    ])
    public static let inertFields = inertUserFields.union(["password"])

    public var userId: String?
    public var userEmail: String?
    public var patch: UserPatch
    public var spend: Double?
    public var limits: LimitsUpdate

    /// An update of the user `userId` that changes nothing yet; `userEmail` then sets a new email.
    public init(userId: String) {
        self.userId = userId
        patch = UserPatch()
        limits = LimitsUpdate()
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("user_id", userId)
        try fields.field("user_email", userEmail)
        try fields.update("user_alias", patch.userAlias)
        try fields.field("user_role", patch.userRole?.rawValue)
        try fields.field("spend", spend)
        try limits.encode(into: &fields)
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: FieldKey.self)
        userId = try fields.identifier("user_id")
        userEmail = try fields.identifier("user_email")
        if userId == nil && userEmail == nil {
            throw GatewayError.badRequest("Give 'user_id' or 'user_email' to name the user to update.", param: "user_id")
        }
        patch = UserPatch()
        patch.userAlias = try fields.update("user_alias")
        patch.userRole = try UserNewRequest.role(from: fields)
        spend = try fields.nonNegativeUpdate("spend") ?? nil
        limits = try LimitsUpdate(from: fields)
    }

    /// The store patch at `now`; the email changes only when the user is named by id.
    public func storePatch(now: Date) -> UserPatch {
        var result = patch
        if userId != nil, let userEmail {
            result.userEmail = .some(userEmail)
        }
        result.limits = limits.patch(now: now, spend: spend)
        return result
    }
}

/// `POST /user/delete`.
public struct UserDeleteRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields: Set<String> = ["user_ids"]

    public var userIds: [String]

    public init(userIds: [String]) {
        self.userIds = userIds
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("user_ids", userIds)
    }

    public init(from decoder: any Decoder) throws {
        userIds = try decoder.container(keyedBy: FieldKey.self).required("user_ids")
        if userIds.isEmpty {
            throw GatewayError.badRequest("Field 'user_ids' must name at least one user.", param: "user_ids")
        }
    }
}
