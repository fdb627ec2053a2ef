import ArgumentParser

/// `llmctl context remove`.
public struct ContextRemove: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a context.")

    @Argument(help: "The context to remove.", completion: .custom(ContextNames.complete)) var name: String

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let store = try environment.contextStore()
        do {
            try store.remove(name)
        } catch {
            throw CLIError(error)
        }
        environment.say("Deleted context \"\(name)\".")
    }
}
