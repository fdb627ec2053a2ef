import ArgumentParser
import Foundation

/// `llmctl context add`.
public struct ContextAdd: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a context.")

    @Argument(help: "The context's name.") var name: String
    @Option(help: "The proxy's base URL, like https://llm.example.com.") var url: String
    @Option(help: "The key to store.") var apiKey: String?
    @Option(help: "Read the key from this environment variable instead of storing it.") var apiKeyEnv: String?
    @Option(help: "A region label.") var region: String?
    @Option(help: "A note.") var note: String?
    @Flag(help: "Make it the current context.") var use = false
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        guard (apiKey == nil) != (apiKeyEnv == nil) else {
            throw ValidationError("Give exactly one of --api-key or --api-key-env.")
        }
        try ContextName.check(name)
        try ContextURL.check(url, option: "--url")
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let store = try environment.contextStore()
        let trimmed = url.hasSuffix("/") ? String(url.dropLast()) : url
        do {
            try store.add(
                CLIContext(name: name, url: trimmed, apiKey: apiKey, apiKeyEnvironment: apiKeyEnv, region: region, note: note),
                makeCurrent: use
            )
            environment.say("Context \"\(name)\" added.")
            if try store.currentName() == name {
                environment.say("Switched to context \"\(name)\".")
            }
        } catch {
            throw CLIError(error)
        }
    }
}
