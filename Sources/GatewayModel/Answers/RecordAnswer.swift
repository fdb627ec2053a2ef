import Foundation

/// A record's JSON object with more fields beside its own, encoded in one pass: how the management API answers in
/// LiteLLM's shape (`key` beside a key's fields, `user` beside a listed key) without restating the record's columns.
public struct RecordAnswer<Record: Encodable & Sendable, Extra: Encodable & Sendable>: Encodable, Sendable {
    public let record: Record
    public let extra: Extra

    public init(_ record: Record, _ extra: Extra) {
        self.record = record
        self.extra = extra
    }

    public func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        try extra.encode(to: encoder)
    }
}

/// The answer of a delete: what was deleted, under the name its resource uses (`deleted_keys`, …). Ids are kept as
/// JSON values, since a LiteLLM proxy may list whole objects there.
public struct Deleted<Resource: DeletedResource>: Codable, Sendable {
    public var items: [JSONValue]

    public init(_ ids: [String]) {
        items = ids.map(JSONValue.string)
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.encode(items, forKey: FieldKey(Resource.deletedField))
    }

    public init(from decoder: any Decoder) throws {
        items = try decoder.container(keyedBy: FieldKey.self).decode([JSONValue].self, forKey: FieldKey(Resource.deletedField))
    }
}

/// A resource a delete answer names: where its list of deleted ids goes.
public protocol DeletedResource: Sendable {
    static var deletedField: String { get }
}

/// Keys, as `POST /key/delete` answers them.
public enum DeletedKeys: DeletedResource { public static let deletedField = "deleted_keys" }
/// Users, as `POST /user/delete` answers them.
public enum DeletedUsers: DeletedResource { public static let deletedField = "deleted_users" }
/// Teams, as `POST /team/delete` answers them.
public enum DeletedTeams: DeletedResource { public static let deletedField = "deleted_teams" }
