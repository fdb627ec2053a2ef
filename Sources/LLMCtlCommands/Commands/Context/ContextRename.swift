import ArgumentParser

/// `llmctl context rename`.
public struct ContextRename: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename a context.")

    @Argument(help: "The current name.", completion: .custom(ContextNames.complete)) var old: String
    @Argument(help: "The new name.") var new: String

    public init() {}

    public func validate() throws {
        try ContextName.check(new)
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let store = try environment.contextStore()
        do {
            try store.rename(old, to: new)
        } catch {
            throw CLIError(error)
        }
        environment.say("Context \"\(old)\" renamed to \"\(new)\".")
    }
}
