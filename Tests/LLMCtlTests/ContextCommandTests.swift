import Foundation
import GatewayTestSupport
import Testing

@Suite("llmctl context, run as the built binary")
struct ContextCommandTests {
    private func llmctl(_ home: TemporaryDirectory, _ arguments: String...) throws -> CommandResult {
        try Launcher.run("llmctl", arguments, environment: ["LLMCTL_HOME": home.path("home")])
    }

    @Test func addListSwitchRenameRemove() throws {
        let home = try TemporaryDirectory()
        let added = try llmctl(home, "context", "add", "us", "--url", "http://127.0.0.1:4000/", "--api-key", "sk-us-0123456789abc")
        #expect(added.status == 0)
        #expect(added.stdout == "Context \"us\" added.\nSwitched to context \"us\".\n")
        #expect(
            try llmctl(home, "context", "add", "eu", "--url", "http://127.0.0.1:4001", "--api-key-env", "EU_KEY", "--region", "eu-west").stdout
                == "Context \"eu\" added.\n"
        )
        #expect(
            try llmctl(home, "context", "list").stdout == """
                CURRENT   NAME   URL                     REGION    STATUS   VERSION   LATENCY   TESTED
                          eu     http://127.0.0.1:4001   eu-west
                *         us     http://127.0.0.1:4000

                """
        )
        #expect(try llmctl(home, "context", "use", "eu").stdout == "Switched to context \"eu\".\n")
        #expect(try llmctl(home, "context", "current").stdout == "eu\n")
        #expect(try llmctl(home, "context", "list", "-o", "name").stdout == "eu\nus\n")
        #expect(try llmctl(home, "context", "rename", "eu", "europe").stdout == "Context \"eu\" renamed to \"europe\".\n")
        #expect(try llmctl(home, "context", "current").stdout == "europe\n")
        #expect(try llmctl(home, "context", "remove", "europe").stdout == "Deleted context \"europe\".\n")
        let none = try llmctl(home, "context", "current")
        #expect(none.status == 1)
        #expect(none.stderr == "error: current-context is not set\n")
    }

    @Test func jsonListsMaskCredentials() throws {
        let home = try TemporaryDirectory()
        _ = try llmctl(home, "context", "add", "us", "--url", "http://127.0.0.1:4000", "--api-key", "sk-us-0123456789abc")
        let listed = try llmctl(home, "context", "list", "-o", "json")
        let parsed = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.first?["credential"] as? String == "sk-...9abc")
        #expect(parsed?.first?["current"] as? Bool == true)
        #expect(!listed.stdout.contains("sk-us-0123456789abc"))
    }

    @Test func exitStatusesForMissingContextsAndBadUsage() throws {
        let home = try TemporaryDirectory()
        let missing = try llmctl(home, "context", "use", "nope")
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: no context exists with the name: \"nope\"\n")
        let usage = try llmctl(home, "context", "add", "x", "--url", "ftp://a", "--api-key", "sk-x")
        #expect(usage.status == 64)
        #expect(usage.stderr.hasPrefix("Error: --url must be an http:// or https:// URL, got 'ftp://a'."))
        #expect(try llmctl(home, "context", "frobnicate").status == 64)
        #expect(try llmctl(home, "--help").status == 0)
    }
}
