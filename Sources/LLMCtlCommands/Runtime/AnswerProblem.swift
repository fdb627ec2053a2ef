import GatewayModel

/// Says in words why an answer did not decode as the command's answer type: where, what was expected, and what was
/// there (`expected keys to be an array, got a string`), so a server that answers the wrong thing is named rather than
/// printed as an empty result. Null counts as missing, as LiteLLM sends it for fields it leaves empty.
enum AnswerProblem {
    static func describe(_ error: DecodingError, in body: JSONValue) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "\(place(context.codingPath + [key])) is missing"
        case .valueNotFound(_, let context):
            return "\(place(context.codingPath)) is missing"
        case .typeMismatch(let type, let context):
            let found = value(in: body, at: context.codingPath)
            if found == .null { return "\(place(context.codingPath)) is missing" }
            let location = place(context.codingPath)
            let expected = kind(of: type)
            return location.isEmpty
                ? "expected \(expected), got \(describe(found))" : "expected \(location) to be \(expected), got \(describe(found))"
        case .dataCorrupted(let context):
            let location = place(context.codingPath)
            return location.isEmpty ? context.debugDescription : "\(location): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// `keys[2].models`.
    static func place(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    private static func value(in body: JSONValue, at path: [any CodingKey]) -> JSONValue {
        var current = body
        for key in path {
            switch current {
            case .object(let fields): current = fields[key.stringValue] ?? .null
            case .array(let items): current = key.intValue.flatMap { items.indices.contains($0) ? items[$0] : nil } ?? .null
            default: return .null
            }
        }
        return current
    }

    private static func kind(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Double.Type, is Int.Type, is Int64.Type, is Float.Type: "a number"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
