import Foundation
import GatewayModel

extension SQLStore {
    public func createTeam(_ team: TeamRecord) async throws {
        try await write { session in
            if try await session.exists("teams", "team_id", team.teamId) {
                throw StoreError(.conflict, "Team '\(team.teamId)' already exists.", field: "team_id")
            }
            try await session.run(
                """
                INSERT INTO teams (team_id, team_alias, blocked, created_at, updated_at, \(raw: RecordColumns.limits)) \
                VALUES (\(team.teamId), \(team.teamAlias), \(team.blocked), \(team.createdAt), \(team.updatedAt), \
                \(try RecordColumns.limitValues(team.limits)))
                """
            )
            try await Self.insertMembers(team.membersWithRoles, teamId: team.teamId, at: team.createdAt, session)
        }
    }

    public func team(id: String) async throws -> TeamRecord? {
        try await read { session in try await Self.fetchTeam(session, id) }
    }

    public func listTeams(_ query: TeamQuery) async throws -> Page<TeamRecord> {
        try await read { session in
            let (rows, total) = try await session.listRows(table: "teams", query.conditions, query.order, query.page)
            var teams: [TeamRecord] = []
            for row in rows {
                teams.append(try await Self.teamRecord(row, session))
            }
            return Page(items: teams, total: total)
        }
    }

    public func updateTeam(id: String, _ patch: TeamPatch, at time: Date) async throws -> TeamRecord {
        try await write { session in
            _ = try await Self.requireTeam(session, id)
            var assignments = SQLAssignments()
            assignments.set("team_alias", ifGiven: patch.teamAlias)
            try assignments.apply(patch.limits)
            if let blocked = patch.blocked { assignments.set("blocked", blocked) }
            assignments.set("updated_at", time)
            try await session.run(assignments.update("teams", where: "team_id", equals: id))
            return try await Self.requireTeam(session, id)
        }
    }

    public func deleteTeams(ids: [String]) async throws -> [String] {
        try await write { session in
            for id in ids where try await !session.exists("teams", "team_id", id) {
                throw StoreError.teamNotFound(id, field: "team_ids", nothingDeleted: true)
            }
            for id in ids {
                for table in ["keys", "team_members", "teams"] {
                    try await session.run("DELETE FROM \(raw: table) WHERE team_id = \(id)")
                }
            }
            return ids
        }
    }

    public func addTeamMembers(teamId: String, _ members: [TeamMember], at time: Date) async throws -> TeamRecord {
        try await write { session in
            _ = try await Self.requireTeam(session, teamId)
            try await Self.insertMembers(members, teamId: teamId, at: time, session)
            try await session.run("UPDATE teams SET updated_at = \(time) WHERE team_id = \(teamId)")
            return try await Self.requireTeam(session, teamId)
        }
    }

    public func removeTeamMember(teamId: String, userId: String, at time: Date) async throws -> TeamRecord {
        try await write { session in
            _ = try await Self.requireTeam(session, teamId)
            guard try await session.run("DELETE FROM team_members WHERE team_id = \(teamId) AND user_id = \(userId) RETURNING 1") > 0 else {
                throw StoreError(.notFound, "User '\(userId)' is not a member of team '\(teamId)'.", field: "user_id")
            }
            try await session.run("UPDATE teams SET updated_at = \(time) WHERE team_id = \(teamId)")
            return try await Self.requireTeam(session, teamId)
        }
    }

    static func insertMembers(_ members: [TeamMember], teamId: String, at time: Date, _ session: any StoreSession) async throws {
        var seen = Set<String>()
        for member in members {
            guard seen.insert(member.userId).inserted else {
                throw StoreError(.conflict, "User '\(member.userId)' is listed twice.", field: "member")
            }
            try await ensureUser(member.userId, email: member.userEmail, at: time, session)
            if try await session.firstRow("SELECT 1 AS found FROM team_members WHERE team_id = \(teamId) AND user_id = \(member.userId)") != nil {
                throw StoreError(.conflict, "User '\(member.userId)' is already a member of team '\(teamId)'.", field: "member")
            }
            try await insertMembership(teamId: teamId, userId: member.userId, role: member.role, session)
        }
    }

    static func requireTeam(_ session: any StoreSession, _ id: String) async throws -> TeamRecord {
        guard let team = try await fetchTeam(session, id) else { throw StoreError.teamNotFound(id) }
        return team
    }

    static func fetchTeam(_ session: any StoreSession, _ id: String) async throws -> TeamRecord? {
        guard let row = try await session.firstRow("SELECT * FROM teams WHERE team_id = \(id)") else { return nil }
        return try await teamRecord(row, session)
    }

    static func teamRecord(_ row: StoreRow, _ session: any StoreSession) async throws -> TeamRecord {
        let teamId: String = try row.get("team_id")
        let members = try await session.rows(
            """
            SELECT m.user_id, m.role, u.user_email FROM team_members m LEFT JOIN users u ON u.user_id = m.user_id \
            WHERE m.team_id = \(teamId) ORDER BY m.user_id
            """
        )
        return try RecordColumns.team(row, members: try members.map(RecordColumns.member))
    }
}
