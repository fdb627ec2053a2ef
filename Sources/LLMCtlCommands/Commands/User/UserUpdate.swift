import ArgumentParser
import GatewayModel

/// `llmctl user update`.
public struct UserUpdate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "update", abstract: "Change a user's email, role, budget or models.")

    @Argument(help: "The user id.") var userId: String
    @OptionGroup var fields: UserFields
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        if fields.json.isEmpty { throw ValidationError("Nothing to change: give --email, --role, --max-budget or --models.") }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var body = fields.json
        body["user_id"] = .string(userId)
        let user = try Connection.resolve(global, in: environment).perform("POST", "/user/update", json: .object(body), expecting: UserRows.shape)
        environment.output(Renderer.render([UserRows.row(user)], columns: UserRows.columns, format: global.output, headers: !global.noHeaders))
    }
}
