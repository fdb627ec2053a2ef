import ArgumentParser

/// `llmctl context use`.
public struct ContextUse: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "use", abstract: "Switch the current context.")

    @Argument(help: "The context to switch to.", completion: .custom(ContextNames.complete)) var name: String

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let store = try environment.contextStore()
        do {
            try store.use(name)
        } catch {
            throw CLIError(error)
        }
        environment.say("Switched to context \"\(name)\".")
    }
}
