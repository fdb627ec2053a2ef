import ArgumentParser
import GatewayModel

/// `llmctl key block`.
public struct KeyBlock: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "block", abstract: "Block a key: it stops working at once.")

    @Argument(help: "The key (sk-…) or its token.") var key: String
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        try KeyBlocking.set(true, key: key, global: global, waiting: waiting, environment: environment)
    }
}

/// `llmctl key unblock`.
public struct KeyUnblock: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "unblock", abstract: "Unblock a key.")

    @Argument(help: "The key (sk-…) or its token.") var key: String
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        try KeyBlocking.set(false, key: key, global: global, waiting: waiting, environment: environment)
    }
}

/// The shared body of `block` and `unblock`.
enum KeyBlocking {
    static func set(
        _ blocked: Bool,
        key: String,
        global: GlobalOptions,
        waiting: FleetWaitOption,
        environment: CommandEnvironment
    ) throws(CLIError) {
        let connection = try Connection.resolve(global, in: environment)
        let answer = try connection.perform(
            "POST",
            blocked ? "/key/block" : "/key/unblock",
            request: KeyReferenceRequest(key: key),
            reading: KeySummary.self
        )
        environment.output(KeyRows.listing.render([answer.value], json: [answer.json], global))
        try waiting.settle(answer.revision, on: connection, global)
    }
}
