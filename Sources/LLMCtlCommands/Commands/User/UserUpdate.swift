import ArgumentParser
import GatewayModel

/// `llmctl user update`.
public struct UserUpdate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "update", abstract: "Change a user's email, role, budget or models.")

    @Argument(help: "The user id.") var userId: String
    @OptionGroup var fields: UserFields
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func validate() throws {
        if fields.isEmpty { throw ValidationError("Nothing to change: give --email, --role, --max-budget or --models.") }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var request = UserUpdateRequest(userId: userId)
        request.userEmail = fields.email
        request.patch.userRole = try fields.userRole()
        request.limits = fields.limits
        let connection = try Connection.resolve(global, in: environment)
        let user = try connection.perform("POST", "/user/update", request: request, reading: UserSummary.self)
        environment.output(UserRows.listing.render([user.value], json: [user.json], global))
        try waiting.settle(user.revision, on: connection, global)
    }
}
