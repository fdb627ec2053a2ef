import ArgumentParser

/// `llmctl context current`.
public struct ContextCurrent: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "current", abstract: "Print the current context's name.")

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let store = try environment.contextStore()
        let name: String?
        do {
            name = try store.currentName()
        } catch {
            throw CLIError(error)
        }
        guard let name else { throw CLIError(.refused, "current-context is not set") }
        environment.say(name)
    }
}
