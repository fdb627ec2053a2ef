import ArgumentParser
import GatewayModel

/// `llmctl team update`.
public struct TeamUpdate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "update", abstract: "Change a team's alias, budget or models, or block it.")

    @Argument(help: "The team id.") var teamId: String
    @OptionGroup var fields: TeamFields
    @Option(help: "Block (true) or unblock (false) the team's keys.") var blocked: Bool?
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    /// The update these options ask for.
    var request: TeamUpdateRequest {
        var request = TeamUpdateRequest(teamId: teamId)
        request.teamAlias = fields.alias.map { .some($0) }
        request.blocked = blocked
        request.limits = fields.limits
        return request
    }

    public func validate() throws {
        if request.changesNothing {
            throw ValidationError("Nothing to change: give --alias, --max-budget, --models or --blocked.")
        }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        try TeamRows.send("/team/update", request, global, waiting, environment)
    }
}

/// `llmctl team delete`.
public struct TeamDelete: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete teams with their keys; all or none.")

    @Argument(help: "Team ids.") var teamIds: [String]
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func validate() throws {
        if teamIds.isEmpty { throw ValidationError("Name at least one team.") }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let connection = try Connection.resolve(global, in: environment)
        let answer = try connection.perform("POST", "/team/delete", request: TeamDeleteRequest(teamIds: teamIds), reading: Deleted<DeletedTeams>.self)
        let count = answer.value.items.count
        environment.say("Deleted \(count) team\(count == 1 ? "" : "s").")
        try waiting.settle(answer.revision, on: connection, global)
    }
}
