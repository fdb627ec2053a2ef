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

    /// How spend-log rows print.
    static let listing = Listing<SpendLogSummary>(
        name: \.requestId,
        columns: [
            ("request_id", \.requestId),
            ("model", { $0.modelGroup ?? $0.model ?? "" }),
            ("tokens", { $0.totalTokens.map(String.init) ?? "" }),
            ("spend", { Renderer.number($0.spend) }),
            ("status", { $0.status ?? "" }),
            ("start", { $0.startTime ?? "" }),
        ]
    )

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let start = Date().addingTimeInterval(-TimeInterval(DurationSpec(since)?.seconds ?? 0))
        var query = "page_size=\(limit)&start_date=\(Query.escape(WireCoding.formatTimestamp(start)))"
        if let key { query += "&api_key=\(Query.escape(key))" }
        if let team { query += "&team_id=\(Query.escape(team))" }
        if let user { query += "&user_id=\(Query.escape(user))" }
        let logs = try Connection.resolve(global, in: environment).perform("GET", "/spend/logs?\(query)", reading: [Raw<SpendLogSummary>].self)
        environment.output(Self.listing.render(logs.value, global))
        if global.output == .table {
            let total = logs.value.compactMap(\.value.spend).reduce(0, +)
            environment.say("total: \(total) USD over \(logs.value.count) requests")
        }
    }
}
