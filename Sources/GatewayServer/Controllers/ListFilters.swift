import GatewayModel
import GatewayStore

/// The query parameters of the list endpoints, in LiteLLM's names, turned into store queries in one place.
///
/// Filters on things this proxy never stores (organizations, projects, agents, access groups, SSO ids) are
/// understood and match nothing, which is the truth here; values a filter cannot take answer 400.
enum KeyListQuery {
    static let parameters: Set<String> = [
        "page", "size", "user_id", "team_id", "organization_id", "key_hash", "key_alias", "search", "return_full_object",
        "include_team_keys", "include_created_by_keys", "sort_by", "sort_order", "expand", "status", "project_id",
        "access_group_id", "agent_id", "substring_matching", "expires",
    ]

    static func keyQuery(from query: QueryParameters) throws -> KeyQuery {
        let page = try query.int("page", default: 1, range: 1...1_000_000)
        let size = try query.int("size", default: 10, range: 1...100)
        var keys = KeyQuery(userId: query.string("user_id"), teamId: query.string("team_id"), keyAlias: query.string("key_alias"))
        keys.page = PageRequest(page: page, size: size)
        keys.token = query.string("key_hash").map(KeyReference.digest(of:))
        keys.search = query.string("search")
        keys.substringMatching = try query.bool("substring_matching")
        keys.alsoCreatedByUser = try query.bool("include_created_by_keys")
        let status = try query.choice("status", of: ["active", "expired", "revoked", "deleted"])
        if status == "deleted" {
            throw GatewayError.badRequest("status=deleted is not available: this proxy keeps no archive of deleted keys.", param: "status")
        }
        keys.status = status.flatMap(KeyQuery.Status.init(rawValue:))
        keys.expired = try query.choice("expires", of: ["expired", "active"]).map { $0 == "expired" }
        keys.matchesNothing = ["organization_id", "project_id", "access_group_id", "agent_id"].contains { query.string($0) != nil }
        if let expand = query.list("expand"), let unknown = expand.first(where: { $0 != "user" }) {
            throw GatewayError.badRequest("expand=\(unknown) is not available; expand takes user.", param: "expand")
        }
        (keys.sort, keys.ascending) = try ListSort.parse(query, default: .createdAt, ascending: false)
        return keys
    }
}

/// `GET /user/list`'s parameters.
enum UserListQuery {
    static let parameters: Set<String> = [
        "role", "user_ids", "sso_user_ids", "user_email", "search", "team", "page", "page_size", "sort_by", "sort_order",
        "organization_ids",
    ]

    static func userQuery(from query: QueryParameters) throws -> UserQuery {
        let page = try query.int("page", default: 1, range: 1...1_000_000)
        let size = try query.int("page_size", default: 25, range: 1...100)
        let role = query.string("role")
        if let role, UserRole(rawValue: role) == nil {
            throw GatewayError.badRequest("Unknown role '\(role)': use one of \(UserRole.names).", param: "role")
        }
        var users = UserQuery(role: role, userIds: query.list("user_ids"), page: PageRequest(page: page, size: size))
        users.emailContains = query.string("user_email")
        users.search = query.string("search")
        users.teamId = query.string("team")
        users.matchesNothing = query.list("sso_user_ids") != nil || query.list("organization_ids") != nil
        (users.sort, users.ascending) = try ListSort.parse(query, default: .createdAt, ascending: true)
        return users
    }
}

/// `GET /team/list`'s and `GET /v2/team/list`'s parameters.
enum TeamListQuery {
    static let parameters: Set<String> = ["user_id", "organization_id"]
    static let parametersV2: Set<String> = [
        "user_id", "organization_id", "team_id", "team_alias", "search", "page", "page_size", "sort_by", "sort_order", "status",
    ]

    static func teamQuery(from query: QueryParameters, pageSize: Int) throws -> TeamQuery {
        let page = try query.int("page", default: 1, range: 1...1_000_000)
        let size = try query.int("page_size", default: pageSize, range: 1...1_000)
        var teams = TeamQuery(userId: query.string("user_id"), page: PageRequest(page: page, size: size))
        teams.teamId = query.string("team_id")
        teams.aliasContains = query.string("team_alias")
        teams.search = query.string("search")
        if try query.choice("status", of: ["deleted"]) != nil {
            throw GatewayError.badRequest("status=deleted is not available: this proxy keeps no archive of deleted teams.", param: "status")
        }
        teams.matchesNothing = query.string("organization_id") != nil
        (teams.sort, teams.ascending) = try ListSort.parse(query, default: .createdAt, ascending: true)
        return teams
    }
}

/// `sort_by` and `sort_order`, checked against the columns a listing can sort by.
enum ListSort {
    static func parse<Column: RawRepresentable & CaseIterable>(
        _ query: QueryParameters,
        default column: Column,
        ascending: Bool
    ) throws -> (Column, Bool) where Column.RawValue == String {
        let names = Column.allCases.map(\.rawValue)
        let chosen = try query.choice("sort_by", of: names).flatMap(Column.init(rawValue:)) ?? column
        let order = try query.choice("sort_order", of: ["asc", "desc"]).map { $0 == "asc" } ?? ascending
        return (chosen, order)
    }
}
