import Foundation

/// One condition of a `WHERE` clause, written once for both stores: listings, filters and reports build these, so a
/// filter cannot behave differently on SQLite and PostgreSQL.
indirect enum SQLCondition {
    case equal(String, SQLValue)
    case oneOf(String, [String])
    /// Case-insensitive substring match (`%` and `_` in the needle match themselves).
    case contains(String, String)
    case before(String, Date)
    case notBefore(String, Date)
    case isNull(String)
    case isTrue(String)
    case not(SQLCondition)
    case any([SQLCondition])
    case all([SQLCondition])
    /// A condition no row meets, for a filter on something this proxy never stores (organizations, projects).
    case never
    /// `column IN (SELECT result FROM table WHERE condition)`.
    case inSubquery(String, select: String, from: String, SQLCondition)

    var statement: SQLStatement {
        switch self {
        case .equal(let column, let value): return "\(raw: column) = \(value)"
        case .oneOf(let column, let values): return "\(raw: column) IN (\(values))"
        case .contains(let column, let needle):
            let escaped = needle.lowercased().replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            return "LOWER(\(raw: column)) LIKE \("%\(escaped)%") ESCAPE '\\'"
        case .before(let column, let time): return "\(raw: column) < \(time)"
        case .notBefore(let column, let time): return "\(raw: column) >= \(time)"
        case .isNull(let column): return "\(raw: column) IS NULL"
        case .isTrue(let column): return "\(raw: column) = TRUE"
        case .not(let condition): return "NOT (\(condition.statement))"
        case .any(let conditions):
            guard !conditions.isEmpty else { return "1 = 0" }
            return "(\(SQLStatement(joining: conditions.map(\.statement), separator: " OR ")))"
        case .all(let conditions):
            guard !conditions.isEmpty else { return "1 = 1" }
            return "(\(SQLStatement(joining: conditions.map(\.statement), separator: " AND ")))"
        case .never: return "1 = 0"
        case .inSubquery(let column, let result, let table, let condition):
            return "\(raw: column) IN (SELECT \(raw: result) FROM \(raw: table) WHERE \(condition.statement))"
        }
    }

    /// `WHERE …` for `conditions`, or nothing when there are none.
    static func whereClause(_ conditions: [SQLCondition]) -> SQLStatement {
        guard !conditions.isEmpty else { return "" }
        return "WHERE \(SQLStatement(joining: conditions.map(\.statement), separator: " AND "))"
    }
}

/// The order of a listing: a column a client may sort by, the direction, and a unique column that breaks ties so
/// pages never overlap.
struct SQLOrder {
    var column: String
    var ascending: Bool
    var tieBreak: String

    var sql: String {
        let direction = ascending ? "ASC" : "DESC"
        return "ORDER BY \(column) \(direction) NULLS LAST, \(tieBreak) \(direction)"
    }
}
