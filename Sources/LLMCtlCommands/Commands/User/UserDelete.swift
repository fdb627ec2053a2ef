import ArgumentParser
import GatewayModel

/// `llmctl user delete`.
public struct UserDelete: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete users with their keys; all or none.")

    @Argument(help: "User ids.") var userIds: [String]
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func validate() throws {
        if userIds.isEmpty { throw ValidationError("Name at least one user.") }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let connection = try Connection.resolve(global, in: environment)
        let answer = try connection.perform("POST", "/user/delete", request: UserDeleteRequest(userIds: userIds), reading: Deleted<DeletedUsers>.self)
        let count = answer.value.items.count
        environment.say("Deleted \(count) user\(count == 1 ? "" : "s").")
        try waiting.settle(answer.revision, on: connection, global)
    }
}
