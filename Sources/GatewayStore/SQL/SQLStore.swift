import Foundation

/// Where a store's statements run: one connection, inside a transaction when the session writes.
protocol StoreSession: Sendable {
    /// Runs `statement` and answers its rows.
    func rows(_ statement: SQLStatement) async throws -> [StoreRow]
}

extension StoreSession {
    /// Runs `statement` and answers how many rows it returned (end a write with `RETURNING 1` to count its rows).
    @discardableResult
    func run(_ statement: SQLStatement) async throws -> Int {
        try await rows(statement).count
    }

    func firstRow(_ statement: SQLStatement) async throws -> StoreRow? {
        try await rows(statement).first
    }

    /// Whether a row with `value` in `column` exists in `table`.
    func exists(_ table: String, _ column: String, _ value: String) async throws -> Bool {
        try await firstRow("SELECT 1 AS found FROM \(raw: table) WHERE \(raw: column) = \(value) LIMIT 1") != nil
    }

    /// The first column of the first row as a count, 0 when there is none.
    func count(_ statement: SQLStatement) async throws -> Int {
        try await firstRow(statement)?.get("n") ?? 0
    }

    /// One page of `table`'s rows meeting `conditions` in `order`, and how many rows meet them in all.
    func listRows(
        table: String,
        _ conditions: [SQLCondition],
        _ order: SQLOrder,
        _ page: PageRequest
    ) async throws -> (rows: [StoreRow], total: Int) {
        let filter = SQLCondition.whereClause(conditions)
        let total = try await count("SELECT COUNT(*) AS n FROM \(raw: table) \(filter)")
        let rows = try await rows("SELECT * FROM \(raw: table) \(filter) \(raw: order.sql) LIMIT \(page.size) OFFSET \(page.offset)")
        return (rows, total)
    }
}

/// A store whose records live in the SQL schema both databases share. Everything above execution is written once
/// in extensions of this protocol (the checks each write makes and their order, the statements, the messages); a
/// store supplies sessions, its spend batches, its change feed and its migrations.
protocol SQLStore: GatewayStore {
    /// Runs `body` on one connection, each statement on its own.
    func read<T: Sendable>(_ body: @escaping @Sendable (any StoreSession) async throws -> T) async throws -> T
    /// Runs `body` in one transaction: every statement it ran is committed, or none when it throws.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any StoreSession) async throws -> T) async throws -> T
    /// SQL for the UTC day of `s.start_time`, as `YYYY-MM-DD`.
    static var startDaySQL: String { get }
    /// SQL answering the control-plane revision in a column `revision`.
    static var revisionSQL: String { get }
}

extension SQLStore {
    /// Runs `body` in one transaction and, when the caller collects a `RevisionReceipt`, adds the revision the
    /// transaction leaves behind, read inside it.
    func write<T: Sendable>(_ body: @escaping @Sendable (any StoreSession) async throws -> T) async throws -> T {
        let receipt = RevisionReceipt.current
        return try await transaction { session in
            let value = try await body(session)
            if let receipt { receipt.record(try await Self.revision(in: session)) }
            return value
        }
    }
}
