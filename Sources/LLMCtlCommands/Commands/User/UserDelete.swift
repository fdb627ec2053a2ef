import ArgumentParser
import GatewayModel

/// `llmctl user delete`.
public struct UserDelete: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete users with their keys; all or none.")

    @Argument(help: "User ids.") var userIds: [String]
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        if userIds.isEmpty { throw ValidationError("Name at least one user.") }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let body: JSONValue = .object(["user_ids": .array(userIds.map(JSONValue.string))])
        let answer = try Connection.resolve(global, in: environment).perform(
            "POST",
            "/user/delete",
            json: body,
            expecting: .object(required: ["deleted_users": .list(of: .anything)])
        )
        let count = answer["deleted_users"]?.arrayValue?.count ?? 0
        environment.say("Deleted \(count) user\(count == 1 ? "" : "s").")
    }
}
