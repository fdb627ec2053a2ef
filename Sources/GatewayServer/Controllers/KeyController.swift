import Foundation
import GatewayModel
import GatewayStore
import Hummingbird

/// The `/key/*` management endpoints, in LiteLLM's wire format.
struct KeyController {
    typealias Context = GatewayRequestContext

    let store: any GatewayStore
    let body: BodyReader
    /// Writes through this instance evict at once; other instances learn of them from the change feed.
    let cache: KeyCache

    func addRoutes(to group: RouterGroup<Context>) {
        group.post("generate", use: generate)
        group.post("update", use: update)
        group.post("delete", use: delete)
        group.get("info", use: info)
        group.get("list", use: list)
        group.post("regenerate", use: regenerate)
        group.post(":key/regenerate", use: regenerate)
        group.post("block") { request, context in try await setBlocked(true, request, context) }
        group.post("unblock") { request, context in try await setBlocked(false, request, context) }
    }

    @Sendable func generate(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(KeyGenerateRequest.self, from: request)
        let principal = try context.requirePrincipal()
        let secret = input.key.map(VirtualKey.init(secret:)) ?? VirtualKey.generate()
        let now = Date()
        var limits = input.limits.initial(now: now)
        limits.spend = input.spend
        let record = KeyRecord(
            token: secret.digest,
            keyName: secret.displayForm,
            keyAlias: input.keyAlias,
            userId: input.userId,
            teamId: input.teamId,
            limits: limits,
            blocked: input.blocked,
            expires: input.duration.map { now.addingTimeInterval(TimeInterval($0.seconds)) },
            createdAt: now,
            updatedAt: now,
            createdBy: principal.actor,
            aliases: input.aliases
        )
        try await store.insertKey(record)
        return try JSONResponse.make(NewKeyAnswer(record, secret: secret.secret))
    }

    @Sendable func update(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(KeyUpdateRequest.self, from: request)
        let digest = KeyReference.digest(of: input.key)
        let record = try await store.updateKey(digest: digest, input.patch(now: Date()), at: Date())
        cache.evict(.key(digest))
        return try JSONResponse.make(RecordAnswer(record, ["key": input.key]))
    }

    @Sendable func delete(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(KeyDeleteRequest.self, from: request)
        let deleted = try await store.deleteKeys(digests: input.keys.map(KeyReference.digest(of:)), aliases: input.keyAliases)
        for key in deleted {
            cache.evict(.key(key.token))
        }
        return try JSONResponse.make(Deleted<DeletedKeys>(input.keys + input.keyAliases))
    }

    @Sendable func info(_ request: Request, context: Context) async throws -> Response {
        let principal = try context.requirePrincipal()
        let reference = try QueryParameters(request, accepting: ["key"]).string("key")
        let digest: String
        switch (reference, principal) {
        case (.some(let reference), _):
            digest = KeyReference.digest(of: reference)
        case (.none, .virtualKey(let grant)):
            digest = grant.key.token
        case (.none, .masterKey):
            throw GatewayError.badRequest("Give the key to describe: GET /key/info?key=sk-…", param: "key")
        }
        if !principal.isProxyAdmin, principal.key?.token != digest {
            throw GatewayError.forbidden("A key may read only its own /key/info.")
        }
        guard let record = try await store.key(digest: digest) else {
            throw GatewayError.notFound("Key not found.", param: "key")
        }
        return try JSONResponse.make(KeyInfoAnswer(key: reference ?? record.token, info: record))
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        let query = try QueryParameters(request, accepting: KeyListQuery.parameters)
        let principal = try context.requirePrincipal()
        var keyQuery = try KeyListQuery.keyQuery(from: query)
        if try query.bool("include_team_keys"), let userId = principal.ownerId {
            keyQuery.alsoTeams = try await store.listTeams(TeamQuery(userId: userId, page: PageRequest(size: 10_000))).items
                .filter { team in team.membersWithRoles.contains { $0.userId == userId && $0.role == .admin } }.map(\.teamId)
        }
        let result = try await store.listKeys(keyQuery)
        let pagination = Pagination(page: keyQuery.page.page, size: keyQuery.page.size, total: result.total)
        let expandUser = query.list("expand")?.contains("user") == true
        let keys: [JSONValue]
        if expandUser {
            keys = try await withUsers(result.items)
        } else if try query.bool("return_full_object") {
            keys = try result.items.map { try JSONValue(encoding: $0) }
        } else {
            keys = result.items.map { .string($0.token) }
        }
        return try JSONResponse.make(
            KeyPage(keys: keys, totalCount: result.total, currentPage: keyQuery.page.page, totalPages: pagination.totalPages)
        )
    }

    /// Full key objects, each with its owner as `user` (`expand=user`).
    private func withUsers(_ keys: [KeyRecord]) async throws -> [JSONValue] {
        var users: [String: JSONValue] = [:]
        for userId in Set(keys.compactMap(\.userId)) {
            users[userId] = try await store.user(id: userId).map { try JSONValue(encoding: $0) } ?? .null
        }
        return try keys.map { key in
            try JSONValue(encoding: RecordAnswer(key, ["user": key.userId.flatMap { users[$0] } ?? .null]))
        }
    }

    @Sendable func regenerate(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(KeyRegenerateRequest.self, from: request)
        if let pathKey = context.parameters.get("key"), pathKey != input.update.key {
            throw GatewayError.badRequest("The key in the path and the key in the body differ.", param: "key")
        }
        let digest = KeyReference.digest(of: input.update.key)
        let secret = input.newKey.map(VirtualKey.init(secret:)) ?? VirtualKey.generate()
        let now = Date()
        let record = try await store.replaceKeySecret(digest: digest, with: secret, input.update.patch(now: now), at: now)
        cache.evict(.key(digest))
        return try JSONResponse.make(NewKeyAnswer(record, secret: secret.secret))
    }

    func setBlocked(_ blocked: Bool, _ request: Request, _ context: Context) async throws -> Response {
        let input = try await body.decode(KeyReferenceRequest.self, from: request)
        let digest = KeyReference.digest(of: input.key)
        var patch = KeyPatch()
        patch.blocked = blocked
        let record = try await store.updateKey(digest: digest, patch, at: Date())
        cache.evict(.key(digest))
        return try JSONResponse.make(record)
    }
}
