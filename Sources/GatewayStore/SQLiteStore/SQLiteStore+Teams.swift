import Foundation
import GRDB
import GatewayModel

extension SQLiteStore {
    public func createTeam(_ team: TeamRecord) async throws {
        try await write { db in
            if try db.exists("teams", "team_id", team.teamId) {
                throw StoreError(.conflict, "Team '\(team.teamId)' already exists.", field: "team_id")
            }
            try db.execute(
                sql: """
                    INSERT INTO teams (team_id, team_alias, blocked, created_at, updated_at, \(SQLiteValues.limitColumns))
                    VALUES (\(SQLiteValues.placeholders(14)))
                    """,
                arguments: [
                    team.teamId, team.teamAlias, team.blocked, team.createdAt.timeIntervalSince1970, team.updatedAt.timeIntervalSince1970,
                ] + SQLiteValues.limitArguments(team.limits)
            )
            try Self.insertMembers(team.membersWithRoles, teamId: team.teamId, at: team.createdAt, db)
        }
    }

    public func team(id: String) async throws -> TeamRecord? {
        try await read { db in try Self.fetchTeam(db, id) }
    }

    public func listTeams(_ query: TeamQuery) async throws -> Page<TeamRecord> {
        try await read { db in
            let (rows, total) = try Self.listRows(db, table: "teams", query.conditions, query.order, query.page)
            return Page(items: try rows.map { try Self.teamRecord($0, db) }, total: total)
        }
    }

    public func updateTeam(id: String, _ patch: TeamPatch, at time: Date) async throws -> TeamRecord {
        try await write { db in
            _ = try Self.requireTeam(db, id)
            var assignments = SQLiteAssignments()
            assignments.set("team_alias", ifGiven: patch.teamAlias)
            try assignments.apply(patch.limits)
            if let blocked = patch.blocked { assignments.set("blocked", blocked) }
            assignments.set("updated_at", time.timeIntervalSince1970)
            try db.execute(
                sql: "UPDATE teams SET \(assignments.clauses.joined(separator: ", ")) WHERE team_id = ?",
                arguments: assignments.arguments + [id]
            )
            return try Self.requireTeam(db, id)
        }
    }

    public func deleteTeams(ids: [String]) async throws -> [String] {
        try await write { db in
            for id in ids where try !db.exists("teams", "team_id", id) {
                throw StoreError(.notFound, "Team '\(id)' not found. Nothing was deleted.", field: "team_ids")
            }
            for id in ids {
                try db.execute(sql: "DELETE FROM keys WHERE team_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM team_members WHERE team_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM teams WHERE team_id = ?", arguments: [id])
            }
            return ids
        }
    }

    public func addTeamMembers(teamId: String, _ members: [TeamMember], at time: Date) async throws -> TeamRecord {
        try await write { db in
            _ = try Self.requireTeam(db, teamId)
            try Self.insertMembers(members, teamId: teamId, at: time, db)
            try db.execute(sql: "UPDATE teams SET updated_at = ? WHERE team_id = ?", arguments: [time.timeIntervalSince1970, teamId])
            return try Self.requireTeam(db, teamId)
        }
    }

    public func removeTeamMember(teamId: String, userId: String, at time: Date) async throws -> TeamRecord {
        try await write { db in
            _ = try Self.requireTeam(db, teamId)
            try db.execute(sql: "DELETE FROM team_members WHERE team_id = ? AND user_id = ?", arguments: [teamId, userId])
            guard db.changesCount > 0 else {
                throw StoreError(.notFound, "User '\(userId)' is not a member of team '\(teamId)'.", field: "user_id")
            }
            try db.execute(sql: "UPDATE teams SET updated_at = ? WHERE team_id = ?", arguments: [time.timeIntervalSince1970, teamId])
            return try Self.requireTeam(db, teamId)
        }
    }

    static func insertMembers(_ members: [TeamMember], teamId: String, at time: Date, _ db: Database) throws {
        var seen = Set<String>()
        for member in members {
            guard seen.insert(member.userId).inserted else {
                throw StoreError(.conflict, "User '\(member.userId)' is listed twice.", field: "member")
            }
            try ensureUser(member.userId, email: member.userEmail, at: time, db)
            let isMember = try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS(SELECT 1 FROM team_members WHERE team_id = ? AND user_id = ?)",
                arguments: [teamId, member.userId]
            )
            if isMember == true {
                throw StoreError(.conflict, "User '\(member.userId)' is already a member of team '\(teamId)'.", field: "member")
            }
            try db.execute(
                sql: "INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, ?)",
                arguments: [teamId, member.userId, member.role.rawValue]
            )
        }
    }

    static func requireTeam(_ db: Database, _ id: String) throws -> TeamRecord {
        guard let team = try fetchTeam(db, id) else {
            throw StoreError(.notFound, "Team '\(id)' not found.", field: "team_id")
        }
        return team
    }

    static func fetchTeam(_ db: Database, _ id: String) throws -> TeamRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM teams WHERE team_id = ?", arguments: [id]) else { return nil }
        return try teamRecord(row, db)
    }

    static func teamRecord(_ row: Row, _ db: Database) throws -> TeamRecord {
        let teamId: String = row["team_id"]
        let members = try Row.fetchAll(
            db,
            sql: """
                SELECT m.user_id, m.role, u.user_email FROM team_members m
                LEFT JOIN users u ON u.user_id = m.user_id WHERE m.team_id = ? ORDER BY m.user_id
                """,
            arguments: [teamId]
        ).map { member in
            TeamMember(userId: member["user_id"], userEmail: member["user_email"], role: TeamRole(rawValue: member["role"]) ?? .user)
        }
        return TeamRecord(
            teamId: teamId,
            teamAlias: row["team_alias"],
            limits: SQLiteValues.limits(row),
            blocked: row["blocked"],
            membersWithRoles: members,
            createdAt: SQLiteValues.requiredDate(row, "created_at"),
            updatedAt: SQLiteValues.requiredDate(row, "updated_at")
        )
    }
}
