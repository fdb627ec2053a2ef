import ArgumentParser
import Foundation

/// `llmctl context set`.
public struct ContextSet: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "set", abstract: "Change a context's URL, credential, region or note.")

    @Argument(help: "The context to change.", completion: .custom(ContextNames.complete)) var name: String
    @Option(help: "A new base URL.") var url: String?
    @Option(help: "A new stored key (replaces --api-key-env).") var apiKey: String?
    @Option(help: "Read the key from this environment variable (replaces a stored key).") var apiKeyEnv: String?
    @Option(help: "A new region label.") var region: String?
    @Option(help: "A new note.") var note: String?

    public init() {}

    public func validate() throws {
        if apiKey != nil && apiKeyEnv != nil {
            throw ValidationError("Give at most one of --api-key or --api-key-env.")
        }
        if url == nil && apiKey == nil && apiKeyEnv == nil && region == nil && note == nil {
            throw ValidationError("Nothing to change: give --url, --api-key, --api-key-env, --region or --note.")
        }
        if let url {
            try ContextURL.check(url, option: "--url")
        }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let store = try environment.contextStore()
        do {
            var context = try store.require(name)
            if let url { context.url = url.hasSuffix("/") ? String(url.dropLast()) : url }
            if let apiKey {
                context.apiKey = apiKey
                context.apiKeyEnvironment = nil
            }
            if let apiKeyEnv {
                context.apiKeyEnvironment = apiKeyEnv
                context.apiKey = nil
            }
            if let region { context.region = region }
            if let note { context.note = note }
            try store.update(context)
        } catch {
            throw CLIError(error)
        }
        environment.say("Context \"\(name)\" modified.")
    }
}
