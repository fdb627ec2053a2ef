import ArgumentParser
import GatewayModel

/// `llmctl team create`.
public struct TeamCreate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a team.")

    @Argument(help: "The team id (default: generated).") var teamId: String?
    @OptionGroup var fields: TeamFields
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var body = fields.json
        body["team_id"] = teamId.map(JSONValue.string)
        TeamRows.print(
            try Connection.resolve(global, in: environment).perform("POST", "/team/new", json: .object(body), expecting: TeamRows.shape),
            global,
            environment
        )
    }
}

/// `llmctl team list`.
public struct TeamList: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "list", abstract: "List teams.")

    @Option(help: "Only teams this user belongs to.") var user: String?
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let path = "/team/list" + (user.map { "?user_id=\(Query.escape($0))" } ?? "")
        let teams = try Connection.resolve(global, in: environment).perform("GET", path, expecting: .list(of: TeamRows.shape)).arrayValue ?? []
        environment.output(Renderer.render(teams.map(TeamRows.row), columns: TeamRows.columns, format: global.output, headers: !global.noHeaders))
    }
}

/// `llmctl team info`.
public struct TeamInfo: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "info", abstract: "Show one team.")

    @Argument(help: "The team id.") var teamId: String
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let answer = try Connection.resolve(global, in: environment).perform(
            "GET",
            "/team/info?team_id=\(Query.escape(teamId))",
            expecting: .object(required: ["team_info": TeamRows.shape])
        )
        TeamRows.print(answer["team_info"] ?? .null, global, environment)
    }
}
