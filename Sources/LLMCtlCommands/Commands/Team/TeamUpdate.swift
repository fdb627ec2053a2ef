import ArgumentParser
import GatewayModel

/// `llmctl team update`.
public struct TeamUpdate: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "update", abstract: "Change a team's alias, budget or models, or block it.")

    @Argument(help: "The team id.") var teamId: String
    @OptionGroup var fields: TeamFields
    @Option(help: "Block (true) or unblock (false) the team's keys.") var blocked: Bool?
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        if fields.json.isEmpty && blocked == nil {
            throw ValidationError("Nothing to change: give --alias, --max-budget, --models or --blocked.")
        }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var body = fields.json
        body["team_id"] = .string(teamId)
        body["blocked"] = blocked.map(JSONValue.bool)
        TeamRows.print(
            try Connection.resolve(global, in: environment).perform("POST", "/team/update", json: .object(body), expecting: TeamRows.shape),
            global,
            environment
        )
    }
}

/// `llmctl team delete`.
public struct TeamDelete: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete teams with their keys; all or none.")

    @Argument(help: "Team ids.") var teamIds: [String]
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        if teamIds.isEmpty { throw ValidationError("Name at least one team.") }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let body: JSONValue = .object(["team_ids": .array(teamIds.map(JSONValue.string))])
        let answer = try Connection.resolve(global, in: environment).perform(
            "POST",
            "/team/delete",
            json: body,
            expecting: .object(required: ["deleted_teams": .list(of: .anything)])
        )
        let count = answer["deleted_teams"]?.arrayValue?.count ?? 0
        environment.say("Deleted \(count) team\(count == 1 ? "" : "s").")
    }
}
