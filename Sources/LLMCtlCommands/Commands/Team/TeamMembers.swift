import ArgumentParser
import GatewayModel

/// Team member roles as the command line takes them.
enum MemberRole: String, ExpressibleByArgument, CaseIterable {
    case admin
    case user
}

/// `llmctl team add-member`.
public struct TeamAddMember: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "add-member", abstract: "Add a user to a team.")

    @Argument(help: "The team id.") var teamId: String
    @Argument(help: "The user id.") var userId: String
    @Option(help: "The member's role: admin or user.") var role: MemberRole = .user
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let member = MemberReference(userId: userId, role: role == .admin ? .admin : .user)
        try TeamRows.send("/team/member_add", TeamMemberAddRequest(teamId: teamId, members: [member]), global, waiting, environment)
    }
}

/// `llmctl team remove-member`.
public struct TeamRemoveMember: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "remove-member", abstract: "Remove a user from a team.")

    @Argument(help: "The team id.") var teamId: String
    @Argument(help: "The user id.") var userId: String
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        try TeamRows.send("/team/member_delete", TeamMemberDeleteRequest(teamId: teamId, userId: userId), global, waiting, environment)
    }
}
