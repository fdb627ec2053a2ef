import Foundation
import GatewayTestSupport
import Testing

@Suite("llmctl context test against a real llmproxy", .timeLimit(.minutes(1)))
struct ContextTestCommandTests {
    @Test func testAllReportsEachContextAndFailsWhenOneIsDown() async throws {
        let directory = try TemporaryDirectory()
        #expect(try Launcher.run("llmproxy", ["migrate", "--database-url", "sqlite:\(directory.path("p.sqlite"))"]).status == 0)
        let (server, port) = try await Launcher.llmproxyOnSQLite(in: directory, role: "worker")
        let environment = ["LLMCTL_HOME": directory.path("home"), "GOOD_KEY": RunningServer.masterKey]
        func llmctl(_ arguments: String...) throws -> CommandResult {
            try Launcher.run("llmctl", arguments, environment: environment)
        }
        _ = try llmctl("context", "add", "good", "--url", "http://127.0.0.1:\(port)", "--api-key-env", "GOOD_KEY")
        _ = try llmctl("context", "add", "wrongkey", "--url", "http://127.0.0.1:\(port)", "--api-key", "sk-not-the-right-key-000")
        _ = try llmctl("context", "add", "down", "--url", "http://127.0.0.1:9", "--api-key", "sk-whatever-000000")

        let one = try llmctl("context", "test", "good", "--no-headers")
        #expect(one.status == 0)
        #expect(one.stdout.hasPrefix("good   healthy   0.1.0   worker   connected   ok"))

        let all = try llmctl("context", "test", "--all", "-o", "json")
        #expect(all.status == 69)
        let rows = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]] ?? []
        let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as? String ?? "", $0["last_test"] as? [String: Any] ?? [:]) })
        #expect(byName["good"]?["auth"] as? String == "ok")
        #expect(byName["wrongkey"]?["auth"] as? String == "rejected")
        #expect(byName["down"]?["status"] as? String == "unreachable")
        #expect(all.stderr == "error: 1 of 3 contexts are not healthy\n")

        let listed = try llmctl("context", "list")
        #expect(listed.stdout.contains("unreachable"))
        #expect(listed.stdout.contains("healthy") && listed.stdout.contains("0.1.0"))
        #expect(try await server.terminate() == 0)
    }
}
