import Foundation

/// A value bound into a statement; each store says how it becomes a placeholder and a parameter.
enum SQLValue: Sendable {
    case null
    case text(String)
    case integer(Int)
    case real(Double)
    case bool(Bool)
    /// SQLite stores Unix seconds, PostgreSQL a `timestamptz`.
    case time(Date)
    /// A list for `IN (…)`: SQLite binds one placeholder per item, PostgreSQL one array it unnests.
    case texts([String])
}

/// A Swift value that can be bound into a statement.
protocol SQLBindable {
    var sqlValue: SQLValue { get }
}

extension String: SQLBindable { var sqlValue: SQLValue { .text(self) } }
extension Int: SQLBindable { var sqlValue: SQLValue { .integer(self) } }
extension Double: SQLBindable { var sqlValue: SQLValue { .real(self) } }
extension Bool: SQLBindable { var sqlValue: SQLValue { .bool(self) } }
extension Date: SQLBindable { var sqlValue: SQLValue { .time(self) } }
extension Array: SQLBindable where Element == String { var sqlValue: SQLValue { .texts(self) } }
extension SQLValue: SQLBindable { var sqlValue: SQLValue { self } }
extension Optional: SQLBindable where Wrapped: SQLBindable { var sqlValue: SQLValue { self?.sqlValue ?? .null } }

/// One statement in the form both stores run: SQL text with the values kept apart, so each store renders its own
/// placeholders (`?` or `$1`, `$2`, …) and the same statement means the same thing on SQLite and PostgreSQL.
///
/// Written as a string literal: an interpolated value is bound, never spliced; `\(raw:)` splices SQL text (table and
/// column names the code chooses, never input); an interpolated statement is embedded with its values.
struct SQLStatement: Sendable, ExpressibleByStringInterpolation {
    enum Part: Sendable {
        case sql(String)
        case value(SQLValue)
    }

    private(set) var parts: [Part] = []

    init(stringLiteral text: String) {
        parts = [.sql(text)]
    }

    init(stringInterpolation: Interpolation) {
        parts = stringInterpolation.parts
    }

    init(parts: [Part]) {
        self.parts = parts
    }

    /// The parts of several statements with `separator` between them.
    init(joining statements: [SQLStatement], separator: String) {
        for (index, statement) in statements.enumerated() {
            if index > 0 { parts.append(.sql(separator)) }
            parts += statement.parts
        }
    }

    static func + (left: SQLStatement, right: SQLStatement) -> SQLStatement {
        SQLStatement(parts: left.parts + right.parts)
    }

    /// The SQL text with `placeholder` answering each value's placeholder, in order.
    func sql(placeholder: (SQLValue) throws -> String) rethrows -> String {
        var text = ""
        for part in parts {
            switch part {
            case .sql(let sql): text += sql
            case .value(let value): text += try placeholder(value)
            }
        }
        return text
    }

    /// Builds a statement from literal SQL and interpolated values.
    struct Interpolation: StringInterpolationProtocol {
        fileprivate(set) var parts: [Part] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            parts.reserveCapacity(interpolationCount * 2 + 1)
        }

        mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { parts.append(.sql(literal)) }
        }

        mutating func appendInterpolation(_ value: some SQLBindable) {
            parts.append(.value(value.sqlValue))
        }

        /// An optional binds NULL when absent.
        mutating func appendInterpolation<Value: SQLBindable>(_ value: Value?) {
            parts.append(.value(value.sqlValue))
        }

        /// A JSON-encoded value, stored as text by both stores.
        mutating func appendInterpolation(json value: some Encodable) throws {
            parts.append(.value(.text(try StoredJSON.encode(value))))
        }

        mutating func appendInterpolation(raw sql: String) {
            parts.append(.sql(sql))
        }

        mutating func appendInterpolation(_ statement: SQLStatement) {
            parts += statement.parts
        }
    }
}

/// How lists and objects are stored in text columns: sorted keys, so equal values are stored alike.
enum StoredJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The value, or nil for text that is not one: a damaged column reads as its default rather than failing a call.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}
