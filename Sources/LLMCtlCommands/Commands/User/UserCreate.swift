import ArgumentParser
import GatewayModel

/// `llmctl user create`.
public struct UserCreate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a user (and a first key unless --no-key).")

    @Argument(help: "The user id (default: generated).") var userId: String?
    @OptionGroup var fields: UserFields
    @Flag(help: "Do not create a first key.") var noKey = false
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var request = UserNewRequest(userId: userId)
        request.userEmail = fields.email
        request.userRole = try fields.userRole() ?? .internalUser
        request.autoCreateKey = !noKey
        request.limits = fields.limits
        let connection = try Connection.resolve(global, in: environment)
        let created = try connection.perform("POST", "/user/new", request: request, reading: CreatedUser.self)
        environment.output(UserRows.created.render(one: created.value, json: created.json, global))
        try waiting.settle(created.revision, on: connection, global)
    }
}
