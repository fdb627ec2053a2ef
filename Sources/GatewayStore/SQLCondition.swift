import Foundation

/// A value bound into a statement; each store says how it becomes a placeholder.
enum SQLValue {
    case text(String)
    case time(Date)
    /// A list for `IN`: SQLite binds one placeholder per item, PostgreSQL one array.
    case texts([String])
}

/// One condition of a `WHERE` clause, written once for both stores: listings, filters and reports build these and
/// each store only turns values into placeholders, so a filter cannot behave differently on SQLite and PostgreSQL.
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

    /// The SQL text, with `placeholder` binding each value in the order it appears.
    func sql(placeholder: (SQLValue) throws -> String) rethrows -> String {
        switch self {
        case .equal(let column, let value): return "\(column) = \(try placeholder(value))"
        case .oneOf(let column, let values): return "\(column) IN (\(try placeholder(.texts(values))))"
        case .contains(let column, let needle):
            let escaped = needle.lowercased().replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            return "LOWER(\(column)) LIKE \(try placeholder(.text("%\(escaped)%"))) ESCAPE '\\'"
        case .before(let column, let time): return "\(column) < \(try placeholder(.time(time)))"
        case .notBefore(let column, let time): return "\(column) >= \(try placeholder(.time(time)))"
        case .isNull(let column): return "\(column) IS NULL"
        case .isTrue(let column): return "\(column) = TRUE"
        case .not(let condition): return "NOT (\(try condition.sql(placeholder: placeholder)))"
        case .any(let conditions):
            guard !conditions.isEmpty else { return "1 = 0" }
            return "(" + (try conditions.map { try $0.sql(placeholder: placeholder) }).joined(separator: " OR ") + ")"
        case .all(let conditions):
            guard !conditions.isEmpty else { return "1 = 1" }
            return "(" + (try conditions.map { try $0.sql(placeholder: placeholder) }).joined(separator: " AND ") + ")"
        case .never: return "1 = 0"
        case .inSubquery(let column, let result, let table, let condition):
            return "\(column) IN (SELECT \(result) FROM \(table) WHERE \(try condition.sql(placeholder: placeholder)))"
        }
    }

    /// `WHERE …` for `conditions`, or nothing when there are none.
    static func whereClause(_ conditions: [SQLCondition], placeholder: (SQLValue) throws -> String) rethrows -> String {
        guard !conditions.isEmpty else { return "" }
        return "WHERE " + (try conditions.map { try $0.sql(placeholder: placeholder) }).joined(separator: " AND ")
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
