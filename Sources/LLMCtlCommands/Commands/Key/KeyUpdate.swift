import ArgumentParser
import GatewayModel

/// `llmctl key update`.
public struct KeyUpdate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "update", abstract: "Change a key's alias, models, budget or limits.")

    @Argument(help: "The key (sk-…) or its token.") var key: String
    @OptionGroup var fields: KeyFields
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    /// The update these options ask for.
    var request: KeyUpdateRequest {
        var request = KeyUpdateRequest(key: key)
        request.keyAlias = fields.alias.map { .some($0) }
        request.duration = fields.lifetime.map { .some($0) }
        request.limits = fields.limits
        return request
    }

    public func validate() throws {
        if request.changesNothing {
            throw ValidationError(
                "Nothing to change: give --alias, --models, --max-budget, --budget-duration, --rpm, --tpm, --max-parallel or --duration."
            )
        }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let connection = try Connection.resolve(global, in: environment)
        let updated = try connection.perform("POST", "/key/update", request: request, reading: KeySummary.self)
        environment.output(KeyRows.listing.render([updated.value], json: [updated.json], global))
        try waiting.settle(updated.revision, on: connection, global)
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
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let connection = try Connection.resolve(global, in: environment)
        let answer = try connection.perform("POST", "/key/regenerate", request: KeyRegenerateRequest(key: key), reading: GeneratedKey.self)
        environment.output(KeyRows.secretOnly.render(one: answer.value, json: answer.json, global, headers: false))
        try waiting.settle(answer.revision, on: connection, global)
    }
}
