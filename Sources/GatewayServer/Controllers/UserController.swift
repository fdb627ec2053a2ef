import Foundation
import GatewayModel
import GatewayStore
import Hummingbird

/// The `/user/*` management endpoints, in LiteLLM's wire format.
struct UserController {
    typealias Context = GatewayRequestContext

    let store: any GatewayStore
    let body: BodyReader
    /// Writes through this instance evict at once; other instances learn of them from the change feed.
    let cache: KeyCache

    func addRoutes(to group: RouterGroup<Context>) {
        group.post("new", use: create)
        group.get("info", use: info)
        group.post("update", use: update)
        group.post("delete", use: delete)
        group.get("list", use: list)
    }

    @Sendable func create(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(UserNewRequest.self, from: request)
        let principal = try context.requirePrincipal()
        let now = Date()
        let user = UserRecord(
            userId: input.userId ?? UUID().uuidString.lowercased(),
            userEmail: input.userEmail,
            userAlias: input.userAlias,
            userRole: input.userRole,
            limits: input.limits.initial(now: now),
            teams: input.teams,
            createdAt: now,
            updatedAt: now
        )
        var secret: VirtualKey?
        var firstKey: KeyRecord?
        if input.autoCreateKey {
            let newKey = VirtualKey.generate()
            secret = newKey
            firstKey = KeyRecord(
                token: newKey.digest,
                keyName: newKey.displayForm,
                keyAlias: input.keyAlias,
                userId: user.userId,
                limits: BudgetLimits(models: user.limits.models),
                expires: input.duration.map { now.addingTimeInterval(TimeInterval($0.seconds)) },
                createdAt: now,
                updatedAt: now,
                createdBy: principal.actor
            )
        }
        try await store.createUser(user, teams: input.teams, firstKey: firstKey)
        return try JSONResponse.make(RecordAnswer(user, NewUserKey(firstKey, secret: secret?.secret)))
    }

    @Sendable func info(_ request: Request, context: Context) async throws -> Response {
        let principal = try context.requirePrincipal()
        guard let userId = try QueryParameters(request, accepting: ["user_id"]).string("user_id") ?? principal.key?.userId else {
            throw GatewayError.badRequest("Give the user to describe: GET /user/info?user_id=…", param: "user_id")
        }
        guard let user = try await store.user(id: userId) else {
            throw GatewayError.notFound("User '\(userId)' not found.", param: "user_id")
        }
        let keys = try await store.listKeys(KeyQuery(userId: userId, page: PageRequest(page: 1, size: 1000))).items
        var teams: [TeamRecord] = []
        for teamId in user.teams {
            if let team = try await store.team(id: teamId) {
                teams.append(team)
            }
        }
        return try JSONResponse.make(UserInfoAnswer(userId: userId, userInfo: user, keys: keys, teams: teams))
    }

    @Sendable func update(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(UserUpdateRequest.self, from: request)
        let userId: String
        if let id = input.userId {
            userId = id
        } else if let email = input.userEmail, let user = try await store.user(email: email) {
            userId = user.userId
        } else {
            throw GatewayError.notFound("No user has the email '\(input.userEmail ?? "")'.", param: "user_email")
        }
        let now = Date()
        let user = try await store.updateUser(id: userId, input.storePatch(now: now), at: now)
        cache.evict(.user(userId))
        return try JSONResponse.make(user)
    }

    /// `GET /v2/user/info`: the user alone, with the ids of its teams instead of whole keys and teams.
    @Sendable func infoV2(_ request: Request, context: Context) async throws -> Response {
        let principal = try context.requirePrincipal()
        guard let userId = try QueryParameters(request, accepting: ["user_id"]).string("user_id") ?? principal.ownerId else {
            throw GatewayError.badRequest("Give the user to describe: GET /v2/user/info?user_id=…", param: "user_id")
        }
        guard principal.isProxyAdmin || principal.ownerId == userId, let user = try await store.user(id: userId) else {
            throw GatewayError.notFound("User '\(userId)' not found.", param: "user_id")
        }
        let teams = try await store.listTeams(TeamQuery(userId: userId, page: PageRequest(size: 10_000))).items.map(\.teamId)
        var answer = user
        answer.teams = teams
        return try JSONResponse.make(answer)
    }

    @Sendable func delete(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(UserDeleteRequest.self, from: request)
        let deleted = try await store.deleteUsers(ids: input.userIds)
        for id in deleted {
            cache.evict(.user(id))
        }
        return try JSONResponse.make(Deleted<DeletedUsers>(deleted))
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        let users = try UserListQuery.userQuery(from: try QueryParameters(request, accepting: UserListQuery.parameters))
        return try JSONResponse.make(PagedAnswer(try await store.listUsers(users), under: ListedItems.users, users.page))
    }
}
