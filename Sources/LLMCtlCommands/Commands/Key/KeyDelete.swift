import ArgumentParser
import GatewayModel

/// `llmctl key delete`.
public struct KeyDelete: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete keys by value or alias; all or none.")

    @Argument(help: "Keys (sk-…) or tokens.") var keys: [String] = []
    @Option(help: "Delete the key with this alias; repeatable.") var alias: [String] = []
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        if keys.isEmpty && alias.isEmpty { throw ValidationError("Name at least one key or --alias.") }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var body: [String: JSONValue] = [:]
        if !keys.isEmpty { body["keys"] = .array(keys.map(JSONValue.string)) }
        if !alias.isEmpty { body["key_aliases"] = .array(alias.map(JSONValue.string)) }
        let answer = try Connection.resolve(global, in: environment).perform(
            "POST",
            "/key/delete",
            json: .object(body),
            expecting: .object(required: ["deleted_keys": .list(of: .text)])
        )
        let deleted = (answer["deleted_keys"]?.arrayValue ?? []).compactMap(\.stringValue)
        if global.output == .json {
            environment.output(Renderer.json(answer) + "\n")
        } else {
            environment.say("Deleted \(deleted.count) key\(deleted.count == 1 ? "" : "s").")
        }
    }
}
