import Foundation

let inertTeamFields: Set<String> = [
    "organization_id", "admins", "members", "model_aliases", "tags", "guardrails", "team_member_permissions",
    "model_rpm_limit", "model_tpm_limit", "team_member_budget", "team_member_rpm_limit", "team_member_tpm_limit",
    "object_permission", "prompts",
]

/// `POST /team/new`.
public struct TeamNewRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields: Set<String> = LimitsUpdate.fieldNames.union([
        "team_id", "team_alias", "blocked", "members_with_roles",
    ])
    public static let inertFields = inertTeamFields

    public var teamId: String?
    public var teamAlias: String?
    public var blocked: Bool
    public var members: [MemberReference]
    public var limits: LimitsUpdate

    /// A new team named `teamId` (the proxy picks one when nil), without members.
    public init(teamId: String?) {
        self.teamId = teamId
        blocked = false
        members = []
        limits = LimitsUpdate()
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("team_id", teamId)
        try fields.field("team_alias", teamAlias)
        try fields.field("blocked", blocked ? true : nil)
        try fields.field("members_with_roles", members.isEmpty ? nil : members)
        try limits.encode(into: &fields)
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: FieldKey.self)
        teamId = try fields.identifier("team_id")
        teamAlias = try fields.optional("team_alias")
        blocked = try fields.optional("blocked") ?? false
        members = try fields.optional("members_with_roles") ?? []
        limits = try LimitsUpdate(from: fields)
    }
}

/// `POST /team/update`.
public struct TeamUpdateRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields: Set<String> = LimitsUpdate.fieldNames.union(["team_id", "team_alias", "blocked", "spend"])
    public static let inertFields = inertTeamFields

    public var teamId: String
    public var teamAlias: String??
    public var blocked: Bool?
    public var spend: Double?
    public var limits: LimitsUpdate

    /// An update of team `teamId` that changes nothing yet.
    public init(teamId: String) {
        self.teamId = teamId
        limits = LimitsUpdate()
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("team_id", teamId)
        try fields.update("team_alias", teamAlias)
        try fields.field("blocked", blocked)
        try fields.field("spend", spend)
        try limits.encode(into: &fields)
    }

    /// Whether it changes nothing.
    public var changesNothing: Bool { teamAlias == nil && blocked == nil && spend == nil && limits.isEmpty }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: FieldKey.self)
        teamId = try fields.required("team_id")
        teamAlias = try fields.update("team_alias")
        blocked = try fields.optional("blocked")
        spend = try fields.nonNegativeUpdate("spend") ?? nil
        limits = try LimitsUpdate(from: fields)
    }

    /// The store patch this request makes at `now`.
    public func patch(now: Date) -> TeamPatch {
        var patch = TeamPatch()
        patch.teamAlias = teamAlias
        patch.blocked = blocked
        patch.limits = limits.patch(now: now, spend: spend)
        return patch
    }
}

/// `POST /team/delete`.
public struct TeamDeleteRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields: Set<String> = ["team_ids"]

    public var teamIds: [String]

    public init(teamIds: [String]) {
        self.teamIds = teamIds
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("team_ids", teamIds)
    }

    public init(from decoder: any Decoder) throws {
        teamIds = try decoder.container(keyedBy: FieldKey.self).required("team_ids")
        if teamIds.isEmpty {
            throw GatewayError.badRequest("Field 'team_ids' must name at least one team.", param: "team_ids")
        }
    }
}

/// `POST /team/member_add`: one member or a list of them.
public struct TeamMemberAddRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields: Set<String> = ["team_id", "member"]
    public static let inertFields: Set<String> = ["max_budget_in_team"]

    public var teamId: String
    public var members: [MemberReference]

    public init(teamId: String, members: [MemberReference]) {
        self.teamId = teamId
        self.members = members
    }

    /// One member is sent as an object, several as a list, as LiteLLM takes them.
    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("team_id", teamId)
        if members.count == 1 {
            try fields.field("member", members[0])
        } else {
            try fields.field("member", members)
        }
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: FieldKey.self)
        teamId = try fields.required("team_id")
        if let list = try? fields.optional("member", as: [MemberReference].self) {
            members = list
        } else {
            members = [try fields.required("member", as: MemberReference.self)]
        }
        if members.isEmpty {
            throw GatewayError.badRequest("Field 'member' must name at least one member.", param: "member")
        }
    }
}

/// `POST /team/member_delete`: the member by `user_id` or `user_email`.
public struct TeamMemberDeleteRequest: ManagementRequest, Encodable, Sendable {
    public static let acceptedFields: Set<String> = ["team_id", "user_id", "user_email"]

    public var teamId: String
    public var userId: String?
    public var userEmail: String?

    public init(teamId: String, userId: String) {
        self.teamId = teamId
        self.userId = userId
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("team_id", teamId)
        try fields.field("user_id", userId)
        try fields.field("user_email", userEmail)
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: FieldKey.self)
        teamId = try fields.required("team_id")
        userId = try fields.identifier("user_id")
        userEmail = try fields.identifier("user_email")
        if userId == nil && userEmail == nil {
            throw GatewayError.badRequest("Give 'user_id' or 'user_email' to name the member to remove.", param: "user_id")
        }
    }
}

/// A member as requests name one: by user id or email, with a role (default `user`).
public struct MemberReference: Codable, Sendable, Equatable {
    public var userId: String?
    public var userEmail: String?
    public var role: TeamRole

    public init(userId: String?, userEmail: String? = nil, role: TeamRole = .user) {
        self.userId = userId
        self.userEmail = userEmail
        self.role = role
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.field("user_id", userId)
        try fields.field("user_email", userEmail)
        try fields.field("role", role.rawValue)
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: FieldKey.self)
        for key in fields.allKeys where !["user_id", "user_email", "role"].contains(key.stringValue) {
            throw GatewayError.badRequest("Unknown member field '\(key.stringValue)'.", param: key.stringValue)
        }
        userId = try fields.identifier("user_id")
        userEmail = try fields.identifier("user_email")
        let roleName = try fields.optional("role", as: String.self) ?? TeamRole.user.rawValue
        guard let role = TeamRole(rawValue: roleName) else {
            throw GatewayError.badRequest("Unknown member role '\(roleName)': use admin or user.", param: "role")
        }
        self.role = role
        if userId == nil && userEmail == nil {
            throw GatewayError.badRequest("A member needs 'user_id' or 'user_email'.", param: "user_id")
        }
    }
}
