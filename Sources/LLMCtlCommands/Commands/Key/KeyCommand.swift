import ArgumentParser
import GatewayModel

/// `llmctl key`: virtual keys on the current context.
public struct KeyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Manage virtual keys.",
        subcommands: [
            KeyGenerate.self, KeyList.self, KeyInfo.self, KeyUpdate.self, KeyRegenerate.self, KeyDelete.self, KeyBlock.self, KeyUnblock.self,
        ]
    )

    public init() {}
}

/// How keys print: one column set for every key command.
enum KeyRows {
    static let columns = ["token", "alias", "user", "team", "models", "spend", "budget", "expires", "blocked"]

    /// A key as every key command reads it.
    static let shape = AnswerShape.object(
        required: ["token": .text],
        optional: [
            "key_alias": .text, "user_id": .text, "team_id": .text, "models": .list(of: .text),
            "spend": .number, "max_budget": .number, "expires": .text, "blocked": .boolean,
        ]
    )

    static func row(_ key: JSONValue) -> OutputRow {
        let token: String = key["token"]?.stringValue ?? ""
        let models: [String] = (key["models"]?.arrayValue ?? []).compactMap(\.stringValue)
        let spend: String = key["spend"].map(Renderer.number) ?? "0"
        let budget: String = key["max_budget"].map(Renderer.number) ?? ""
        var cells: [String] = [String(token.prefix(12))]
        cells.append(key["key_alias"]?.stringValue ?? "")
        cells.append(key["user_id"]?.stringValue ?? "")
        cells.append(key["team_id"]?.stringValue ?? "")
        cells.append(models.joined(separator: ","))
        cells.append(spend)
        cells.append(budget)
        cells.append(key["expires"]?.stringValue ?? "never")
        cells.append(key["blocked"] == .bool(true) ? "yes" : "no")
        return OutputRow(name: token, cells: cells, object: key)
    }
}
