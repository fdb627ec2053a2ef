import ArgumentParser
import GatewayModel

/// `llmctl key update`.
public struct KeyUpdate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "update", abstract: "Change a key's alias, models, budget or limits.")

    @Argument(help: "The key (sk-…) or its token.") var key: String
    @OptionGroup var fields: KeyFields
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        if fields.json.isEmpty {
            throw ValidationError(
                "Nothing to change: give --alias, --models, --max-budget, --budget-duration, --rpm, --tpm, --max-parallel or --duration."
            )
        }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var body = fields.json
        body["key"] = .string(key)
        let updated = try Connection.resolve(global, in: environment).perform("POST", "/key/update", json: .object(body), expecting: KeyRows.shape)
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
        let answer = try Connection.resolve(global, in: environment).perform(
            "POST",
            "/key/regenerate",
            json: .object(["key": .string(key)]),
            expecting: .object(required: ["key": .text])
        )
        switch global.output {
        case .json: environment.output(Renderer.json(answer) + "\n")
        case .yaml: environment.output(Renderer.yaml(answer, indent: 0))
        case .table, .name: environment.say(answer["key"]?.stringValue ?? "")
        }
    }
}
