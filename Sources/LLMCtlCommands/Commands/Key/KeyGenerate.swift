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
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func validate() throws {
        for entry in metadata where !entry.contains("=") {
            throw ValidationError("--metadata takes key=value, got '\(entry)'.")
        }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var request = KeyGenerateRequest(keyAlias: fields.alias, duration: fields.lifetime, userId: user, teamId: team)
        request.limits = fields.limits
        if !metadata.isEmpty {
            request.limits.metadata = Dictionary(
                metadata.map { entry in
                    let parts = entry.split(separator: "=", maxSplits: 1)
                    return (String(parts[0]), JSONValue.string(parts.count > 1 ? String(parts[1]) : ""))
                }
            ) { _, last in last }
        }
        let connection = try Connection.resolve(global, in: environment)
        let created = try connection.perform("POST", "/key/generate", request: request, reading: GeneratedKey.self)
        environment.output(KeyRows.generated.render(one: created.value, json: created.json, global))
        try waiting.settle(created.revision, on: connection, global)
    }
}
