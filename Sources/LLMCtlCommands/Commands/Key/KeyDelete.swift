import ArgumentParser
import GatewayModel

/// `llmctl key delete`.
public struct KeyDelete: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete keys by value or alias; all or none.")

    @Argument(help: "Keys (sk-…) or tokens.") var keys: [String] = []
    @Option(help: "Delete the key with this alias; repeatable.") var alias: [String] = []
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func validate() throws {
        if keys.isEmpty && alias.isEmpty { throw ValidationError("Name at least one key or --alias.") }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let connection = try Connection.resolve(global, in: environment)
        let answer = try connection.perform(
            "POST",
            "/key/delete",
            request: KeyDeleteRequest(keys: keys, keyAliases: alias),
            reading: Deleted<DeletedKeys>.self
        )
        let count = answer.value.items.count
        if global.output == .json {
            environment.output(Renderer.json(answer.json) + "\n")
        } else {
            environment.say("Deleted \(count) key\(count == 1 ? "" : "s").")
        }
        try waiting.settle(answer.revision, on: connection, global)
    }
}
