import Foundation
import GatewayModel
import PostgresNIO

extension PostgresStore {
    public func createUser(_ user: UserRecord, teams: [String], firstKey: KeyRecord?) async throws {
        try await write { connection in
            if try await connection.exists("users", "user_id", user.userId) {
                throw StoreError(.conflict, "User '\(user.userId)' already exists.", field: "user_id")
            }
            if let email = user.userEmail, try await connection.exists("users", "user_email", email) {
                throw StoreError(.conflict, "A user with email '\(email)' already exists.", field: "user_email")
            }
            try await Self.insertUser(user, connection)
            for teamId in teams {
                guard try await connection.exists("teams", "team_id", teamId) else {
                    throw StoreError(.notFound, "Team '\(teamId)' not found.", field: "teams")
                }
                try await Self.insertMembership(teamId: teamId, userId: user.userId, role: .user, connection)
            }
            if let firstKey {
                try await Self.insertKey(firstKey, connection)
            }
        }
    }

    public func user(id: String) async throws -> UserRecord? {
        try await read { connection in try await Self.fetchUser(connection, column: "user_id", id) }
    }

    public func user(email: String) async throws -> UserRecord? {
        try await read { connection in try await Self.fetchUser(connection, column: "user_email", email) }
    }

    public func listUsers(_ query: UserQuery) async throws -> Page<UserRecord> {
        try await read { connection in
            let (rows, total) = try await connection.listRows(table: "users", query.conditions, query.order, query.page)
            var users: [UserRecord] = []
            for row in rows {
                users.append(try await Self.userRecord(row, connection))
            }
            return Page(items: users, total: total)
        }
    }

    public func updateUser(id: String, _ patch: UserPatch, at time: Date) async throws -> UserRecord {
        try await write { connection in
            guard let current = try await Self.fetchUser(connection, column: "user_id", id) else {
                throw StoreError(.notFound, "User '\(id)' not found.", field: "user_id")
            }
            if case .some(.some(let email)) = patch.userEmail, email != current.userEmail,
                try await connection.exists("users", "user_email", email)
            {
                throw StoreError(.conflict, "A user with email '\(email)' already exists.", field: "user_email")
            }
            var assignments = PostgresAssignments()
            try assignments.set("user_email", ifGiven: patch.userEmail)
            try assignments.set("user_alias", ifGiven: patch.userAlias)
            if let role = patch.userRole { try assignments.set("user_role", role.rawValue) }
            try assignments.apply(patch.limits)
            try assignments.set("updated_at", time)
            try await connection.run(try assignments.update("users", where: "user_id", equals: id))
            guard let user = try await Self.fetchUser(connection, column: "user_id", id) else {
                throw StoreError(.notFound, "User '\(id)' not found.", field: "user_id")
            }
            return user
        }
    }

    public func deleteUsers(ids: [String]) async throws -> [String] {
        try await write { connection in
            for id in ids where try await !connection.exists("users", "user_id", id) {
                throw StoreError(.notFound, "User '\(id)' not found. Nothing was deleted.", field: "user_ids")
            }
            for id in ids {
                for table in ["keys", "team_members", "users"] {
                    var statement = PostgresStatement()
                    statement.append("DELETE FROM \(table) WHERE user_id = \(try statement.bind(id))")
                    try await connection.run(statement)
                }
            }
            return ids
        }
    }

    /// Creates a bare `internal_user` row for `userId` unless one exists, as LiteLLM does when a key or team names a new user.
    static func ensureUser(_ userId: String, email: String?, at time: Date, _ connection: PostgresConnection) async throws {
        guard try await !connection.exists("users", "user_id", userId) else { return }
        if let email, try await connection.exists("users", "user_email", email) {
            throw StoreError(.conflict, "A user with email '\(email)' already exists.", field: "user_email")
        }
        try await insertUser(UserRecord(userId: userId, userEmail: email, createdAt: time, updatedAt: time), connection)
    }

    static func insertUser(_ user: UserRecord, _ connection: PostgresConnection) async throws {
        var statement = PostgresStatement()
        let values = [
            try statement.bind(user.userId), try statement.bind(user.userEmail), try statement.bind(user.userAlias),
            try statement.bind(user.userRole.rawValue), try statement.bind(user.createdAt), try statement.bind(user.updatedAt),
            try PostgresValues.bindLimits(user.limits, into: &statement),
        ]
        statement.append(
            "INSERT INTO users (user_id, user_email, user_alias, user_role, created_at, updated_at, \(PostgresValues.limitColumns)) "
                + "VALUES (\(values.joined(separator: ", ")))"
        )
        try await connection.run(statement)
    }

    static func insertMembership(teamId: String, userId: String, role: TeamRole, _ connection: PostgresConnection) async throws {
        var statement = PostgresStatement()
        statement.append(
            "INSERT INTO team_members (team_id, user_id, role) VALUES (\(try statement.bind(teamId)), \(try statement.bind(userId)), "
                + "\(try statement.bind(role.rawValue)))"
        )
        try await connection.run(statement)
    }

    static func fetchUser(_ connection: PostgresConnection, column: String, _ value: String) async throws -> UserRecord? {
        var statement = PostgresStatement()
        statement.append("SELECT * FROM users WHERE \(column) = \(try statement.bind(value))")
        guard let row = try await connection.rows(statement).first else { return nil }
        return try await userRecord(row, connection)
    }

    static func userRecord(_ row: PostgresRandomAccessRow, _ connection: PostgresConnection) async throws -> UserRecord {
        let userId = try row["user_id"].decode(String.self)
        var teams = PostgresStatement()
        teams.append("SELECT team_id FROM team_members WHERE user_id = \(try teams.bind(userId)) ORDER BY team_id")
        return UserRecord(
            userId: userId,
            userEmail: try row["user_email"].decode(String?.self),
            userAlias: try row["user_alias"].decode(String?.self),
            userRole: UserRole(rawValue: try row["user_role"].decode(String.self)) ?? .internalUser,
            limits: try PostgresValues.limits(row),
            teams: try await connection.rows(teams).map { try $0[0].decode(String.self) },
            createdAt: try row["created_at"].decode(Date.self),
            updatedAt: try row["updated_at"].decode(Date.self)
        )
    }
}
