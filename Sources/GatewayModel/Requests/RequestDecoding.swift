import Foundation

/// A management request body: which top-level fields it takes, and which LiteLLM fields it tolerates but does not act on.
///
/// A field in neither set is refused with a 400 naming it, so a misspelt `max_budgt` never
/// creates a key without a budget.
public protocol ManagementRequest: Decodable {
    /// Fields this request acts on.
    static var acceptedFields: Set<String> { get }
    /// LiteLLM fields accepted only while they carry no value (`null`, `false`, `[]`, `{}`), because acting on them is not supported.
    static var inertFields: Set<String> { get }
}

extension ManagementRequest {
    public static var inertFields: Set<String> { [] }
}

/// Turns request bytes into a typed management request, or into a 400 that names the offending field.
public enum RequestDecoding {
    /// Decodes `T` from `data`, checking field names first and mapping every decoding failure to a `GatewayError`.
    public static func decode<T: ManagementRequest>(_ type: T.Type, from data: Data) throws(GatewayError) -> T {
        let fields = try jsonObject(from: data)
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) where !T.acceptedFields.contains(name) {
            if T.inertFields.contains(name) {
                guard isEmpty(value) || liteLLMDefaults[name] == value else {
                    throw .badRequest("Field '\(name)' is not supported by this proxy; remove it or leave it empty.", param: name)
                }
                continue
            }
            throw .badRequest("Unknown field '\(name)'.", param: name)
        }
        do {
            return try WireCoding.makeDecoder().decode(T.self, from: data)
        } catch let error as GatewayError {
            throw error
        } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw .badRequest("Invalid request body: \(error)")
        }
    }

    /// Parses `data` as a JSON object, answering 400 for empty, malformed or non-object bodies, and for values no
    /// store could keep exactly (a NUL character) or no arithmetic could use (a number beyond a double's range).
    public static func jsonObject(from data: Data) throws(GatewayError) -> [String: JSONValue] {
        guard !data.isEmpty else {
            throw .badRequest("Request body is empty; send a JSON object.")
        }
        do {
            try JSONSyntax.validate(data)
        } catch {
            throw .badRequest("Malformed JSON in request body: \(error).")
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw .badRequest("Request body has a value out of range: \(parseFailureDetail(error))")
        }
        guard case .object(let object) = value else {
            throw .badRequest("Request body must be a JSON object.")
        }
        for (name, field) in object {
            try checkStorable(field, at: name)
        }
        return object
    }

    /// Refuses NUL characters (SQLite would cut the text short and PostgreSQL refuses it) and non-finite numbers.
    private static func checkStorable(_ value: JSONValue, at path: String) throws(GatewayError) {
        switch value {
        case .string(let text) where text.utf8.contains(0):
            throw .badRequest("Field '\(path)' contains a NUL character (\\u0000), which is not allowed.", param: path)
        case .double(let number) where !number.isFinite:
            throw .badRequest("Field '\(path)' must be a finite number.", param: path)
        case .array(let items):
            for (index, item) in items.enumerated() {
                try checkStorable(item, at: "\(path)[\(index)]")
            }
        case .object(let fields):
            for (name, field) in fields {
                guard !name.utf8.contains(0) else {
                    throw .badRequest("A member name in '\(path)' contains a NUL character (\\u0000), which is not allowed.", param: path)
                }
                try checkStorable(field, at: "\(path).\(name)")
            }
        default:
            break
        }
    }

    /// Values LiteLLM's own tools send for fields they always fill in, beside the empty ones (`null`, `false`, `[]`,
    /// `{}`): a field at its LiteLLM default asks for nothing this proxy would have to act on.
    static let liteLLMDefaults: [String: JSONValue] = ["key_type": .string("default")]

    private static func isEmpty(_ value: JSONValue) -> Bool {
        switch value {
        case .null, .bool(false): true
        case .array(let items): items.isEmpty
        case .object(let fields): fields.isEmpty
        default: false
        }
    }

    private static func parseFailureDetail(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            if let underlying = context.underlyingError as NSError?,
                let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String
            {
                return detail
            }
            return context.debugDescription
        }
        return "\(error)"
    }

    private static func path(_ codingPath: [any CodingKey]) -> String? {
        guard !codingPath.isEmpty else { return nil }
        return codingPath.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
            .joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }

    static func describe(_ error: DecodingError) -> GatewayError {
        switch error {
        case .typeMismatch(let expected, let context):
            let field = path(context.codingPath)
            return .badRequest("Field '\(field ?? "body")' has the wrong type: expected \(typeName(expected)).", param: field)
        case .valueNotFound(let expected, let context):
            let field = path(context.codingPath)
            return .badRequest("Field '\(field ?? "body")' must not be null: expected \(typeName(expected)).", param: field)
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            return .badRequest("Missing required field '\(field ?? key.stringValue)'.", param: field)
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            return .badRequest("Invalid value for '\(field ?? "body")': \(context.debugDescription)", param: field)
        @unknown default:
            return .badRequest("Invalid request body.")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [String].Type: "an array of strings"
        case is [Any].Type: "an array"
        case is [String: JSONValue].Type, is [String: Any].Type: "an object"
        default: "\(type)"
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a field of an update request: absent → nil (leave), `null` → `.some(nil)` (clear), value → `.some(value)`.
    public func decodeUpdate<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T?? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) { return .some(nil) }
        return .some(try decode(T.self, forKey: key))
    }
}
