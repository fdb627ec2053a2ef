import ArgumentParser
import GatewayModel

/// The root of llmctl's command tree.
public struct LLMCtl: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "llmctl",
        abstract: "Administer llmproxy gateways: contexts, keys, users, teams, models and the fleet.",
        discussion: """
            Contexts are named connections (URL and credential) kept in $LLMCTL_HOME/llmctl.sqlite \
            (default $XDG_CONFIG_HOME/llmctl or ~/.config/llmctl). Exit status: 0 success, 1 refused by the server, \
            64 usage error, 69 server unreachable or failing, 77 authentication or permission.
            """,
        version: GatewayVersion.current,
        subcommands: [
            ContextCommand.self, KeyCommand.self, UserCommand.self, TeamCommand.self, ModelCommand.self, SpendCommand.self,
            ChatCommand.self, HealthCommand.self, FleetCommand.self, ShellCommand.self,
        ]
    )

    /// The global options, declared here too so help, completion scripts and the REPL offer them before a command;
    /// `GlobalArguments` hands them to the command that acts on them.
    @OptionGroup var global: GlobalOptions

    public init() {}
}
