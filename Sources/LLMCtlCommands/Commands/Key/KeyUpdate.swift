import ArgumentParser
import GatewayModel

/// `llmctl key update`.
public struct KeyUpdate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "update", abstract: "Change a key's alias, models, budget or limits.")

    @Argument(help: "The key (sk-…) or its token.") var key: String
    @Option(help: "A new alias.") var alias: String?
    @Option(help: "Models the key may call, comma-separated.") var models: String?
    @Option(help: "Budget in USD.") var maxBudget: Double?
    @Option(help: "Requests per minute.") var rpm: Int?
    @Option(help: "Tokens per minute.") var tpm: Int?
    @Option(help: "Requests in flight at once.") var maxParallel: Int?
    @Option(help: "A new lifetime from now, like 30d.") var duration: String?
    @OptionGroup var global: GlobalOptions

    public init() {}

    var fields: [String: JSONValue] {
        var body: [String: JSONValue] = [:]
        body["key_alias"] = alias.map(JSONValue.string)
        body["models"] = models.map { .array($0.split(separator: ",").map { .string(String($0)) }) }
        body["max_budget"] = maxBudget.map(JSONValue.double)
        body["rpm_limit"] = rpm.map(JSONValue.int)
        body["tpm_limit"] = tpm.map(JSONValue.int)
        body["max_parallel_requests"] = maxParallel.map(JSONValue.int)
        body["duration"] = duration.map(JSONValue.string)
        return body
    }

    public func validate() throws {
        if fields.isEmpty {
            throw ValidationError("Nothing to change: give --alias, --models, --max-budget, --rpm, --tpm, --max-parallel or --duration.")
        }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var body = fields
        body["key"] = .string(key)
        let updated = try Connection.resolve(global, in: environment).perform("POST", "/key/update", json: .object(body))
        environment.output(Renderer.render([KeyRows.row(updated)], columns: KeyRows.columns, format: global.output, headers: !global.noHeaders))
    }
}

/// `llmctl key regenerate`.
public struct KeyRegenerate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(
        commandName: "regenerate",
        abstract: "Give a key a new secret, keeping its settings and spend; the old secret stops working."
    )

    @Argument(help: "The key (sk-…) or its token.") var key: String
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let answer = try Connection.resolve(global, in: environment).perform("POST", "/key/regenerate", json: .object(["key": .string(key)]))
        switch global.output {
        case .json: environment.output(Renderer.json(answer) + "\n")
        case .yaml: environment.output(Renderer.yaml(answer, indent: 0))
        case .table, .name: environment.say(answer["key"]?.stringValue ?? "")
        }
    }
}
