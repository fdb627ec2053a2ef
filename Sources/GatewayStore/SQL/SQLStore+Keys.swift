import Foundation
import GatewayModel

extension SQLStore {
    public func insertKey(_ key: KeyRecord) async throws {
        try await write { session in try await Self.insertKey(key, session) }
    }

    public func key(digest: String) async throws -> KeyRecord? {
        try await read { session in try await Self.fetchKey(session, "token", digest) }
    }

    public func key(alias: String) async throws -> KeyRecord? {
        try await read { session in try await Self.fetchKey(session, "key_alias", alias) }
    }

    public func listKeys(_ query: KeyQuery) async throws -> Page<KeyRecord> {
        try await read { session in
            let (rows, total) = try await session.listRows(table: "keys", query.conditions, query.order, query.page)
            return Page(items: try rows.map(RecordColumns.key), total: total)
        }
    }

    public func updateKey(digest: String, _ patch: KeyPatch, at time: Date) async throws -> KeyRecord {
        try await write { session in
            try await Self.applyKeyPatch(patch, to: digest, at: time, session)
            return try await Self.requireKey(session, digest)
        }
    }

    public func replaceKeySecret(digest: String, with newKey: VirtualKey, _ patch: KeyPatch, at time: Date) async throws -> KeyRecord {
        try await write { session in
            _ = try await Self.requireKey(session, digest)
            guard try await !session.exists("keys", "token", newKey.digest) else {
                throw StoreError(.conflict, "A key with the new value already exists.", field: "new_key")
            }
            try await session.run(
                "UPDATE keys SET token = \(newKey.digest), key_name = \(newKey.displayForm), updated_at = \(time) WHERE token = \(digest)"
            )
            try await Self.applyKeyPatch(patch, to: newKey.digest, at: time, session)
            return try await Self.requireKey(session, newKey.digest)
        }
    }

    public func deleteKeys(digests: [String], aliases: [String]) async throws -> [KeyRecord] {
        try await write { session in
            var keys: [KeyRecord] = []
            for digest in digests {
                guard let key = try await Self.fetchKey(session, "token", digest) else {
                    throw StoreError.keyNotFound(digest, field: "keys", nothingDeleted: true)
                }
                keys.append(key)
            }
            for alias in aliases {
                guard let key = try await Self.fetchKey(session, "key_alias", alias) else {
                    throw StoreError(.notFound, "No key has the alias '\(alias)'. Nothing was deleted.", field: "key_aliases")
                }
                keys.append(key)
            }
            var seen = Set<String>()
            keys = keys.filter { seen.insert($0.token).inserted }
            for key in keys {
                try await session.run("DELETE FROM keys WHERE token = \(key.token)")
            }
            return keys
        }
    }

    static func insertKey(_ key: KeyRecord, _ session: any StoreSession) async throws {
        if let teamId = key.teamId, try await !session.exists("teams", "team_id", teamId) {
            throw StoreError.teamNotFound(teamId)
        }
        if let userId = key.userId {
            try await ensureUser(userId, email: nil, at: key.createdAt, session)
        }
        if let alias = key.keyAlias, try await session.exists("keys", "key_alias", alias) {
            throw StoreError.keyAliasTaken(alias)
        }
        if try await session.exists("keys", "token", key.token) {
            throw StoreError(.conflict, "A key with this value already exists.", field: "key")
        }
        try await session.run(
            try """
            INSERT INTO keys (token, key_name, key_alias, user_id, team_id, blocked, expires, created_at, updated_at, created_by, \
            aliases, \(raw: RecordColumns.limits)) VALUES (\(key.token), \(key.keyName), \(key.keyAlias), \(key.userId), \
            \(key.teamId), \(key.blocked), \(key.expires), \(key.createdAt), \(key.updatedAt), \(key.createdBy), \
            \(json: key.aliases), \(try RecordColumns.limitValues(key.limits)))
            """
        )
    }

    static func applyKeyPatch(_ patch: KeyPatch, to digest: String, at time: Date, _ session: any StoreSession) async throws {
        let current = try await requireKey(session, digest)
        if case .some(.some(let teamId)) = patch.teamId, try await !session.exists("teams", "team_id", teamId) {
            throw StoreError.teamNotFound(teamId)
        }
        if case .some(.some(let userId)) = patch.userId {
            try await ensureUser(userId, email: nil, at: time, session)
        }
        if case .some(.some(let alias)) = patch.keyAlias, alias != current.keyAlias, try await session.exists("keys", "key_alias", alias) {
            throw StoreError.keyAliasTaken(alias)
        }
        var assignments = SQLAssignments()
        assignments.set("key_alias", ifGiven: patch.keyAlias)
        assignments.set("user_id", ifGiven: patch.userId)
        assignments.set("team_id", ifGiven: patch.teamId)
        try assignments.apply(patch.limits)
        if let blocked = patch.blocked { assignments.set("blocked", blocked) }
        assignments.set("expires", ifGiven: patch.expires)
        try assignments.setJSON("aliases", ifGiven: patch.aliases)
        assignments.set("updated_at", time)
        try await session.run(assignments.update("keys", where: "token", equals: digest))
    }

    static func requireKey(_ session: any StoreSession, _ digest: String) async throws -> KeyRecord {
        guard let key = try await fetchKey(session, "token", digest) else { throw StoreError.keyNotFound(digest) }
        return key
    }

    static func fetchKey(_ session: any StoreSession, _ column: String, _ value: String) async throws -> KeyRecord? {
        try await session.firstRow("SELECT * FROM keys WHERE \(raw: column) = \(value)").map(RecordColumns.key)
    }
}
