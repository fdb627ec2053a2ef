import GatewayModel

/// What a command needs a 2xx answer to hold before it renders it.
///
/// A server that answers HTML, an array where an object belongs, or `keys` as a string would otherwise print as an
/// empty table with exit 0, and a script would conclude there is nothing there; `Connection.perform` checks the shape
/// first and fails with 69 naming what did not fit. Fields a command reads but the server may leave out are optional;
/// when present they must have the right kind (null counts as absent, as LiteLLM sends it).
struct AnswerShape: Sendable {
    /// The first thing wrong with a value found at a place (like `keys[2].models`), or nil when it fits.
    private let firstProblem: @Sendable (_ value: JSONValue, _ place: String) -> String?

    private init(_ firstProblem: @escaping @Sendable (_ value: JSONValue, _ place: String) -> String?) {
        self.firstProblem = firstProblem
    }

    /// What is wrong with a whole answer body, or nil when it fits.
    func problem(in body: JSONValue) -> String? {
        firstProblem(body, "")
    }

    /// Any JSON value at all (the body of an answer the command prints as it is).
    static let anything = AnswerShape { _, _ in nil }
    static let text = kind("a string") { if case .string = $0 { true } else { false } }
    static let number = kind("a number") { if case .int = $0 { true } else if case .double = $0 { true } else { false } }
    static let boolean = kind("true or false") { if case .bool = $0 { true } else { false } }

    /// An array whose every element fits `element`.
    static func list(of element: AnswerShape) -> AnswerShape {
        AnswerShape { value, place in
            guard case .array(let items) = value else { return mismatch("an array", value, place) }
            for (index, item) in items.enumerated() {
                if let problem = element.firstProblem(item, "\(place)[\(index)]") { return problem }
            }
            return nil
        }
    }

    /// An object that has every `required` field, and whose `optional` fields fit their shapes when they are there.
    static func object(required: [String: AnswerShape] = [:], optional: [String: AnswerShape] = [:]) -> AnswerShape {
        AnswerShape { value, place in
            guard case .object(let fields) = value else { return mismatch("an object", value, place) }
            for (name, shape) in required.sorted(by: { $0.key < $1.key }) {
                let inner = place.isEmpty ? name : "\(place).\(name)"
                guard let field = fields[name], field != .null else { return "\(inner) is missing" }
                if let problem = shape.firstProblem(field, inner) { return problem }
            }
            for (name, shape) in optional.sorted(by: { $0.key < $1.key }) {
                guard let field = fields[name], field != .null else { continue }
                if let problem = shape.firstProblem(field, place.isEmpty ? name : "\(place).\(name)") { return problem }
            }
            return nil
        }
    }

    private static func kind(_ name: String, _ fits: @escaping @Sendable (JSONValue) -> Bool) -> AnswerShape {
        AnswerShape { value, place in fits(value) ? nil : mismatch(name, value, place) }
    }

    private static func mismatch(_ expected: String, _ value: JSONValue, _ place: String) -> String {
        place.isEmpty ? "expected \(expected), got \(describe(value))" : "expected \(place) to be \(expected), got \(describe(value))"
    }

    private static func describe(_ value: JSONValue) -> String {
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
