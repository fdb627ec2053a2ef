import Foundation
import GatewayTestSupport
import Testing

/// The committed completion scripts and manual pages are checked by the tools that will read them.
/// (`scripts/generate-docs --check`, run by the test command, fails when they are stale.)
@Suite("Completion scripts and manual pages")
struct GeneratedDocsTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func run(_ command: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try Launcher.execute(
            URL(fileURLWithPath: "/usr/bin/env"),
            command,
            environment: ProcessInfo.processInfo.environment.merging(environment) { _, new in new },
            directory: Self.root
        )
    }

    @Test(arguments: ["llmctl", "llmproxy"])
    func eachShellAcceptsItsCompletionScript(tool: String) throws {
        for (shell, check) in [("bash", ["bash", "-n"]), ("zsh", ["zsh", "-n"]), ("fish", ["fish", "--no-execute"])] {
            let result = try run(check + ["completions/\(tool).\(shell)"])
            #expect(result.status == 0, "\(shell) rejects completions/\(tool).\(shell): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(shell) on completions/\(tool).\(shell): \(result.stderr)")
        }
    }

    @Test(arguments: ["llmctl", "llmproxy"])
    func manualPageRendersWithoutWarnings(tool: String) throws {
        let result = try run(["man", "--warnings", "-l", "man/\(tool).1"], environment: ["MANWIDTH": "80"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "man -l man/\(tool).1 warns: \(result.stderr)")
        let text = result.stdout.replacing(/.\x{8}/, with: "")
        for section in ["SYNOPSIS", "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES"] {
            #expect(text.contains("\n\(section)\n"), "man/\(tool).1 has no \(section) section")
        }
    }

    @Test func bashCompletesContextNamesFromTheStore() throws {
        let home = try TemporaryDirectory()
        let environment = ["LLMCTL_HOME": home.path("home")]
        for name in ["eu-west", "us-east"] {
            _ = try Launcher.run(
                "llmctl",
                ["context", "add", name, "--url", "http://127.0.0.1:9", "--api-key", "sk-unused-000000"],
                environment: environment
            )
        }
        let llmctl = Launcher.productsDirectory.appendingPathComponent("llmctl").path
        let script = """
            source completions/llmctl.bash
            COMP_WORDS=(\(llmctl) context use "")
            COMP_CWORD=3
            COMP_LINE="\(llmctl) context use "
            COMP_POINT=${#COMP_LINE}
            _llmctl
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try run(["bash", "-c", script], environment: environment)
        #expect(result.stdout == "eu-west\nus-east\n", "stderr: \(result.stderr)")
    }
}
