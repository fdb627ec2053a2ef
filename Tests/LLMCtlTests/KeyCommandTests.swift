import Foundation
import GatewayTestSupport
import Testing

@Suite("llmctl key, against a real llmproxy", .timeLimit(.minutes(1)))
struct KeyCommandTests {
    @Test func keysRoundTripAndEveryExitStatusIsReachable() async throws {
        let directory = try TemporaryDirectory()
        let (server, port) = try await Launcher.llmproxyOnSQLite(in: directory)
        let url = "http://127.0.0.1:\(port)"
        func llmctl(_ arguments: [String], key: String? = RunningServer.masterKey, at target: String? = nil) throws -> CommandResult {
            var environment = ["LLMCTL_HOME": directory.path("home"), "LLMCTL_URL": target ?? url]
            environment["LLMCTL_API_KEY"] = key
            return try Launcher.run("llmctl", arguments, environment: environment)
        }

        let generated = try llmctl(["key", "generate", "--duration", "30d", "--alias", "ci", "--models", "demo", "--max-budget", "5", "-o", "name"])
        #expect(generated.status == 0)
        let secret = generated.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("sk-") && secret.count == 35)

        let traced = try llmctl(["key", "generate", "--alias", "traced", "--verbose", "-o", "name"])
        let tracedSecret = traced.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(traced.stderr.contains("> POST \(url)/key/generate"))
        #expect(traced.stderr.contains("> authorization: Bearer sk-...cdef"))
        #expect(traced.stderr.contains("< HTTP 200 in "))
        #expect(!traced.stderr.contains(RunningServer.masterKey))
        #expect(!traced.stderr.contains(tracedSecret))
        #expect(try llmctl(["key", "delete", "--alias", "traced"]).status == 0)

        let listed = try llmctl(["key", "list", "-o", "json"])
        let keys = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(keys.count == 1)
        #expect(keys.first?["key_alias"] as? String == "ci")
        #expect(!listed.stdout.contains(secret))
        let table = try llmctl(["key", "list"])
        #expect(table.stdout.hasPrefix("TOKEN"))
        #expect(table.stdout.contains("ci"))

        #expect(try llmctl(["key", "info", secret, "--no-headers"]).stdout.contains("demo"))
        let updated = try llmctl(["key", "update", secret, "--max-budget", "7", "--rpm", "60", "-o", "json"])
        #expect(updated.stdout.contains(#""max_budget" : 7"#))
        #expect(updated.stdout.contains(#""rpm_limit" : 60"#))
        #expect(try llmctl(["key", "update", secret]).status == 64)
        #expect(try llmctl(["key", "block", secret, "-o", "json"]).stdout.contains(#""blocked" : true"#))
        #expect(try llmctl(["key", "unblock", secret, "-o", "json"]).stdout.contains(#""blocked" : false"#))

        let refused = try llmctl(["key", "delete", "sk-no-such-key-00000000"])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: context \"LLMCTL_URL\": Key not found"))
        let forbidden = try llmctl(["key", "list"], key: "sk-wrong-key-000000000")
        #expect(forbidden.status == 77)
        let unreachable = try llmctl(["key", "list"], at: "http://127.0.0.1:9")
        #expect(unreachable.status == 69)
        #expect(try llmctl(["key", "generate", "--duration", "30x"]).status == 64)

        let rotated = try llmctl(["key", "regenerate", secret]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(rotated.hasPrefix("sk-") && rotated != secret)
        #expect(try llmctl(["key", "info", secret]).status == 1)
        #expect(try llmctl(["key", "info", rotated, "-o", "json"]).stdout.contains(#""key_alias" : "ci""#))
        #expect(try llmctl(["key", "delete", "--alias", "ci"]).stdout == "Deleted 1 key.\n")
        #expect(try await server.terminate() == 0)
    }

    @Test func withoutAnyContextTheErrorSaysHowToAddOne() throws {
        let directory = try TemporaryDirectory()
        let result = try Launcher.run("llmctl", ["key", "list"], environment: ["LLMCTL_HOME": directory.path("home")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("llmctl context add"))
    }
}
