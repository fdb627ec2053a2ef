import ArgumentParser
import GatewayModel

/// `llmctl key generate`.
public struct KeyGenerate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "generate", abstract: "Create a virtual key and print it once.")

    @Option(help: "Lifetime, like 30d, 12h, 15m.") var duration: String?
    @Option(help: "A unique alias.") var alias: String?
    @Option(help: "Models the key may call, comma-separated.") var models: String?
    @Option(help: "Budget in USD.") var maxBudget: Double?
    @Option(help: "Budget period, like 30d.") var budgetDuration: String?
    @Option(help: "Requests per minute.") var rpm: Int?
    @Option(help: "Tokens per minute.") var tpm: Int?
    @Option(help: "Requests in flight at once.") var maxParallel: Int?
    @Option(help: "Owning user id.") var user: String?
    @Option(help: "Team id.") var team: String?
    @Option(help: "Metadata as key=value; repeatable.") var metadata: [String] = []
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        for entry in metadata where !entry.contains("=") {
            throw ValidationError("--metadata takes key=value, got '\(entry)'.")
        }
        if let duration, DurationSpec(duration) == nil {
            throw ValidationError("--duration must look like 30d, 12h, 15m or 45s, got '\(duration)'.")
        }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var body: [String: JSONValue] = [:]
        body["duration"] = duration.map(JSONValue.string)
        body["key_alias"] = alias.map(JSONValue.string)
        body["models"] = models.map { .array($0.split(separator: ",").map { .string(String($0)) }) }
        body["max_budget"] = maxBudget.map(JSONValue.double)
        body["budget_duration"] = budgetDuration.map(JSONValue.string)
        body["rpm_limit"] = rpm.map(JSONValue.int)
        body["tpm_limit"] = tpm.map(JSONValue.int)
        body["max_parallel_requests"] = maxParallel.map(JSONValue.int)
        body["user_id"] = user.map(JSONValue.string)
        body["team_id"] = team.map(JSONValue.string)
        if !metadata.isEmpty {
            body["metadata"] = .object(
                Dictionary(
                    metadata.map { entry in
                        let parts = entry.split(separator: "=", maxSplits: 1)
                        return (String(parts[0]), JSONValue.string(parts.count > 1 ? String(parts[1]) : ""))
                    }
                ) { _, last in last }
            )
        }
        let created = try Connection.resolve(global, in: environment).perform("POST", "/key/generate", json: .object(body))
        switch global.output {
        case .table:
            let rows = [[created["key"]?.stringValue ?? "", created["expires"]?.stringValue ?? "never", created["key_alias"]?.stringValue ?? ""]]
            environment.output(Renderer.table(rows, columns: global.noHeaders ? nil : ["KEY", "EXPIRES", "ALIAS"]))
        case .name:
            environment.say(created["key"]?.stringValue ?? "")
        case .json:
            environment.output(Renderer.json(created) + "\n")
        case .yaml:
            environment.output(Renderer.yaml(created, indent: 0))
        }
    }
}
