import ArgumentParser
import GatewayModel
import GatewayServer

/// The `llmproxy` executable: serve the gateway, migrate its database, report its version.
@main
struct LLMProxyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "llmproxy",
        abstract: "An LLM gateway with a split control plane and data plane.",
        version: GatewayVersion.current,
        subcommands: [ServeCommand.self, MigrateCommand.self, VersionCommand.self]
    )
}

extension ServerRole: ExpressibleByArgument {}
