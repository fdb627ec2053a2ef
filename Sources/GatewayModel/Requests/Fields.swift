import Foundation

/// A coding key made from any field name, so request types can share field-decoding helpers.
public struct FieldKey: CodingKey, Sendable {
    public let stringValue: String
    public let intValue: Int?

    public init(_ name: String) {
        self.stringValue = name
        self.intValue = nil
    }

    public init?(stringValue: String) {
        self.init(stringValue)
    }

    public init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// The top level of a request body, read field by field.
public typealias RequestFields = KeyedDecodingContainer<FieldKey>

extension KeyedDecodingContainer where Key == FieldKey {
    /// The field's value, nil when absent or `null`.
    public func optional<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T? {
        try decodeIfPresent(T.self, forKey: FieldKey(name))
    }

    /// The field's value; a 400 naming it when absent or `null`.
    public func required<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let value = try decodeIfPresent(T.self, forKey: FieldKey(name)) else {
            throw GatewayError.badRequest("Missing required field '\(name)'.", param: name)
        }
        return value
    }

    /// An update of the field: absent → nil, `null` → `.some(nil)`, value → `.some(value)`.
    public func update<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T?? {
        try decodeUpdate(T.self, forKey: FieldKey(name))
    }

    /// An amount of money, as budgets and spend are: within `NumberRange.money`.
    public func nonNegativeUpdate(_ name: String) throws -> Double?? {
        let value = try update(name, as: Double.self)
        if case .some(.some(let number)) = value, !number.isFinite || !NumberRange.money.contains(number) {
            throw GatewayError.badRequest("Field '\(name)' must be \(NumberRange.describe(NumberRange.money)), got \(number).", param: name)
        }
        return value
    }

    /// A non-negative whole number, as rate and parallelism limits are.
    public func limitUpdate(_ name: String) throws -> Int?? {
        let value = try update(name, as: Int.self)
        if case .some(.some(let number)) = value, !NumberRange.count.contains(Double(number)) {
            throw GatewayError.badRequest(
                "Field '\(name)' must be \(NumberRange.describe(NumberRange.count, whole: true)), got \(number).",
                param: name
            )
        }
        return value
    }

    /// A duration such as `30d`; a 400 naming the field when it does not parse.
    public func durationUpdate(_ name: String) throws -> DurationSpec?? {
        switch try update(name, as: String.self) {
        case .none: return nil
        case .some(.none): return .some(nil)
        case .some(.some(let text)): return .some(try DurationSpec.parse(text, field: name))
        }
    }

    /// A list of model names; each must be a non-empty string.
    public func modelsUpdate(_ name: String = "models") throws -> [String]? {
        guard let models = try optional(name, as: [String].self) else { return nil }
        if let index = models.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw GatewayError.badRequest("Field '\(name)[\(index)]' must be a non-empty model name.", param: name)
        }
        return models
    }

    /// Model aliases, `{"alias": "model name"}`: both sides non-empty; `null` and absent are nil.
    public func modelAliases(_ name: String = "aliases") throws -> [String: String]? {
        guard let aliases = try optional(name, as: [String: String].self) else { return nil }
        if let (alias, model) = aliases.sorted(by: { $0.key < $1.key }).first(where: { $0.key.isEmpty || $0.value.isEmpty }) {
            throw GatewayError.badRequest("Field '\(name).\(alias)' must map a non-empty alias to a model name, got '\(model)'.", param: name)
        }
        return aliases
    }

    /// A non-empty identifier, such as `user_id` or `team_id`.
    public func identifier(_ name: String) throws -> String? {
        guard let value = try optional(name, as: String.self) else { return nil }
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw GatewayError.badRequest("Field '\(name)' must not be empty.", param: name)
        }
        return value
    }
}

/// The top level of a request body as a client writes it: the same field names the server reads above.
public typealias RequestFieldsWriter = KeyedEncodingContainer<FieldKey>

extension KeyedEncodingContainer where Key == FieldKey {
    /// Writes the field when it has a value; nil leaves it out.
    public mutating func field<T: Encodable>(_ name: String, _ value: T?) throws {
        if let value { try encode(value, forKey: FieldKey(name)) }
    }

    /// Writes an update: nil leaves the field out, `.some(nil)` sends `null` (clear it), a value sends the value.
    public mutating func update<T: Encodable>(_ name: String, _ value: T??) throws {
        switch value {
        case .none: break
        case .some(.none): try encodeNil(forKey: FieldKey(name))
        case .some(.some(let value)): try encode(value, forKey: FieldKey(name))
        }
    }
}
