import ArgumentParser
import GatewayModel

/// `llmctl key generate`.
public struct KeyGenerate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "generate", abstract: "Create a virtual key and print it once.")

    @OptionGroup var fields: KeyFields
    @Option(help: "Owning user id.") var user: String?
    @Option(help: "Team id.") var team: String?
    @Option(help: "Metadata as key=value; repeatable.") var metadata: [String] = []
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        for entry in metadata where !entry.contains("=") {
            throw ValidationError("--metadata takes key=value, got '\(entry)'.")
        }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var body = fields.json
        body["user_id"] = user.map(JSONValue.string)
        body["team_id"] = team.map(JSONValue.string)
        if !metadata.isEmpty {
            body["metadata"] = .object(
                Dictionary(
                    metadata.map { entry in
                        let parts = entry.split(separator: "=", maxSplits: 1)
                        return (String(parts[0]), JSONValue.string(parts.count > 1 ? String(parts[1]) : ""))
                    }
                ) { _, last in last }
            )
        }
        let created = try Connection.resolve(global, in: environment).perform(
            "POST",
            "/key/generate",
            json: .object(body),
            expecting: .object(required: ["key": .text], optional: ["expires": .text, "key_alias": .text])
        )
        switch global.output {
        case .table:
            let rows = [[created["key"]?.stringValue ?? "", created["expires"]?.stringValue ?? "never", created["key_alias"]?.stringValue ?? ""]]
            environment.output(Renderer.table(rows, columns: global.noHeaders ? nil : ["KEY", "EXPIRES", "ALIAS"]))
        case .name:
            environment.say(created["key"]?.stringValue ?? "")
        case .json:
            environment.output(Renderer.json(created) + "\n")
        case .yaml:
            environment.output(Renderer.yaml(created, indent: 0))
        }
    }
}
