import Foundation
import GatewayTestSupport
import Testing

@Suite("llmctl refuses careless input before anything runs, and keeps secrets out of sight")
struct CarelessInputTests {
    private func llmctl(_ home: TemporaryDirectory, _ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try Launcher.run("llmctl", arguments, environment: environment.merging(["LLMCTL_HOME": home.path("home")]) { a, _ in a })
    }

    @Test func aURLWithCredentialsIsRefusedAndNeverPrinted() throws {
        let home = try TemporaryDirectory()
        let added = try llmctl(home, ["context", "add", "x", "--url", "http://admin:hunter2-secret@127.0.0.1:9", "--api-key", "sk-x-0000000000"])
        #expect(added.status == 64)
        #expect(added.stderr.contains("--api-key-env"))
        #expect(!(added.stdout + added.stderr).contains("hunter2-secret"))
        let fromEnvironment = try llmctl(home, ["key", "list"], environment: ["LLMCTL_URL": "http://u:hunter2-secret@127.0.0.1:9"])
        #expect(fromEnvironment.status == 64)
        #expect(!(fromEnvironment.stdout + fromEnvironment.stderr).contains("hunter2-secret"))
        _ = try llmctl(home, ["context", "add", "ok", "--url", "http://127.0.0.1:9", "--api-key", "sk-x-0000000000"])
        #expect(try llmctl(home, ["context", "set", "ok", "--url", "https://a:hunter2-secret@example.com"]).status == 64)
    }

    @Test(arguments: [
        ["context", "add", "", "--url", "http://127.0.0.1:9", "--api-key", "sk-x-0000000000"],
        ["context", "add", " padded", "--url", "http://127.0.0.1:9", "--api-key", "sk-x-0000000000"],
        ["key", "list", "--timeout", "inf"],
        ["key", "list", "--timeout", "nan"],
        ["key", "list", "--timeout", "1e300"],
        ["key", "list", "--timeout", "0"],
        ["key", "generate", "--max-budget", "nan"],
        ["key", "generate", "--max-budget", "-1"],
        ["user", "create", "u", "--max-budget", "Infinity"],
        ["model", "add", "m", "--upstream", "openai/x", "--input-cost", "1e400"],
    ])
    func badOptionsStopWithUsageBeforeAnyRequest(arguments: [String]) throws {
        let home = try TemporaryDirectory()
        let result = try llmctl(home, arguments, environment: ["LLMCTL_URL": "http://127.0.0.1:9", "LLMCTL_API_KEY": "sk-x-0000000000"])
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.contains("unreachable"), "refused before any request")
    }

    @Test func aVerboseTraceMasksAKeyInTheURL() throws {
        let home = try TemporaryDirectory()
        let secret = "sk-trace-secret-0123456789abcdef"
        let environment = ["LLMCTL_URL": "http://127.0.0.1:9", "LLMCTL_API_KEY": "sk-caller-key-0123456789"]
        let result = try llmctl(home, ["key", "info", secret, "--verbose"], environment: environment)
        #expect(result.stderr.contains("> GET http://127.0.0.1:9/key/info?key=sk-...cdef"), "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains(secret))
        #expect(!(result.stdout + result.stderr).contains("sk-caller-key-0123456789"))
    }

    @Test func anUnsetKeyVariableIsNamedBeforeAnyRequest() throws {
        let home = try TemporaryDirectory()
        _ = try llmctl(home, ["context", "add", "eu", "--url", "http://127.0.0.1:9", "--api-key-env", "EU_PROXY_KEY"])
        let result = try llmctl(home, ["key", "list"])
        #expect(result.status == 64)
        #expect(result.stderr == "error: context \"eu\" reads its key from EU_PROXY_KEY, but EU_PROXY_KEY is not set\n")
    }

    @Test func theStoreIsMadeOwnerOnlyWhenItWasNot() throws {
        let home = try TemporaryDirectory()
        _ = try llmctl(home, ["context", "add", "eu", "--url", "http://127.0.0.1:9", "--api-key", "sk-x-0000000000"])
        let store = home.path("home/llmctl.sqlite")
        chmod(store, 0o644)
        chmod(home.path("home"), 0o755)
        #expect(try llmctl(home, ["context", "list", "-o", "name"]).stdout == "eu\n")
        let file = try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? Int
        let folder = try FileManager.default.attributesOfItem(atPath: home.path("home"))[.posixPermissions] as? Int
        #expect(file == 0o600)
        #expect(folder == 0o700)
    }

    @Test func tenProcessesAddingContextsToAFreshHomeAllLand() throws {
        let home = try TemporaryDirectory()
        let llmctl = Launcher.productsDirectory.appendingPathComponent("llmctl").path
        // Started together by the shell, so they really race to create the store.
        let script = """
            for i in 0 1 2 3 4 5 6 7 8 9; do
                "$LLMCTL" context add "c$i" --url http://127.0.0.1:9 --api-key sk-x-0000000000 > /dev/null || echo "c$i failed" &
            done
            wait
            """
        let result = try Launcher.execute(
            URL(fileURLWithPath: "/bin/bash"),
            ["-c", script],
            environment: ["LLMCTL": llmctl, "LLMCTL_HOME": home.path("home"), "PATH": "/usr/bin:/bin"]
        )
        #expect(result.stdout.isEmpty && result.stderr.isEmpty, "\(result.stdout)\(result.stderr)")
        #expect(try self.llmctl(home, ["context", "list", "-o", "name"]).stdout == (0..<10).map { "c\($0)\n" }.joined())
    }
}
