import ArgumentParser
import GatewayModel

/// `llmctl key info`.
public struct KeyInfo: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "info", abstract: "Show one key.")

    @Argument(help: "The key (sk-…) or its token.") var key: String
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let answer = try Connection.resolve(global, in: environment)
            .perform("GET", "/key/info?key=\(Query.escape(key))", reading: KeyInfoAnswer<Raw<KeySummary>>.self)
        environment.output(KeyRows.listing.render([answer.value.info], global))
    }
}
