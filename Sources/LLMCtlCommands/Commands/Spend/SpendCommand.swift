import ArgumentParser
import Foundation
import GatewayModel

/// `llmctl spend`: recent spend-log rows, filtered by key, team or user.
public struct SpendCommand: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "spend", abstract: "Show spend-log rows and their total.")

    @Option(help: "Only this key (sk-… or token).") var key: String?
    @Option(help: "Only this team.") var team: String?
    @Option(help: "Only this user.") var user: String?
    @Option(help: "How far back, like 7d or 12h (default 7d).") var since = "7d"
    @Option(help: "Rows at most, up to 1000.") var limit = 100
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        if DurationSpec(since) == nil { throw ValidationError("--since must look like 7d, 12h or 30m, got '\(since)'.") }
    }

    static let columns = ["request_id", "model", "tokens", "spend", "status", "start"]

    /// A spend-log row as the table reads it.
    static let entryShape = AnswerShape.object(
        required: ["request_id": .text],
        optional: ["model_group": .text, "model": .text, "total_tokens": .number, "spend": .number, "status": .text, "startTime": .text]
    )

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let start = Date().addingTimeInterval(-TimeInterval(DurationSpec(since)?.seconds ?? 0))
        var query = "page_size=\(limit)&start_date=\(Query.escape(WireCoding.formatTimestamp(start)))"
        if let key { query += "&api_key=\(Query.escape(key))" }
        if let team { query += "&team_id=\(Query.escape(team))" }
        if let user { query += "&user_id=\(Query.escape(user))" }
        let logs =
            try Connection.resolve(global, in: environment).perform("GET", "/spend/logs?\(query)", expecting: .list(of: Self.entryShape)).arrayValue
            ?? []
        let rows = logs.map { entry in
            let id = entry["request_id"]?.stringValue ?? ""
            var cells: [String] = [id, entry["model_group"]?.stringValue ?? entry["model"]?.stringValue ?? ""]
            cells.append(entry["total_tokens"].map(Renderer.number) ?? "")
            cells.append(entry["spend"].map(Renderer.number) ?? "")
            cells.append(entry["status"]?.stringValue ?? "")
            cells.append(entry["startTime"]?.stringValue ?? "")
            return OutputRow(name: id, cells: cells, object: entry)
        }
        environment.output(Renderer.render(rows, columns: Self.columns, format: global.output, headers: !global.noHeaders))
        if global.output == .table {
            let total = logs.compactMap { $0["spend"] }.reduce(0.0) { $0 + (Double(Renderer.number($1)) ?? 0) }
            environment.say("total: \(total) USD over \(logs.count) requests")
        }
    }
}
