import Foundation
import GRDB
import GatewayModel

extension SQLiteStore {
    public func createUser(_ user: UserRecord, teams: [String], firstKey: KeyRecord?) async throws {
        try await write { db in
            if try db.exists("users", "user_id", user.userId) {
                throw StoreError(.conflict, "User '\(user.userId)' already exists.", field: "user_id")
            }
            if let email = user.userEmail, try db.exists("users", "user_email", email) {
                throw StoreError(.conflict, "A user with email '\(email)' already exists.", field: "user_email")
            }
            try Self.insertUser(user, db)
            for teamId in teams {
                guard try db.exists("teams", "team_id", teamId) else {
                    throw StoreError(.notFound, "Team '\(teamId)' not found.", field: "teams")
                }
                try db.execute(
                    sql: "INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, ?)",
                    arguments: [teamId, user.userId, TeamRole.user.rawValue]
                )
            }
            if let firstKey {
                try Self.insertKey(firstKey, db)
            }
        }
    }

    public func user(id: String) async throws -> UserRecord? {
        try await read { db in try Self.fetchUser(db, where: "user_id = ?", id) }
    }

    public func user(email: String) async throws -> UserRecord? {
        try await read { db in try Self.fetchUser(db, where: "user_email = ?", email) }
    }

    public func listUsers(_ query: UserQuery) async throws -> Page<UserRecord> {
        try await read { db in
            let (rows, total) = try Self.listRows(db, table: "users", query.conditions, query.order, query.page)
            return Page(items: try rows.map { try Self.userRecord($0, db) }, total: total)
        }
    }

    public func updateUser(id: String, _ patch: UserPatch, at time: Date) async throws -> UserRecord {
        try await write { db in
            guard let current = try Self.fetchUser(db, where: "user_id = ?", id) else {
                throw StoreError(.notFound, "User '\(id)' not found.", field: "user_id")
            }
            if case .some(.some(let email)) = patch.userEmail, email != current.userEmail, try db.exists("users", "user_email", email) {
                throw StoreError(.conflict, "A user with email '\(email)' already exists.", field: "user_email")
            }
            var assignments = SQLiteAssignments()
            assignments.set("user_email", ifGiven: patch.userEmail)
            assignments.set("user_alias", ifGiven: patch.userAlias)
            if let role = patch.userRole { assignments.set("user_role", role.rawValue) }
            try assignments.apply(patch.limits)
            assignments.set("updated_at", time.timeIntervalSince1970)
            try db.execute(
                sql: "UPDATE users SET \(assignments.clauses.joined(separator: ", ")) WHERE user_id = ?",
                arguments: assignments.arguments + [id]
            )
            guard let user = try Self.fetchUser(db, where: "user_id = ?", id) else {
                throw StoreError(.notFound, "User '\(id)' not found.", field: "user_id")
            }
            return user
        }
    }

    public func deleteUsers(ids: [String]) async throws -> [String] {
        try await write { db in
            for id in ids where try !db.exists("users", "user_id", id) {
                throw StoreError(.notFound, "User '\(id)' not found. Nothing was deleted.", field: "user_ids")
            }
            for id in ids {
                try db.execute(sql: "DELETE FROM keys WHERE user_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM team_members WHERE user_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM users WHERE user_id = ?", arguments: [id])
            }
            return ids
        }
    }

    /// Creates a bare `internal_user` row for `userId` unless one exists, as LiteLLM does when a key or team names a new user.
    static func ensureUser(_ userId: String, email: String?, at time: Date, _ db: Database) throws {
        guard try !db.exists("users", "user_id", userId) else { return }
        if let email, try db.exists("users", "user_email", email) {
            throw StoreError(.conflict, "A user with email '\(email)' already exists.", field: "user_email")
        }
        try insertUser(UserRecord(userId: userId, userEmail: email, createdAt: time, updatedAt: time), db)
    }

    static func insertUser(_ user: UserRecord, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO users (user_id, user_email, user_alias, user_role, created_at, updated_at, \(SQLiteValues.limitColumns))
                VALUES (\(SQLiteValues.placeholders(15)))
                """,
            arguments: [
                user.userId, user.userEmail, user.userAlias, user.userRole.rawValue, user.createdAt.timeIntervalSince1970,
                user.updatedAt.timeIntervalSince1970,
            ] + SQLiteValues.limitArguments(user.limits)
        )
    }

    static func fetchUser(_ db: Database, where condition: String, _ value: String) throws -> UserRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM users WHERE \(condition)", arguments: [value]) else { return nil }
        return try userRecord(row, db)
    }

    static func userRecord(_ row: Row, _ db: Database) throws -> UserRecord {
        let userId: String = row["user_id"]
        let teams = try String.fetchAll(db, sql: "SELECT team_id FROM team_members WHERE user_id = ? ORDER BY team_id", arguments: [userId])
        return UserRecord(
            userId: userId,
            userEmail: row["user_email"],
            userAlias: row["user_alias"],
            userRole: UserRole(rawValue: row["user_role"]) ?? .internalUser,
            limits: SQLiteValues.limits(row),
            teams: teams,
            createdAt: SQLiteValues.requiredDate(row, "created_at"),
            updatedAt: SQLiteValues.requiredDate(row, "updated_at")
        )
    }
}
