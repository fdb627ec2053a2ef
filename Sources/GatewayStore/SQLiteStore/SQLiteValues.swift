import Foundation
import GRDB
import GatewayModel

/// Conversions between domain values and SQLite columns: dates as Unix seconds, lists and objects as JSON text.
enum SQLiteValues {
    static func seconds(_ date: Date?) -> Double? {
        date?.timeIntervalSince1970
    }

    static func date(_ row: Row, _ column: String) -> Date? {
        (row[column] as Double?).map(Date.init(timeIntervalSince1970:))
    }

    static func requiredDate(_ row: Row, _ column: String) -> Date {
        Date(timeIntervalSince1970: row[column] as Double? ?? 0)
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func strings(_ row: Row, _ column: String) -> [String] {
        decode([String].self, row[column] as String?) ?? []
    }

    static func object(_ row: Row, _ column: String) -> [String: JSONValue] {
        decode([String: JSONValue].self, row[column] as String?) ?? [:]
    }

    /// The columns every owner of `BudgetLimits` (keys, users, teams) has, in `limitArguments` order.
    static let limitColumns = "models, spend, max_budget, budget_duration, budget_reset_at, tpm_limit, rpm_limit, max_parallel_requests, metadata"

    static func limitArguments(_ limits: BudgetLimits) throws -> StatementArguments {
        [
            try json(limits.models), limits.spend, limits.maxBudget, limits.budgetDuration, seconds(limits.budgetResetAt),
            limits.tpmLimit, limits.rpmLimit, limits.maxParallelRequests, try json(limits.metadata),
        ]
    }

    static func limits(_ row: Row) -> BudgetLimits {
        BudgetLimits(
            models: strings(row, "models"),
            spend: row["spend"],
            maxBudget: row["max_budget"],
            budgetDuration: row["budget_duration"],
            budgetResetAt: date(row, "budget_reset_at"),
            tpmLimit: row["tpm_limit"],
            rpmLimit: row["rpm_limit"],
            maxParallelRequests: row["max_parallel_requests"],
            metadata: object(row, "metadata")
        )
    }

    /// Adds a condition's value to `arguments` (times as the stored Unix seconds) and answers its placeholder.
    static func placeholder(for value: SQLValue, in arguments: inout StatementArguments) -> String {
        switch value {
        case .text(let text):
            arguments += [text]
            return "?"
        case .time(let time):
            arguments += [time.timeIntervalSince1970]
            return "?"
        case .texts(let texts):
            arguments += StatementArguments(texts)
            return placeholders(texts.count)
        }
    }

    /// `?, ?, …` for an `INSERT` of `count` values.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}

/// The `SET` clause of an update, built from the fields a patch names.
struct SQLiteAssignments {
    private(set) var clauses: [String] = []
    private(set) var arguments = StatementArguments()

    var isEmpty: Bool { clauses.isEmpty }

    mutating func set(_ column: String, _ value: (any DatabaseValueConvertible)?) {
        clauses.append("\(column) = ?")
        arguments += [value]
    }

    mutating func set<T: DatabaseValueConvertible>(_ column: String, ifGiven update: T??) {
        if case .some(let value) = update {
            set(column, value)
        }
    }

    mutating func setDate(_ column: String, ifGiven update: Date??) {
        if case .some(let value) = update {
            set(column, SQLiteValues.seconds(value))
        }
    }

    /// Adds the columns a limits patch names.
    mutating func apply(_ patch: LimitsPatch) throws {
        try setJSON("models", ifGiven: patch.models)
        if let spend = patch.spend { set("spend", spend) }
        set("max_budget", ifGiven: patch.maxBudget)
        set("budget_duration", ifGiven: patch.budgetDuration)
        setDate("budget_reset_at", ifGiven: patch.budgetResetAt)
        set("tpm_limit", ifGiven: patch.tpmLimit)
        set("rpm_limit", ifGiven: patch.rpmLimit)
        set("max_parallel_requests", ifGiven: patch.maxParallelRequests)
        try setJSON("metadata", ifGiven: patch.metadata)
    }

    mutating func setJSON<T: Encodable>(_ column: String, ifGiven value: T?) throws {
        if let value {
            set(column, try SQLiteValues.json(value))
        }
    }

}
