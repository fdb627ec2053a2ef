import ArgumentParser
import GatewayModel

/// `llmctl team`: teams and their members.
public struct TeamCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Manage teams and their members.",
        subcommands: [
            TeamCreate.self, TeamList.self, TeamInfo.self, TeamUpdate.self, TeamDelete.self, TeamAddMember.self, TeamRemoveMember.self,
        ]
    )

    public init() {}
}

/// How teams print, for every team command.
enum TeamRows {
    static let listing = Listing<TeamSummary>(
        name: \.teamId,
        columns: [
            ("team_id", \.teamId),
            ("alias", { $0.teamAlias ?? "" }),
            ("models", { ($0.models ?? []).joined(separator: ",") }),
            ("spend", { $0.spend.map(Renderer.number) ?? "0" }),
            ("budget", { Renderer.number($0.maxBudget) }),
            ("members", { ($0.members ?? []).map { "\($0.userId ?? "")(\($0.role ?? "user"))" }.joined(separator: ",") }),
            ("blocked", { $0.blocked == true ? "yes" : "no" }),
        ]
    )

    /// Sends `request`, prints the team the answer holds and, with `--wait`, waits for the fleet to apply it.
    static func send(
        _ path: String,
        _ request: any Encodable,
        _ global: GlobalOptions,
        _ waiting: FleetWaitOption,
        _ environment: CommandEnvironment
    ) throws(CLIError) {
        let connection = try Connection.resolve(global, in: environment)
        let team = try connection.perform("POST", path, request: request, reading: TeamSummary.self)
        environment.output(listing.render([team.value], json: [team.json], global))
        try waiting.settle(team.revision, on: connection, global)
    }
}

/// The options `team create` and `team update` share.
struct TeamFields: ParsableArguments {
    @Option(help: "A display name.") var alias: String?
    @Option(help: "Budget in USD.", transform: NumberArgument.money) var maxBudget: Double?
    @Option(help: "Models the team may call, comma-separated.") var models: String?

    /// The limits these options set.
    var limits: LimitsUpdate {
        var limits = LimitsUpdate()
        limits.models = models.map(CommaList.items)
        limits.maxBudget = maxBudget.map { .some($0) }
        return limits
    }
}
