import ArgumentParser
import GatewayModel

/// `llmctl user create`.
public struct UserCreate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a user (and a first key unless --no-key).")

    @Argument(help: "The user id (default: generated).") var userId: String?
    @OptionGroup var fields: UserFields
    @Flag(help: "Do not create a first key.") var noKey = false
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var body = fields.json
        body["user_id"] = userId.map(JSONValue.string)
        body["auto_create_key"] = .bool(!noKey)
        let created = try Connection.resolve(global, in: environment).perform(
            "POST",
            "/user/new",
            json: .object(body),
            expecting: .object(required: ["user_id": .text], optional: ["key": .text])
        )
        switch global.output {
        case .table:
            let rows = [[created["user_id"]?.stringValue ?? "", created["key"]?.stringValue ?? ""]]
            environment.output(Renderer.table(rows, columns: global.noHeaders ? nil : ["USER_ID", "KEY"]))
        case .name:
            environment.say(created["user_id"]?.stringValue ?? "")
        case .json:
            environment.output(Renderer.json(created) + "\n")
        case .yaml:
            environment.output(Renderer.yaml(created, indent: 0))
        }
    }
}
