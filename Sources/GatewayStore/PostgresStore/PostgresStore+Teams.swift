import Foundation
import GatewayModel
import PostgresNIO

extension PostgresStore {
    public func createTeam(_ team: TeamRecord) async throws {
        try await write { connection in
            if try await connection.exists("teams", "team_id", team.teamId) {
                throw StoreError(.conflict, "Team '\(team.teamId)' already exists.", field: "team_id")
            }
            var statement = PostgresStatement()
            let values = [
                try statement.bind(team.teamId), try statement.bind(team.teamAlias), try statement.bind(team.blocked),
                try statement.bind(team.createdAt), try statement.bind(team.updatedAt), try PostgresValues.bindLimits(team.limits, into: &statement),
            ]
            statement.append(
                "INSERT INTO teams (team_id, team_alias, blocked, created_at, updated_at, \(PostgresValues.limitColumns)) "
                    + "VALUES (\(values.joined(separator: ", ")))"
            )
            try await connection.run(statement)
            try await Self.insertMembers(team.membersWithRoles, teamId: team.teamId, at: team.createdAt, connection)
        }
    }

    public func team(id: String) async throws -> TeamRecord? {
        try await read { connection in try await Self.fetchTeam(connection, id) }
    }

    public func listTeams(_ query: TeamQuery) async throws -> Page<TeamRecord> {
        try await read { connection in
            let (rows, total) = try await connection.listRows(table: "teams", query.conditions, query.order, query.page)
            var teams: [TeamRecord] = []
            for row in rows {
                teams.append(try await Self.teamRecord(row, connection))
            }
            return Page(items: teams, total: total)
        }
    }

    public func updateTeam(id: String, _ patch: TeamPatch, at time: Date) async throws -> TeamRecord {
        try await write { connection in
            _ = try await Self.requireTeam(connection, id)
            var assignments = PostgresAssignments()
            try assignments.set("team_alias", ifGiven: patch.teamAlias)
            try assignments.apply(patch.limits)
            if let blocked = patch.blocked { try assignments.set("blocked", blocked) }
            try assignments.set("updated_at", time)
            try await connection.run(try assignments.update("teams", where: "team_id", equals: id))
            return try await Self.requireTeam(connection, id)
        }
    }

    public func deleteTeams(ids: [String]) async throws -> [String] {
        try await write { connection in
            for id in ids where try await !connection.exists("teams", "team_id", id) {
                throw StoreError(.notFound, "Team '\(id)' not found. Nothing was deleted.", field: "team_ids")
            }
            for id in ids {
                for table in ["keys", "team_members", "teams"] {
                    var statement = PostgresStatement()
                    statement.append("DELETE FROM \(table) WHERE team_id = \(try statement.bind(id))")
                    try await connection.run(statement)
                }
            }
            return ids
        }
    }

    public func addTeamMembers(teamId: String, _ members: [TeamMember], at time: Date) async throws -> TeamRecord {
        try await write { connection in
            _ = try await Self.requireTeam(connection, teamId)
            try await Self.insertMembers(members, teamId: teamId, at: time, connection)
            try await Self.touchTeam(teamId, at: time, connection)
            return try await Self.requireTeam(connection, teamId)
        }
    }

    public func removeTeamMember(teamId: String, userId: String, at time: Date) async throws -> TeamRecord {
        try await write { connection in
            _ = try await Self.requireTeam(connection, teamId)
            var statement = PostgresStatement()
            statement.append(
                "DELETE FROM team_members WHERE team_id = \(try statement.bind(teamId)) AND user_id = \(try statement.bind(userId)) RETURNING 1"
            )
            guard try await connection.run(statement) > 0 else {
                throw StoreError(.notFound, "User '\(userId)' is not a member of team '\(teamId)'.", field: "user_id")
            }
            try await Self.touchTeam(teamId, at: time, connection)
            return try await Self.requireTeam(connection, teamId)
        }
    }

    static func touchTeam(_ teamId: String, at time: Date, _ connection: PostgresConnection) async throws {
        var statement = PostgresStatement()
        statement.append("UPDATE teams SET updated_at = \(try statement.bind(time)) WHERE team_id = \(try statement.bind(teamId))")
        try await connection.run(statement)
    }

    static func insertMembers(_ members: [TeamMember], teamId: String, at time: Date, _ connection: PostgresConnection) async throws {
        var seen = Set<String>()
        for member in members {
            guard seen.insert(member.userId).inserted else {
                throw StoreError(.conflict, "User '\(member.userId)' is listed twice.", field: "member")
            }
            try await ensureUser(member.userId, email: member.userEmail, at: time, connection)
            var check = PostgresStatement()
            check.append(
                "SELECT EXISTS(SELECT 1 FROM team_members WHERE team_id = \(try check.bind(teamId)) AND user_id = \(try check.bind(member.userId)))"
            )
            if try await connection.rows(check).first?[0].decode(Bool.self) == true {
                throw StoreError(.conflict, "User '\(member.userId)' is already a member of team '\(teamId)'.", field: "member")
            }
            try await insertMembership(teamId: teamId, userId: member.userId, role: member.role, connection)
        }
    }

    static func requireTeam(_ connection: PostgresConnection, _ id: String) async throws -> TeamRecord {
        guard let team = try await fetchTeam(connection, id) else {
            throw StoreError(.notFound, "Team '\(id)' not found.", field: "team_id")
        }
        return team
    }

    static func fetchTeam(_ connection: PostgresConnection, _ id: String) async throws -> TeamRecord? {
        var statement = PostgresStatement()
        statement.append("SELECT * FROM teams WHERE team_id = \(try statement.bind(id))")
        guard let row = try await connection.rows(statement).first else { return nil }
        return try await teamRecord(row, connection)
    }

    static func teamRecord(_ row: PostgresRandomAccessRow, _ connection: PostgresConnection) async throws -> TeamRecord {
        let teamId = try row["team_id"].decode(String.self)
        var members = PostgresStatement()
        members.append(
            "SELECT m.user_id, m.role, u.user_email FROM team_members m LEFT JOIN users u ON u.user_id = m.user_id "
                + "WHERE m.team_id = \(try members.bind(teamId)) ORDER BY m.user_id"
        )
        return TeamRecord(
            teamId: teamId,
            teamAlias: try row["team_alias"].decode(String?.self),
            limits: try PostgresValues.limits(row),
            blocked: try row["blocked"].decode(Bool.self),
            membersWithRoles: try await connection.rows(members).map { member in
                TeamMember(
                    userId: try member["user_id"].decode(String.self),
                    userEmail: try member["user_email"].decode(String?.self),
                    role: TeamRole(rawValue: try member["role"].decode(String.self)) ?? .user
                )
            },
            createdAt: try row["created_at"].decode(Date.self),
            updatedAt: try row["updated_at"].decode(Date.self)
        )
    }
}
