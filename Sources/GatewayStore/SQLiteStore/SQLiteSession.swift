import Foundation
import GRDB

/// Statements on the SQLite file: reads on the pool's readers, writes on its writer inside the transaction
/// `SQLiteStore.write` holds open.
struct SQLiteSession: StoreSession {
    let pool: DatabasePool
    let writing: Bool

    func rows(_ statement: SQLStatement) async throws -> [StoreRow] {
        var arguments = StatementArguments()
        let sql = statement.sql { Self.placeholder(for: $0, in: &arguments) }
        let fetch: @Sendable (Database) throws -> [StoreRow] = { [arguments] db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.storeRow)
        }
        return writing ? try await pool.writeWithoutTransaction(fetch) : try await pool.read(fetch)
    }

    /// Adds a value to `arguments` (times as Unix seconds, lists one item a placeholder) and answers its placeholder.
    static func placeholder(for value: SQLValue, in arguments: inout StatementArguments) -> String {
        switch value {
        case .null: arguments += [nil as String?]
        case .text(let text): arguments += [text]
        case .integer(let integer): arguments += [integer]
        case .real(let real): arguments += [real]
        case .bool(let bool): arguments += [bool]
        case .time(let time): arguments += [time.timeIntervalSince1970]
        case .texts(let texts):
            arguments += StatementArguments(texts)
            return Array(repeating: "?", count: texts.count).joined(separator: ", ")
        }
        return "?"
    }

    static func storeRow(_ row: Row) -> StoreRow {
        var cells: [String: StoreCell] = [:]
        for (column, value) in row {
            cells[column] =
                switch value.storage {
                case .null: .null
                case .int64(let integer): .integer(integer)
                case .double(let real): .real(real)
                case .string(let text): .text(text)
                case .blob(let data): .text(String(decoding: data, as: UTF8.self))
                }
        }
        return StoreRow(cells: cells)
    }
}
