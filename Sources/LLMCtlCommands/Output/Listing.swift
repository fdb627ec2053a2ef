import GatewayModel

/// How one resource prints, declared once for every command that prints it: its columns (a header and how a row's
/// cell is read from the typed answer) and what `-o name` prints. `-o json` and `-o yaml` print the JSON each row
/// came as, so fields the table leaves out are never lost.
struct Listing<Row>: Sendable {
    let name: @Sendable (Row) -> String
    let columns: [(header: String, cell: @Sendable (Row) -> String)]

    /// Items decoded with the JSON they came as, in the chosen format.
    func render(_ items: [Raw<Row>], _ global: GlobalOptions) -> String where Row: Decodable & Sendable {
        render(items.map(\.value), json: items.map(\.json), global)
    }

    /// `items` in the chosen format, each with the JSON it came as.
    func render(_ items: [Row], json: [JSONValue], _ global: GlobalOptions) -> String {
        let rows = zip(items, json).map { item, object in
            OutputRow(name: name(item), cells: columns.map { $0.cell(item) }, object: object)
        }
        return Renderer.render(rows, columns: columns.map(\.header), format: global.output, headers: !global.noHeaders)
    }

    /// One item printed alone: JSON and YAML print its object rather than a list of one, a table one row (without
    /// headers when `headers` is false, as a command that prints just a secret does).
    func render(one item: Row, json: JSONValue, _ global: GlobalOptions, headers: Bool = true) -> String {
        switch global.output {
        case .json: Renderer.json(json) + "\n"
        case .yaml: Renderer.yaml(json, indent: 0)
        case .name: name(item) + "\n"
        case .table:
            Renderer.table([columns.map { $0.cell(item) }], columns: headers && !global.noHeaders ? columns.map { $0.header.uppercased() } : nil)
        }
    }
}

extension Renderer {
    /// A number as a table cell: whole numbers without a fraction, blank when there is none.
    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension Renderer {
    /// One object shown as name and value lines (`context show`): a two-column table without headers; JSON and YAML
    /// print the object, `-o name` its name.
    static func render(properties: [(name: String, value: String)], name: String, object: JSONValue, format: OutputFormat) -> String {
        switch format {
        case .json: json(object) + "\n"
        case .yaml: yaml(object, indent: 0)
        case .name: name + "\n"
        case .table: table(properties.map { [$0.name, $0.value] }, columns: nil)
        }
    }
}
