import Foundation
import GatewayModel
import PostgresNIO

extension PostgresStore {
    public func insertKey(_ key: KeyRecord) async throws {
        try await write { connection in try await Self.insertKey(key, connection) }
    }

    public func key(digest: String) async throws -> KeyRecord? {
        try await read { connection in try await Self.fetchKey(connection, column: "token", digest) }
    }

    public func key(alias: String) async throws -> KeyRecord? {
        try await read { connection in try await Self.fetchKey(connection, column: "key_alias", alias) }
    }

    public func listKeys(_ query: KeyQuery) async throws -> Page<KeyRecord> {
        try await read { connection in
            let (rows, total) = try await connection.listRows(table: "keys", query.conditions, query.order, query.page)
            return Page(items: try rows.map(Self.keyRecord), total: total)
        }
    }

    public func updateKey(digest: String, _ patch: KeyPatch, at time: Date) async throws -> KeyRecord {
        try await write { connection in
            try await Self.applyKeyPatch(patch, to: digest, at: time, connection)
            return try await Self.requireKey(connection, digest)
        }
    }

    public func replaceKeySecret(digest: String, with newKey: VirtualKey, _ patch: KeyPatch, at time: Date) async throws -> KeyRecord {
        try await write { connection in
            _ = try await Self.requireKey(connection, digest)
            guard try await !connection.exists("keys", "token", newKey.digest) else {
                throw StoreError(.conflict, "A key with the new value already exists.", field: "new_key")
            }
            var statement = PostgresStatement()
            statement.append(
                "UPDATE keys SET token = \(try statement.bind(newKey.digest)), key_name = \(try statement.bind(newKey.displayForm)), "
                    + "updated_at = \(try statement.bind(time)) WHERE token = \(try statement.bind(digest))"
            )
            try await connection.run(statement)
            try await Self.applyKeyPatch(patch, to: newKey.digest, at: time, connection)
            return try await Self.requireKey(connection, newKey.digest)
        }
    }

    public func deleteKeys(digests: [String], aliases: [String]) async throws -> [KeyRecord] {
        try await write { connection in
            var keys: [KeyRecord] = []
            for digest in digests {
                guard let key = try await Self.fetchKey(connection, column: "token", digest) else {
                    throw StoreError(.notFound, "Key not found: \(StoreError.shortened(digest)). Nothing was deleted.", field: "keys")
                }
                keys.append(key)
            }
            for alias in aliases {
                guard let key = try await Self.fetchKey(connection, column: "key_alias", alias) else {
                    throw StoreError(.notFound, "No key has the alias '\(alias)'. Nothing was deleted.", field: "key_aliases")
                }
                keys.append(key)
            }
            var seen = Set<String>()
            keys = keys.filter { seen.insert($0.token).inserted }
            for key in keys {
                var statement = PostgresStatement()
                statement.append("DELETE FROM keys WHERE token = \(try statement.bind(key.token))")
                try await connection.run(statement)
            }
            return keys
        }
    }

    static func insertKey(_ key: KeyRecord, _ connection: PostgresConnection) async throws {
        if let teamId = key.teamId, try await !connection.exists("teams", "team_id", teamId) {
            throw StoreError(.notFound, "Team '\(teamId)' not found.", field: "team_id")
        }
        if let userId = key.userId {
            try await ensureUser(userId, email: nil, at: key.createdAt, connection)
        }
        if let alias = key.keyAlias, try await connection.exists("keys", "key_alias", alias) {
            throw StoreError(.conflict, "Key alias '\(alias)' is already taken.", field: "key_alias")
        }
        if try await connection.exists("keys", "token", key.token) {
            throw StoreError(.conflict, "A key with this value already exists.", field: "key")
        }
        var statement = PostgresStatement()
        let values = [
            try statement.bind(key.token), try statement.bind(key.keyName), try statement.bind(key.keyAlias), try statement.bind(key.userId),
            try statement.bind(key.teamId), try statement.bind(key.blocked), try statement.bind(key.expires), try statement.bind(key.createdAt),
            try statement.bind(key.updatedAt), try statement.bind(key.createdBy), try statement.bind(try PostgresValues.json(key.aliases)),
            try PostgresValues.bindLimits(key.limits, into: &statement),
        ]
        statement.append(
            "INSERT INTO keys (token, key_name, key_alias, user_id, team_id, blocked, expires, created_at, updated_at, created_by, aliases, "
                + "\(PostgresValues.limitColumns)) VALUES (\(values.joined(separator: ", ")))"
        )
        try await connection.run(statement)
    }

    static func applyKeyPatch(_ patch: KeyPatch, to digest: String, at time: Date, _ connection: PostgresConnection) async throws {
        let current = try await requireKey(connection, digest)
        if case .some(.some(let teamId)) = patch.teamId, try await !connection.exists("teams", "team_id", teamId) {
            throw StoreError(.notFound, "Team '\(teamId)' not found.", field: "team_id")
        }
        if case .some(.some(let userId)) = patch.userId {
            try await ensureUser(userId, email: nil, at: time, connection)
        }
        if case .some(.some(let alias)) = patch.keyAlias, alias != current.keyAlias, try await connection.exists("keys", "key_alias", alias) {
            throw StoreError(.conflict, "Key alias '\(alias)' is already taken.", field: "key_alias")
        }
        var assignments = PostgresAssignments()
        try assignments.set("key_alias", ifGiven: patch.keyAlias)
        try assignments.set("user_id", ifGiven: patch.userId)
        try assignments.set("team_id", ifGiven: patch.teamId)
        try assignments.apply(patch.limits)
        if let blocked = patch.blocked { try assignments.set("blocked", blocked) }
        try assignments.set("expires", ifGiven: patch.expires)
        if let aliases = patch.aliases { try assignments.set("aliases", try PostgresValues.json(aliases)) }
        try assignments.set("updated_at", time)
        try await connection.run(try assignments.update("keys", where: "token", equals: digest))
    }

    static func requireKey(_ connection: PostgresConnection, _ digest: String) async throws -> KeyRecord {
        guard let key = try await fetchKey(connection, column: "token", digest) else {
            throw StoreError(.notFound, "Key not found: \(StoreError.shortened(digest)).", field: "key")
        }
        return key
    }

    static func fetchKey(_ connection: PostgresConnection, column: String, _ value: String) async throws -> KeyRecord? {
        var statement = PostgresStatement()
        statement.append("SELECT * FROM keys WHERE \(column) = \(try statement.bind(value))")
        return try await connection.rows(statement).first.map(keyRecord)
    }

    static func keyRecord(_ row: PostgresRandomAccessRow) throws -> KeyRecord {
        KeyRecord(
            token: try row["token"].decode(String.self),
            keyName: try row["key_name"].decode(String.self),
            keyAlias: try row["key_alias"].decode(String?.self),
            userId: try row["user_id"].decode(String?.self),
            teamId: try row["team_id"].decode(String?.self),
            limits: try PostgresValues.limits(row),
            blocked: try row["blocked"].decode(Bool.self),
            expires: try row["expires"].decode(Date?.self),
            createdAt: try row["created_at"].decode(Date.self),
            updatedAt: try row["updated_at"].decode(Date.self),
            createdBy: try row["created_by"].decode(String?.self),
            aliases: PostgresValues.decode([String: String].self, try row["aliases"].decode(String.self)) ?? [:]
        )
    }
}
