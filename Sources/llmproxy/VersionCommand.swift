import ArgumentParser
import GatewayModel

/// `llmproxy version`: print the version.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print the version.")

    func run() {
        print("llmproxy \(GatewayVersion.current)")
    }
}
