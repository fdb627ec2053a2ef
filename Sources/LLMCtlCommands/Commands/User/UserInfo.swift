import ArgumentParser
import GatewayModel

/// `llmctl user info`.
public struct UserInfo: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "info", abstract: "Show one user.")

    @Argument(help: "The user id.") var userId: String
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let answer = try Connection.resolve(global, in: environment).perform(
            "GET",
            "/user/info?user_id=\(Query.escape(userId))",
            reading: UserInfoAnswer<UserSummary, JSONValue, JSONValue>.self
        )
        // JSON and YAML print the whole answer: the user with its keys and teams.
        environment.output(UserRows.listing.render(one: answer.value.userInfo, json: answer.json, global))
    }
}
