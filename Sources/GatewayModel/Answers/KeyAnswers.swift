import Foundation

/// A key as a client reads it from any answer that carries one: its token and the fields a listing shows, each
/// optional (a LiteLLM proxy may leave one out or send null). The names are `KeyRecord`'s and `BudgetLimits`'s own,
/// so the server and its clients cannot disagree on them.
public struct KeySummary: Decodable, Sendable, Equatable {
    public var token: String
    public var keyAlias: String?
    public var userId: String?
    public var teamId: String?
    public var models: [String]?
    public var spend: Double?
    public var maxBudget: Double?
    /// As the server wrote it.
    public var expires: String?
    public var blocked: Bool?

    public init(from decoder: any Decoder) throws {
        let key = try decoder.container(keyedBy: KeyRecord.CodingKeys.self)
        let limits = try decoder.container(keyedBy: BudgetLimits.CodingKeys.self)
        token = try key.decode(String.self, forKey: .token)
        keyAlias = try key.decodeIfPresent(String.self, forKey: .keyAlias)
        userId = try key.decodeIfPresent(String.self, forKey: .userId)
        teamId = try key.decodeIfPresent(String.self, forKey: .teamId)
        models = try limits.decodeIfPresent([String].self, forKey: .models)
        spend = try limits.decodeIfPresent(Double.self, forKey: .spend)
        maxBudget = try limits.decodeIfPresent(Double.self, forKey: .maxBudget)
        expires = try key.decodeIfPresent(String.self, forKey: .expires)
        blocked = try key.decodeIfPresent(Bool.self, forKey: .blocked)
    }
}

/// `GET /key/info`: the key as it was asked for, and its fields.
public struct KeyInfoAnswer<Key: Sendable>: Sendable {
    public var key: String
    public var info: Key

    public init(key: String, info: Key) {
        self.key = key
        self.info = info
    }

    enum CodingKeys: String, CodingKey {
        case key, info
    }
}

extension KeyInfoAnswer: Encodable where Key: Encodable {}
extension KeyInfoAnswer: Decodable where Key: Decodable {}

/// `GET /key/list`: one page of keys (tokens, or whole keys with `return_full_object`) and where it lies.
public struct KeyPage<Key: Sendable>: Sendable {
    public var keys: [Key]
    public var totalCount: Int?
    public var currentPage: Int?
    public var totalPages: Int?

    public init(keys: [Key], totalCount: Int, currentPage: Int, totalPages: Int) {
        self.keys = keys
        self.totalCount = totalCount
        self.currentPage = currentPage
        self.totalPages = totalPages
    }

    enum CodingKeys: String, CodingKey {
        case keys
        case totalCount = "total_count"
        case currentPage = "current_page"
        case totalPages = "total_pages"
    }
}

extension KeyPage: Encodable where Key: Encodable {}
extension KeyPage: Decodable where Key: Decodable {}

/// The fields an answer that carries a new secret adds to the key's own: the secret (shown this once) and the
/// digest it is known by from now on.
public struct NewKeySecret: Codable, Sendable {
    public var key: String
    public var tokenId: String?

    public init(key: String, tokenId: String?) {
        self.key = key
        self.tokenId = tokenId
    }

    enum CodingKeys: String, CodingKey {
        case key
        case tokenId = "token_id"
    }
}

/// `POST /key/generate` and `/key/regenerate` as a server answers them: the key's fields but its token, and the
/// new secret.
public struct NewKeyAnswer: Encodable, Sendable {
    public let record: KeyRecord
    public let secret: NewKeySecret

    public init(_ record: KeyRecord, secret: String) {
        self.record = record
        self.secret = NewKeySecret(key: secret, tokenId: record.token)
    }

    public func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder, includingToken: false)
        try secret.encode(to: encoder)
    }
}

/// `POST /key/generate` and `/key/regenerate` as a client reads them: the new secret and what it prints beside it.
public struct GeneratedKey: Decodable, Sendable {
    public var secret: NewKeySecret
    public var expires: String?
    public var keyAlias: String?

    public init(from decoder: any Decoder) throws {
        secret = try NewKeySecret(from: decoder)
        let key = try decoder.container(keyedBy: KeyRecord.CodingKeys.self)
        expires = try key.decodeIfPresent(String.self, forKey: .expires)
        keyAlias = try key.decodeIfPresent(String.self, forKey: .keyAlias)
    }
}
