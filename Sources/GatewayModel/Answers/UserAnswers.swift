import Foundation

/// A user as a client reads it from any answer that carries one: its id and the fields a listing shows, each
/// optional. The names are `UserRecord`'s and `BudgetLimits`'s own.
public struct UserSummary: Decodable, Sendable, Equatable {
    public var userId: String
    public var userEmail: String?
    public var userRole: String?
    public var spend: Double?
    public var maxBudget: Double?
    public var teams: [String]?

    public init(from decoder: any Decoder) throws {
        let user = try decoder.container(keyedBy: UserRecord.CodingKeys.self)
        let limits = try decoder.container(keyedBy: BudgetLimits.CodingKeys.self)
        userId = try user.decode(String.self, forKey: .userId)
        userEmail = try user.decodeIfPresent(String.self, forKey: .userEmail)
        userRole = try user.decodeIfPresent(String.self, forKey: .userRole)
        spend = try limits.decodeIfPresent(Double.self, forKey: .spend)
        maxBudget = try limits.decodeIfPresent(Double.self, forKey: .maxBudget)
        teams = try user.decodeIfPresent([String].self, forKey: .teams)
    }
}

/// `GET /user/info`: the user, its keys and its teams.
public struct UserInfoAnswer<User: Sendable, Key: Sendable, Team: Sendable>: Sendable {
    public var userId: String?
    public var userInfo: User
    public var keys: [Key]?
    public var teams: [Team]?

    public init(userId: String, userInfo: User, keys: [Key], teams: [Team]) {
        self.userId = userId
        self.userInfo = userInfo
        self.keys = keys
        self.teams = teams
    }

    enum CodingKeys: String, CodingKey {
        case userId = "user_id"
        case userInfo = "user_info"
        case keys, teams
    }
}

extension UserInfoAnswer: Encodable where User: Encodable, Key: Encodable, Team: Encodable {}
extension UserInfoAnswer: Decodable where User: Decodable, Key: Decodable, Team: Decodable {}

/// `GET /user/list` as a client reads it.
public struct UserPage<User: Decodable & Sendable>: Decodable, Sendable {
    public var page: PagedAnswer<User>

    public init(from decoder: any Decoder) throws {
        page = try .decode(from: decoder, itemsField: ListedItems.users)
    }
}

/// The fields `POST /user/new` adds to the user's own: its first key (null when none was made) and that key's name,
/// digest and expiry.
public struct NewUserKey: Codable, Sendable {
    public var key: String?
    public var keyName: String?
    public var tokenId: String?
    public var expires: Date?

    public init(_ key: KeyRecord?, secret: String?) {
        self.key = secret
        keyName = key?.keyName
        tokenId = key?.token
        expires = key?.expires
    }

    enum CodingKeys: String, CodingKey {
        case key, expires
        case keyName = "key_name"
        case tokenId = "token_id"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        guard tokenId != nil else { return }
        try container.encode(keyName, forKey: .keyName)
        try container.encode(tokenId, forKey: .tokenId)
        try container.encode(expires, forKey: .expires)
    }
}

/// `POST /user/new` as a client reads it: the user's id and its first key, if one was made.
public struct CreatedUser: Decodable, Sendable {
    public var userId: String
    public var key: String?

    public init(from decoder: any Decoder) throws {
        userId = try decoder.container(keyedBy: UserRecord.CodingKeys.self).decode(String.self, forKey: .userId)
        key = try decoder.container(keyedBy: NewUserKey.CodingKeys.self).decodeIfPresent(String.self, forKey: .key)
    }
}
