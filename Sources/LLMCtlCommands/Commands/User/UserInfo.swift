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
            expecting: .object(required: ["user_info": UserRows.shape])
        )
        if global.output == .json || global.output == .yaml {
            environment.output(global.output == .json ? Renderer.json(answer) + "\n" : Renderer.yaml(answer, indent: 0))
            return
        }
        let user = answer["user_info"] ?? .null
        environment.output(Renderer.render([UserRows.row(user)], columns: UserRows.columns, format: global.output, headers: !global.noHeaders))
    }
}
