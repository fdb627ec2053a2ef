import Foundation
import GatewayModel

/// One printable row: values by column, plus the machine-readable object for JSON and YAML.
public struct OutputRow: Sendable {
    public var name: String
    public var cells: [String]
    public var object: JSONValue

    public init(name: String, cells: [String], object: JSONValue) {
        self.name = name
        self.cells = cells
        self.object = object
    }
}

/// Prints rows in the chosen format; each resource declares its columns once and hands rows here.
public enum Renderer {
    public static func render(_ rows: [OutputRow], columns: [String], format: OutputFormat, headers: Bool = true) -> String {
        switch format {
        case .name:
            return rows.map { $0.name + "\n" }.joined()
        case .json:
            return json(.array(rows.map(\.object))) + "\n"
        case .yaml:
            return rows.isEmpty ? "[]\n" : rows.map { yaml($0.object, indent: 0, listItem: true) }.joined()
        case .table:
            return table(rows.map(\.cells), columns: headers ? columns.map { $0.uppercased() } : nil)
        }
    }

    /// Columns padded to their widest cell, three spaces apart, as kubectl prints them.
    public static func table(_ rows: [[String]], columns: [String]?) -> String {
        let all = (columns.map { [$0] } ?? []) + rows
        guard let width = all.map(\.count).max(), width > 0 else { return "" }
        let widths = (0..<width).map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { row in
            var line = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index] + 3, withPad: " ", startingAt: 0)
            }.joined()
            while line.last == " " { line.removeLast() }
            return line + "\n"
        }.joined()
    }

    /// A JSON number as a table cell; anything else is blank.
    static func number(_ value: JSONValue) -> String {
        switch value {
        case .int(let int): String(int)
        case .double(let double): String(double)
        default: ""
        }
    }

    public static func json(_ value: JSONValue) -> String {
        let encoder = WireCoding.makeEncoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
    }

    static func yaml(_ value: JSONValue, indent: Int, listItem: Bool = false) -> String {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .object(let fields):
            guard !fields.isEmpty else { return listItem ? "\(pad)- {}\n" : "{}\n" }
            var out = ""
            for (index, name) in fields.keys.sorted().enumerated() {
                let prefix = listItem && index == 0 ? "\(pad)- " : (listItem ? "\(pad)  " : pad)
                let childIndent = listItem ? indent + 2 : indent
                let key = yamlKey(name)
                switch fields[name]! {
                case .object(let nested) where !nested.isEmpty:
                    out += "\(prefix)\(key):\n" + yaml(.object(nested), indent: childIndent + 2)
                case .array(let items) where !items.isEmpty:
                    out += "\(prefix)\(key):\n" + items.map { yaml($0, indent: childIndent + 2, listItem: true) }.joined()
                case let scalar:
                    out += "\(prefix)\(key): \(yamlScalar(scalar))\n"
                }
            }
            return out
        case .array(let items):
            if items.isEmpty { return listItem ? "\(pad)- []\n" : "\(pad)[]\n" }
            let nested = items.map { yaml($0, indent: listItem ? indent + 2 : indent, listItem: true) }.joined()
            return listItem ? "\(pad)-\n" + nested : nested
        default:
            return listItem ? "\(pad)- \(yamlScalar(value))\n" : "\(pad)\(yamlScalar(value))\n"
        }
    }

    /// A mapping key as it may stand unquoted (`key_alias`), else quoted like a JSON string (`"x: y"`).
    static func yamlKey(_ name: String) -> String {
        let plain =
            name.first.map { $0.isASCII && ($0.isLetter || $0 == "_") } == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }
            && !["true", "false", "null", "yes", "no", "on", "off", "y", "n"].contains(name.lowercased())
        return plain ? name : json(.string(name))
    }

    static func yamlScalar(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let bool): bool ? "true" : "false"
        case .int(let int): String(int)
        case .double(let double): String(double)
        case .string(let string): json(.string(string))
        case .array: "[]"
        case .object: "{}"
        }
    }
}
