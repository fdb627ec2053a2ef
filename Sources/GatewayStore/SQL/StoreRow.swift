import Foundation

/// One value a database answered, in the few kinds both stores use.
enum StoreCell: Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case bool(Bool)
    /// PostgreSQL's `timestamptz`; SQLite answers times as Unix seconds (`real`).
    case time(Date)

    /// What kind of value it is, for messages that must not repeat the value itself.
    var kind: String {
        switch self {
        case .null: "NULL"
        case .integer: "an integer"
        case .real: "a real number"
        case .text: "text"
        case .bool: "a boolean"
        case .time: "a time"
        }
    }
}

/// A row as either store answers it, read by column name. Reading a column that is missing or holds a value of
/// another kind throws rather than traps, so a damaged row fails its own call and never the process.
struct StoreRow: Sendable {
    let cells: [String: StoreCell]

    /// The column's value: `nil` for NULL when `T` is optional, an error for NULL otherwise.
    func get<T: StoreDecodable>(_ column: String) throws -> T {
        guard let cell = cells[column] else { throw StoreRow.unreadable(column, "is missing") }
        return try T.decode(cell, column: column)
    }

    /// A JSON text column, or `fallback` when it is NULL or not the JSON it should be.
    func json<T: Decodable>(_ column: String, or fallback: T) throws -> T {
        let text: String? = try get(column)
        return StoredJSON.decode(T.self, text) ?? fallback
    }

    static func unreadable(_ column: String, _ problem: String) -> StoreError {
        StoreError(.unavailable, "The database answered a value the gateway cannot read: column \(column) \(problem).")
    }
}

/// A Swift type a column decodes into.
protocol StoreDecodable {
    static func decode(_ cell: StoreCell, column: String) throws -> Self
}

extension StoreDecodable {
    static func mismatch(_ cell: StoreCell, _ column: String) -> StoreError {
        StoreRow.unreadable(column, "holds \(cell.kind) where \(Self.self) belongs")
    }
}

extension Optional: StoreDecodable where Wrapped: StoreDecodable {
    static func decode(_ cell: StoreCell, column: String) throws -> Self {
        if case .null = cell { return nil }
        return try Wrapped.decode(cell, column: column)
    }
}

extension String: StoreDecodable {
    static func decode(_ cell: StoreCell, column: String) throws -> String {
        guard case .text(let text) = cell else { throw mismatch(cell, column) }
        return text
    }
}

extension Int: StoreDecodable {
    static func decode(_ cell: StoreCell, column: String) throws -> Int {
        guard case .integer(let value) = cell, let int = Int(exactly: value) else { throw mismatch(cell, column) }
        return int
    }
}

extension Double: StoreDecodable {
    static func decode(_ cell: StoreCell, column: String) throws -> Double {
        switch cell {
        case .real(let value) where value.isFinite: value
        case .integer(let value): Double(value)
        default: throw mismatch(cell, column)
        }
    }
}

extension Bool: StoreDecodable {
    static func decode(_ cell: StoreCell, column: String) throws -> Bool {
        switch cell {
        case .bool(let value): value
        case .integer(let value): value != 0
        default: throw mismatch(cell, column)
        }
    }
}

extension Date: StoreDecodable {
    static func decode(_ cell: StoreCell, column: String) throws -> Date {
        switch cell {
        case .time(let time): time
        case .real(let seconds) where seconds.isFinite: Date(timeIntervalSince1970: seconds)
        case .integer(let seconds): Date(timeIntervalSince1970: Double(seconds))
        default: throw mismatch(cell, column)
        }
    }
}
