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
    static let listing = Listing<UserSummary>(
        name: \.userId,
        columns: [
            ("user_id", \.userId),
            ("email", { $0.userEmail ?? "" }),
            ("role", { $0.userRole ?? "" }),
            ("spend", { $0.spend.map(Renderer.number) ?? "0" }),
            ("budget", { Renderer.number($0.maxBudget) }),
            ("teams", { ($0.teams ?? []).joined(separator: ",") }),
        ]
    )

    /// A user just created: its id and its first key, if one was made.
    static let created = Listing<CreatedUser>(name: \.userId, columns: [("user_id", \.userId), ("key", { $0.key ?? "" })])
}

/// The options `user create` and `user update` share.
struct UserFields: ParsableArguments {
    @Option(help: "Email address.") var email: String?
    @Option(help: "Role: proxy_admin, proxy_admin_viewer, internal_user or internal_user_viewer.") var role: String?
    @Option(help: "Budget in USD.", transform: NumberArgument.money) var maxBudget: Double?
    @Option(help: "Models the user may call, comma-separated.") var models: String?

    var isEmpty: Bool { email == nil && role == nil && maxBudget == nil && models == nil }

    /// The limits these options set.
    var limits: LimitsUpdate {
        var limits = LimitsUpdate()
        limits.models = models.map(CommaList.items)
        limits.maxBudget = maxBudget.map { .some($0) }
        return limits
    }

    /// The role named by `--role`, refused before any call when it is not one.
    func userRole() throws(CLIError) -> UserRole? {
        guard let role else { return nil }
        guard let parsed = UserRole(rawValue: role) else {
            throw CLIError(.usage, "--role must be one of \(UserRole.names), got '\(role)'")
        }
        return parsed
    }
}
