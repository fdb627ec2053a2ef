import Foundation
import GatewayModel
import PostgresNIO

/// A statement built from pieces of SQL and bound values, numbering the parameters (`$1`, `$2`, …) as they are
/// bound; for queries whose shape depends on the input (filters, patches). Values are always bound, never spliced.
struct PostgresStatement {
    private(set) var sql: String
    private(set) var bindings = PostgresBindings()
    private var count = 0

    init(_ sql: String = "") {
        self.sql = sql
    }

    /// Binds `value` (nil binds NULL) and answers its placeholder.
    mutating func bind<Value: PostgresEncodable>(_ value: Value?) throws -> String {
        try bindings.append(value)
        count += 1
        return "$\(count)"
    }

    /// Binds a condition's value and answers its placeholder (a list as one array, unnested for `IN`).
    mutating func bind(_ value: SQLValue) throws -> String {
        switch value {
        case .text(let text): try bind(text)
        case .time(let time): try bind(time)
        case .texts(let texts): "SELECT unnest(\(try bind(texts)))"
        }
    }

    mutating func append(_ text: String) {
        sql += text
    }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: bindings) }
}

/// The `SET` clause of an update, built from the fields a patch names.
struct PostgresAssignments {
    private(set) var clauses: [String] = []
    var statement: PostgresStatement

    init(_ statement: PostgresStatement = PostgresStatement()) {
        self.statement = statement
    }

    mutating func set<Value: PostgresEncodable>(_ column: String, _ value: Value?) throws {
        clauses.append("\(column) = \(try statement.bind(value))")
    }

    mutating func set<Value: PostgresEncodable>(_ column: String, ifGiven update: Value??) throws {
        if case .some(let value) = update {
            try set(column, value)
        }
    }

    /// Adds the columns a limits patch names.
    mutating func apply(_ patch: LimitsPatch) throws {
        if let models = patch.models { try set("models", try PostgresValues.json(models)) }
        if let spend = patch.spend { try set("spend", spend) }
        try set("max_budget", ifGiven: patch.maxBudget)
        try set("budget_duration", ifGiven: patch.budgetDuration)
        try set("budget_reset_at", ifGiven: patch.budgetResetAt)
        try set("tpm_limit", ifGiven: patch.tpmLimit)
        try set("rpm_limit", ifGiven: patch.rpmLimit)
        try set("max_parallel_requests", ifGiven: patch.maxParallelRequests)
        if let metadata = patch.metadata { try set("metadata", try PostgresValues.json(metadata)) }
    }

    /// `UPDATE table SET … WHERE column = value`.
    func update(_ table: String, where column: String, equals value: String) throws -> PostgresStatement {
        var statement = statement
        statement.append("UPDATE \(table) SET \(clauses.joined(separator: ", ")) WHERE \(column) = ")
        statement.append(try statement.bind(value))
        return statement
    }
}

/// Conversions between domain values and PostgreSQL columns: times as `timestamptz`, lists and objects as JSON text.
enum PostgresValues {
    /// The columns every owner of `BudgetLimits` (keys, users, teams) has, in `bindLimits` order.
    static let limitColumns = "models, spend, max_budget, budget_duration, budget_reset_at, tpm_limit, rpm_limit, max_parallel_requests, metadata"

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Binds the limit columns' values and answers their placeholders, comma-separated.
    static func bindLimits(_ limits: BudgetLimits, into statement: inout PostgresStatement) throws -> String {
        [
            try statement.bind(try json(limits.models)), try statement.bind(limits.spend), try statement.bind(limits.maxBudget),
            try statement.bind(limits.budgetDuration), try statement.bind(limits.budgetResetAt), try statement.bind(limits.tpmLimit),
            try statement.bind(limits.rpmLimit), try statement.bind(limits.maxParallelRequests), try statement.bind(try json(limits.metadata)),
        ].joined(separator: ", ")
    }

    static func limits(_ row: PostgresRandomAccessRow) throws -> BudgetLimits {
        BudgetLimits(
            models: decode([String].self, try row["models"].decode(String.self)) ?? [],
            spend: try row["spend"].decode(Double.self),
            maxBudget: try row["max_budget"].decode(Double?.self),
            budgetDuration: try row["budget_duration"].decode(String?.self),
            budgetResetAt: try row["budget_reset_at"].decode(Date?.self),
            tpmLimit: try row["tpm_limit"].decode(Int?.self),
            rpmLimit: try row["rpm_limit"].decode(Int?.self),
            maxParallelRequests: try row["max_parallel_requests"].decode(Int?.self),
            metadata: decode([String: JSONValue].self, try row["metadata"].decode(String.self)) ?? [:]
        )
    }

    static func object(_ row: PostgresRandomAccessRow, _ column: String) throws -> [String: JSONValue] {
        decode([String: JSONValue].self, try row[column].decode(String.self)) ?? [:]
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}
