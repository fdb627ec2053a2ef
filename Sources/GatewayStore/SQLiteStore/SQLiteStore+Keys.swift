import Foundation
import GRDB
import GatewayModel

extension SQLiteStore {
    public func insertKey(_ key: KeyRecord) async throws {
        try await write { db in try Self.insertKey(key, db) }
    }

    public func key(digest: String) async throws -> KeyRecord? {
        try await read { db in try Self.fetchKey(db, where: "token = ?", digest) }
    }

    public func key(alias: String) async throws -> KeyRecord? {
        try await read { db in try Self.fetchKey(db, where: "key_alias = ?", alias) }
    }

    public func listKeys(_ query: KeyQuery) async throws -> Page<KeyRecord> {
        try await read { db in
            let (rows, total) = try Self.listRows(db, table: "keys", query.conditions, query.order, query.page)
            return Page(items: rows.map(Self.keyRecord), total: total)
        }
    }

    public func updateKey(digest: String, _ patch: KeyPatch, at time: Date) async throws -> KeyRecord {
        try await write { db in
            try Self.applyKeyPatch(patch, to: digest, at: time, db)
            return try Self.requireKey(db, digest)
        }
    }

    public func replaceKeySecret(digest: String, with newKey: VirtualKey, _ patch: KeyPatch, at time: Date) async throws -> KeyRecord {
        try await write { db in
            _ = try Self.requireKey(db, digest)
            guard try !db.exists("keys", "token", newKey.digest) else {
                throw StoreError(.conflict, "A key with the new value already exists.", field: "new_key")
            }
            try db.execute(
                sql: "UPDATE keys SET token = ?, key_name = ?, updated_at = ? WHERE token = ?",
                arguments: [newKey.digest, newKey.displayForm, time.timeIntervalSince1970, digest]
            )
            try Self.applyKeyPatch(patch, to: newKey.digest, at: time, db)
            return try Self.requireKey(db, newKey.digest)
        }
    }

    public func deleteKeys(digests: [String], aliases: [String]) async throws -> [KeyRecord] {
        try await write { db in
            var keys: [KeyRecord] = []
            for digest in digests {
                guard let key = try Self.fetchKey(db, where: "token = ?", digest) else {
                    throw StoreError(.notFound, "Key not found: \(StoreError.shortened(digest)). Nothing was deleted.", field: "keys")
                }
                keys.append(key)
            }
            for alias in aliases {
                guard let key = try Self.fetchKey(db, where: "key_alias = ?", alias) else {
                    throw StoreError(.notFound, "No key has the alias '\(alias)'. Nothing was deleted.", field: "key_aliases")
                }
                keys.append(key)
            }
            var seen = Set<String>()
            keys = keys.filter { seen.insert($0.token).inserted }
            for key in keys {
                try db.execute(sql: "DELETE FROM keys WHERE token = ?", arguments: [key.token])
            }
            return keys
        }
    }

    static func insertKey(_ key: KeyRecord, _ db: Database) throws {
        if let teamId = key.teamId, try !db.exists("teams", "team_id", teamId) {
            throw StoreError(.notFound, "Team '\(teamId)' not found.", field: "team_id")
        }
        if let userId = key.userId {
            try ensureUser(userId, email: nil, at: key.createdAt, db)
        }
        if let alias = key.keyAlias, try db.exists("keys", "key_alias", alias) {
            throw StoreError(.conflict, "Key alias '\(alias)' is already taken.", field: "key_alias")
        }
        if try db.exists("keys", "token", key.token) {
            throw StoreError(.conflict, "A key with this value already exists.", field: "key")
        }
        try db.execute(
            sql: """
                INSERT INTO keys (token, key_name, key_alias, user_id, team_id, blocked, expires, created_at, updated_at, created_by,
                    aliases, \(SQLiteValues.limitColumns))
                VALUES (\(SQLiteValues.placeholders(20)))
                """,
            arguments: [
                key.token, key.keyName, key.keyAlias, key.userId, key.teamId, key.blocked, SQLiteValues.seconds(key.expires),
                key.createdAt.timeIntervalSince1970, key.updatedAt.timeIntervalSince1970, key.createdBy, try SQLiteValues.json(key.aliases),
            ] + SQLiteValues.limitArguments(key.limits)
        )
    }

    static func applyKeyPatch(_ patch: KeyPatch, to digest: String, at time: Date, _ db: Database) throws {
        let current = try requireKey(db, digest)
        if case .some(.some(let teamId)) = patch.teamId, try !db.exists("teams", "team_id", teamId) {
            throw StoreError(.notFound, "Team '\(teamId)' not found.", field: "team_id")
        }
        if case .some(.some(let userId)) = patch.userId {
            try ensureUser(userId, email: nil, at: time, db)
        }
        if case .some(.some(let alias)) = patch.keyAlias, alias != current.keyAlias, try db.exists("keys", "key_alias", alias) {
            throw StoreError(.conflict, "Key alias '\(alias)' is already taken.", field: "key_alias")
        }
        var assignments = SQLiteAssignments()
        assignments.set("key_alias", ifGiven: patch.keyAlias)
        assignments.set("user_id", ifGiven: patch.userId)
        assignments.set("team_id", ifGiven: patch.teamId)
        try assignments.apply(patch.limits)
        if let blocked = patch.blocked { assignments.set("blocked", blocked) }
        assignments.setDate("expires", ifGiven: patch.expires)
        if let aliases = patch.aliases { assignments.set("aliases", try SQLiteValues.json(aliases)) }
        assignments.set("updated_at", time.timeIntervalSince1970)
        try db.execute(
            sql: "UPDATE keys SET \(assignments.clauses.joined(separator: ", ")) WHERE token = ?",
            arguments: assignments.arguments + [digest]
        )
    }

    static func requireKey(_ db: Database, _ digest: String) throws -> KeyRecord {
        guard let key = try fetchKey(db, where: "token = ?", digest) else {
            throw StoreError(.notFound, "Key not found: \(StoreError.shortened(digest)).", field: "key")
        }
        return key
    }

    static func fetchKey(_ db: Database, where condition: String, _ value: String) throws -> KeyRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM keys WHERE \(condition)", arguments: [value]).map(keyRecord)
    }

    static func fetchKeys(_ db: Database, where condition: String, _ value: String) throws -> [KeyRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM keys WHERE \(condition) ORDER BY created_at", arguments: [value]).map(keyRecord)
    }

    static func keyRecord(_ row: Row) -> KeyRecord {
        KeyRecord(
            token: row["token"],
            keyName: row["key_name"],
            keyAlias: row["key_alias"],
            userId: row["user_id"],
            teamId: row["team_id"],
            limits: SQLiteValues.limits(row),
            blocked: row["blocked"],
            expires: SQLiteValues.date(row, "expires"),
            createdAt: SQLiteValues.requiredDate(row, "created_at"),
            updatedAt: SQLiteValues.requiredDate(row, "updated_at"),
            createdBy: row["created_by"],
            aliases: SQLiteValues.decode([String: String].self, row["aliases"]) ?? [:]
        )
    }
}
