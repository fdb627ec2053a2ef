import Foundation

/// A team as a client reads it from any answer that carries one: its id and the fields a listing shows, each
/// optional. The names are `TeamRecord`'s, `TeamMember`'s and `BudgetLimits`'s own.
public struct TeamSummary: Decodable, Sendable, Equatable {
    public var teamId: String
    public var teamAlias: String?
    public var models: [String]?
    public var spend: Double?
    public var maxBudget: Double?
    public var blocked: Bool?
    public var members: [Member]?

    /// A member as a listing shows it.
    public struct Member: Decodable, Sendable, Equatable {
        public var userId: String?
        public var role: String?

        public init(from decoder: any Decoder) throws {
            let member = try decoder.container(keyedBy: TeamMember.CodingKeys.self)
            userId = try member.decodeIfPresent(String.self, forKey: .userId)
            role = try member.decodeIfPresent(String.self, forKey: .role)
        }
    }

    public init(from decoder: any Decoder) throws {
        let team = try decoder.container(keyedBy: TeamRecord.CodingKeys.self)
        let limits = try decoder.container(keyedBy: BudgetLimits.CodingKeys.self)
        teamId = try team.decode(String.self, forKey: .teamId)
        teamAlias = try team.decodeIfPresent(String.self, forKey: .teamAlias)
        models = try limits.decodeIfPresent([String].self, forKey: .models)
        spend = try limits.decodeIfPresent(Double.self, forKey: .spend)
        maxBudget = try limits.decodeIfPresent(Double.self, forKey: .maxBudget)
        blocked = try team.decodeIfPresent(Bool.self, forKey: .blocked)
        members = try team.decodeIfPresent([Member].self, forKey: .membersWithRoles)
    }
}

/// `GET /team/info`: the team and its keys.
public struct TeamInfoAnswer<Team: Sendable, Key: Sendable>: Sendable {
    public var teamId: String?
    public var teamInfo: Team
    public var keys: [Key]?

    public init(teamId: String, teamInfo: Team, keys: [Key]) {
        self.teamId = teamId
        self.teamInfo = teamInfo
        self.keys = keys
    }

    enum CodingKeys: String, CodingKey {
        case teamId = "team_id"
        case teamInfo = "team_info"
        case keys
    }
}

extension TeamInfoAnswer: Encodable where Team: Encodable, Key: Encodable {}
extension TeamInfoAnswer: Decodable where Team: Decodable, Key: Decodable {}
