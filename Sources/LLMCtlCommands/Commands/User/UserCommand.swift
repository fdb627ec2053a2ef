import ArgumentParser
import GatewayModel

/// `llmctl user`: users of the current context's proxy.
public struct UserCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage users.",
        subcommands: [UserCreate.self, UserList.self, UserInfo.self, UserUpdate.self, UserDelete.self]
    )

    public init() {}
}

/// How users print, for every user command.
enum UserRows {
    static let columns = ["user_id", "email", "role", "spend", "budget", "teams"]

    /// A user as every user command reads it.
    static let shape = AnswerShape.object(
        required: ["user_id": .text],
        optional: ["user_email": .text, "user_role": .text, "spend": .number, "max_budget": .number, "teams": .list(of: .text)]
    )

    static func row(_ user: JSONValue) -> OutputRow {
        let id: String = user["user_id"]?.stringValue ?? ""
        var cells: [String] = [id]
        cells.append(user["user_email"]?.stringValue ?? "")
        cells.append(user["user_role"]?.stringValue ?? "")
        cells.append(user["spend"].map(Renderer.number) ?? "0")
        cells.append(user["max_budget"].map(Renderer.number) ?? "")
        cells.append((user["teams"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: ","))
        return OutputRow(name: id, cells: cells, object: user)
    }
}

/// The options `user create` and `user update` share, as request fields.
struct UserFields: ParsableArguments {
    @Option(help: "Email address.") var email: String?
    @Option(help: "Role: proxy_admin, proxy_admin_viewer, internal_user or internal_user_viewer.") var role: String?
    @Option(help: "Budget in USD.", transform: NumberArgument.money) var maxBudget: Double?
    @Option(help: "Models the user may call, comma-separated.") var models: String?

    var json: [String: JSONValue] {
        var body: [String: JSONValue] = [:]
        body["user_email"] = email.map(JSONValue.string)
        body["user_role"] = role.map(JSONValue.string)
        body["max_budget"] = maxBudget.map(JSONValue.double)
        body["models"] = models.map(CommaList.json)
        return body
    }
}
