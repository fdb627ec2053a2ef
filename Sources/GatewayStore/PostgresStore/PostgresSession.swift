import Foundation
import Logging
import PostgresNIO

/// Statements on one pooled PostgreSQL connection, numbering parameters `$1`, `$2`, … as the statement binds them.
struct PostgresSession: StoreSession {
    let connection: PostgresConnection

    func rows(_ statement: SQLStatement) async throws -> [StoreRow] {
        try await connection.query(Self.query(statement), logger: Self.quietLogger).collect().map(Self.storeRow)
    }

    static func query(_ statement: SQLStatement) -> PostgresQuery {
        var bindings = PostgresBindings()
        let sql = statement.sql { value in
            switch value {
            case .null: bindings.appendNull()
            case .text(let text): bindings.append(text)
            case .integer(let integer): bindings.append(integer)
            case .real(let real): bindings.append(real)
            case .bool(let bool): bindings.append(bool)
            case .time(let time): bindings.append(time)
            case .texts(let texts):
                bindings.append(texts)
                return "SELECT unnest($\(bindings.count)::text[])"
            }
            return "$\(bindings.count)"
        }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }

    static func storeRow(_ row: PostgresRow) throws -> StoreRow {
        var cells: [String: StoreCell] = [:]
        for cell in row {
            cells[cell.columnName] = try storeCell(cell)
        }
        return StoreRow(cells: cells)
    }

    private static func storeCell(_ cell: PostgresCell) throws -> StoreCell {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .bool: return .bool(try cell.decode(Bool.self))
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .timestamptz, .timestamp: return .time(try cell.decode(Date.self))
        default: return .text(try cell.decode(String.self))
        }
    }

    static let quietLogger = Logger(label: "llmproxy.postgres.query")
}
