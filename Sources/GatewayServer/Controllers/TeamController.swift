import Foundation
import GatewayModel
import GatewayStore
import Hummingbird

/// The `/team/*` management endpoints, in LiteLLM's wire format.
struct TeamController {
    typealias Context = GatewayRequestContext

    let store: any GatewayStore
    let body: BodyReader
    /// Writes through this instance evict at once; other instances learn of them from the change feed.
    let cache: KeyCache
    /// The teams `GET /team/available` offers.
    let availableTeams: [String]

    func addRoutes(to group: RouterGroup<Context>) {
        group.post("new", use: create)
        group.get("info", use: info)
        group.post("update", use: update)
        group.post("delete", use: delete)
        group.get("list", use: list)
        group.get("available", use: available)
        group.post("member_add", use: addMember)
        group.post("member_delete", use: removeMember)
    }

    @Sendable func create(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(TeamNewRequest.self, from: request)
        let now = Date()
        let team = TeamRecord(
            teamId: input.teamId ?? UUID().uuidString.lowercased(),
            teamAlias: input.teamAlias,
            limits: input.limits.initial(now: now),
            blocked: input.blocked,
            membersWithRoles: try await resolve(input.members),
            createdAt: now,
            updatedAt: now
        )
        try await store.createTeam(team)
        guard let stored = try await store.team(id: team.teamId) else {
            throw GatewayError.notFound("Team '\(team.teamId)' not found.", param: "team_id")
        }
        return try JSONResponse.make(stored)
    }

    @Sendable func info(_ request: Request, context: Context) async throws -> Response {
        guard let teamId = try QueryParameters(request, accepting: ["team_id"]).string("team_id") else {
            throw GatewayError.badRequest("Give the team to describe: GET /team/info?team_id=…", param: "team_id")
        }
        guard let team = try await store.team(id: teamId) else {
            throw GatewayError.notFound("Team '\(teamId)' not found.", param: "team_id")
        }
        let keys = try await store.listKeys(KeyQuery(teamId: teamId, page: PageRequest(page: 1, size: 1000))).items
        return try JSONResponse.make(TeamInfoAnswer(teamId: teamId, teamInfo: team, keys: keys))
    }

    @Sendable func update(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(TeamUpdateRequest.self, from: request)
        let now = Date()
        let team = try await store.updateTeam(id: input.teamId, input.patch(now: now), at: now)
        cache.evict(.team(input.teamId))
        return try JSONResponse.make(team)
    }

    @Sendable func delete(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(TeamDeleteRequest.self, from: request)
        let deleted = try await store.deleteTeams(ids: input.teamIds)
        for id in deleted {
            cache.evict(.team(id))
        }
        return try JSONResponse.make(Deleted<DeletedTeams>(deleted))
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        let teams = try TeamListQuery.teamQuery(from: try QueryParameters(request, accepting: TeamListQuery.parameters), pageSize: 1_000)
        return try JSONResponse.make(try await store.listTeams(teams).items)
    }

    /// `GET /team/available`: the configured available teams the caller's user is not yet a member of.
    @Sendable func available(_ request: Request, context: Context) async throws -> Response {
        _ = try QueryParameters(request, accepting: [])
        let userId = try context.requirePrincipal().ownerId
        var teams: [TeamRecord] = []
        for teamId in availableTeams {
            guard let team = try await store.team(id: teamId) else { continue }
            if let userId, team.membersWithRoles.contains(where: { $0.userId == userId }) { continue }
            teams.append(team)
        }
        return try JSONResponse.make(teams)
    }

    /// `GET /v2/team/list`: filters, sorting and pages, with the totals around the page.
    @Sendable func listV2(_ request: Request, context: Context) async throws -> Response {
        let teams = try TeamListQuery.teamQuery(from: try QueryParameters(request, accepting: TeamListQuery.parametersV2), pageSize: 10)
        return try JSONResponse.make(PagedAnswer(try await store.listTeams(teams), under: ListedItems.teams, teams.page))
    }

    @Sendable func addMember(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(TeamMemberAddRequest.self, from: request)
        let members = try await resolve(input.members)
        return try JSONResponse.make(try await store.addTeamMembers(teamId: input.teamId, members, at: Date()))
    }

    @Sendable func removeMember(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(TeamMemberDeleteRequest.self, from: request)
        let userId: String
        if let id = input.userId {
            userId = id
        } else if let email = input.userEmail, let user = try await store.user(email: email) {
            userId = user.userId
        } else {
            throw GatewayError.notFound("No user has the email '\(input.userEmail ?? "")'.", param: "user_email")
        }
        return try JSONResponse.make(try await store.removeTeamMember(teamId: input.teamId, userId: userId, at: Date()))
    }

    /// Names each member by user id: an email alone finds its user, or names a new one the store will create.
    private func resolve(_ references: [MemberReference]) async throws -> [TeamMember] {
        var members: [TeamMember] = []
        for reference in references {
            if let userId = reference.userId {
                members.append(TeamMember(userId: userId, userEmail: reference.userEmail, role: reference.role))
            } else if let email = reference.userEmail {
                let existing = try await store.user(email: email)
                members.append(TeamMember(userId: existing?.userId ?? UUID().uuidString.lowercased(), userEmail: email, role: reference.role))
            }
        }
        return members
    }
}
