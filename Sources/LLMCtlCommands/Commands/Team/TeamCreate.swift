import ArgumentParser
import GatewayModel

/// `llmctl team create`.
public struct TeamCreate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a team.")

    @Argument(help: "The team id (default: generated).") var teamId: String?
    @OptionGroup var fields: TeamFields
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var request = TeamNewRequest(teamId: teamId)
        request.teamAlias = fields.alias
        request.limits = fields.limits
        try TeamRows.send("/team/new", request, global, waiting, environment)
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
        let teams = try Connection.resolve(global, in: environment).perform("GET", path, reading: [Raw<TeamSummary>].self)
        environment.output(TeamRows.listing.render(teams.value, global))
    }
}

/// `llmctl team info`.
public struct TeamInfo: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "info", abstract: "Show one team.")

    @Argument(help: "The team id.") var teamId: String
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let answer = try Connection.resolve(global, in: environment)
            .perform("GET", "/team/info?team_id=\(Query.escape(teamId))", reading: TeamInfoAnswer<Raw<TeamSummary>, JSONValue>.self)
        environment.output(TeamRows.listing.render([answer.value.teamInfo], global))
    }
}
