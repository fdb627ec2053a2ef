import Foundation
import GatewayModel

extension SQLStore {
    public func createUser(_ user: UserRecord, teams: [String], firstKey: KeyRecord?) async throws {
        try await write { session in
            if try await session.exists("users", "user_id", user.userId) {
                throw StoreError(.conflict, "User '\(user.userId)' already exists.", field: "user_id")
            }
            if let email = user.userEmail, try await session.exists("users", "user_email", email) {
                throw StoreError.emailTaken(email)
            }
            try await Self.insertUser(user, session)
            for teamId in teams {
                guard try await session.exists("teams", "team_id", teamId) else { throw StoreError.teamNotFound(teamId, field: "teams") }
                try await Self.insertMembership(teamId: teamId, userId: user.userId, role: .user, session)
            }
            if let firstKey {
                try await Self.insertKey(firstKey, session)
            }
        }
    }

    public func user(id: String) async throws -> UserRecord? {
        try await read { session in try await Self.fetchUser(session, "user_id", id) }
    }

    public func user(email: String) async throws -> UserRecord? {
        try await read { session in try await Self.fetchUser(session, "user_email", email) }
    }

    public func listUsers(_ query: UserQuery) async throws -> Page<UserRecord> {
        try await read { session in
            let (rows, total) = try await session.listRows(table: "users", query.conditions, query.order, query.page)
            var users: [UserRecord] = []
            for row in rows {
                users.append(try await Self.userRecord(row, session))
            }
            return Page(items: users, total: total)
        }
    }

    public func updateUser(id: String, _ patch: UserPatch, at time: Date) async throws -> UserRecord {
        try await write { session in
            guard let current = try await Self.fetchUser(session, "user_id", id) else { throw StoreError.userNotFound(id) }
            if case .some(.some(let email)) = patch.userEmail, email != current.userEmail,
                try await session.exists("users", "user_email", email)
            {
                throw StoreError.emailTaken(email)
            }
            var assignments = SQLAssignments()
            assignments.set("user_email", ifGiven: patch.userEmail)
            assignments.set("user_alias", ifGiven: patch.userAlias)
            if let role = patch.userRole { assignments.set("user_role", role.rawValue) }
            try assignments.apply(patch.limits)
            assignments.set("updated_at", time)
            try await session.run(assignments.update("users", where: "user_id", equals: id))
            guard let user = try await Self.fetchUser(session, "user_id", id) else { throw StoreError.userNotFound(id) }
            return user
        }
    }

    public func deleteUsers(ids: [String]) async throws -> [String] {
        try await write { session in
            for id in ids where try await !session.exists("users", "user_id", id) {
                throw StoreError.userNotFound(id, field: "user_ids", nothingDeleted: true)
            }
            for id in ids {
                for table in ["keys", "team_members", "users"] {
                    try await session.run("DELETE FROM \(raw: table) WHERE user_id = \(id)")
                }
            }
            return ids
        }
    }

    /// Creates a bare `internal_user` row for `userId` unless one exists, as LiteLLM does when a key or team names a new user.
    static func ensureUser(_ userId: String, email: String?, at time: Date, _ session: any StoreSession) async throws {
        guard try await !session.exists("users", "user_id", userId) else { return }
        if let email, try await session.exists("users", "user_email", email) {
            throw StoreError.emailTaken(email)
        }
        try await insertUser(UserRecord(userId: userId, userEmail: email, createdAt: time, updatedAt: time), session)
    }

    static func insertUser(_ user: UserRecord, _ session: any StoreSession) async throws {
        try await session.run(
            """
            INSERT INTO users (user_id, user_email, user_alias, user_role, created_at, updated_at, \(raw: RecordColumns.limits)) \
            VALUES (\(user.userId), \(user.userEmail), \(user.userAlias), \(user.userRole.rawValue), \(user.createdAt), \
            \(user.updatedAt), \(try RecordColumns.limitValues(user.limits)))
            """
        )
    }

    static func insertMembership(teamId: String, userId: String, role: TeamRole, _ session: any StoreSession) async throws {
        try await session.run("INSERT INTO team_members (team_id, user_id, role) VALUES (\(teamId), \(userId), \(role.rawValue))")
    }

    static func fetchUser(_ session: any StoreSession, _ column: String, _ value: String) async throws -> UserRecord? {
        guard let row = try await session.firstRow("SELECT * FROM users WHERE \(raw: column) = \(value)") else { return nil }
        return try await userRecord(row, session)
    }

    static func userRecord(_ row: StoreRow, _ session: any StoreSession) async throws -> UserRecord {
        let userId: String = try row.get("user_id")
        let teams = try await session.rows("SELECT team_id FROM team_members WHERE user_id = \(userId) ORDER BY team_id")
        return try RecordColumns.user(row, teams: try teams.map { try $0.get("team_id") })
    }
}
