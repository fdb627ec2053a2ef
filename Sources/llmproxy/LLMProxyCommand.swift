import ArgumentParser
import GatewayModel
import GatewayServer
import NIOCore
import NIOPosix

/// The `llmproxy` executable: serve the gateway, migrate its database, report its version.
@main
struct LLMProxyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "llmproxy",
        abstract: "An LLM gateway with a split control plane and data plane.",
        version: GatewayVersion.current,
        subcommands: [ServeCommand.self, MigrateCommand.self, VersionCommand.self]
    )

    /// Before anything runs, `serve` makes the NIO event loops Swift Concurrency's global executor, so request
    /// handlers, upstream calls and socket I/O share two threads instead of hopping between two pools.
    static func main() async {
        if CommandLine.arguments.dropFirst().first == "serve" {
            NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        }
        await main(nil)
    }
}

extension ServerRole: ExpressibleByArgument {}
