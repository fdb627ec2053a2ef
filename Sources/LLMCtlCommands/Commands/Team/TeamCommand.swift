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
    static let columns = ["team_id", "alias", "models", "spend", "budget", "members", "blocked"]

    /// A team as every team command reads it.
    static let shape = AnswerShape.object(
        required: ["team_id": .text],
        optional: [
            "team_alias": .text, "models": .list(of: .text), "spend": .number, "max_budget": .number, "blocked": .boolean,
            "members_with_roles": .list(of: .object(optional: ["user_id": .text, "role": .text])),
        ]
    )

    static func row(_ team: JSONValue) -> OutputRow {
        let id: String = team["team_id"]?.stringValue ?? ""
        let members: [String] = (team["members_with_roles"]?.arrayValue ?? []).map { member in
            "\(member["user_id"]?.stringValue ?? "")(\(member["role"]?.stringValue ?? "user"))"
        }
        var cells: [String] = [id]
        cells.append(team["team_alias"]?.stringValue ?? "")
        cells.append((team["models"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: ","))
        cells.append(team["spend"].map(Renderer.number) ?? "0")
        cells.append(team["max_budget"].map(Renderer.number) ?? "")
        cells.append(members.joined(separator: ","))
        cells.append(team["blocked"] == .bool(true) ? "yes" : "no")
        return OutputRow(name: id, cells: cells, object: team)
    }

    static func print(_ team: JSONValue, _ global: GlobalOptions, _ environment: CommandEnvironment) {
        environment.output(Renderer.render([row(team)], columns: columns, format: global.output, headers: !global.noHeaders))
    }
}

/// The options `team create` and `team update` share, as request fields.
struct TeamFields: ParsableArguments {
    @Option(help: "A display name.") var alias: String?
    @Option(help: "Budget in USD.", transform: NumberArgument.money) var maxBudget: Double?
    @Option(help: "Models the team may call, comma-separated.") var models: String?

    var json: [String: JSONValue] {
        var body: [String: JSONValue] = [:]
        body["team_alias"] = alias.map(JSONValue.string)
        body["max_budget"] = maxBudget.map(JSONValue.double)
        body["models"] = models.map(CommaList.json)
        return body
    }
}
