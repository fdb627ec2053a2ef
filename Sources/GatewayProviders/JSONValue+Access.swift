import Foundation
import GatewayModel

extension JSONValue {
    /// The member `key` of an object; nil for a missing member or a value that is not an object.
    subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var objectValue: [String: JSONValue]? {
        if case .object(let fields) = self { return fields }
        return nil
    }

    var intValue: Int? {
        switch self {
        case .int(let value): value
        case .double(let value) where value == value.rounded() && abs(value) < 1e15: Int(value)
        default: nil
        }
    }

    /// A token count as an upstream reports it: a whole number within `NumberRange.count`, nil for anything else, so
    /// a broken upstream's `1e300` or `-5` cannot overflow the sums of counts or credit a budget.
    var tokenCount: Int? {
        wholeNumber(in: NumberRange.count)
    }

    /// Decodes JSON bytes; nil when they are not JSON.
    static func decode(_ bytes: some Collection<UInt8>) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    }

    /// Encodes compactly with sorted keys.
    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data("null".utf8))
    }
}
