import Foundation
import GatewayTestSupport
import Testing

@Suite("llmctl fleet and --wait, against a real llmproxy", .timeLimit(.minutes(1)))
struct FleetCommandTests {
    @Test func writesWaitForTheFleetAndAWaitThatCannotBeMetNamesWhoLags() async throws {
        let directory = try TemporaryDirectory()
        let (server, port) = try await Launcher.llmproxyOnSQLite(in: directory)
        func llmctl(_ arguments: [String]) throws -> CommandResult {
            let environment = [
                "LLMCTL_HOME": directory.path("home"), "LLMCTL_URL": "http://127.0.0.1:\(port)", "LLMCTL_API_KEY": RunningServer.masterKey,
            ]
            return try Launcher.run("llmctl", arguments, environment: environment)
        }

        let generated = try llmctl(["key", "generate", "--alias", "ci", "--wait", "-o", "name"])
        #expect(generated.status == 0)
        #expect(generated.stdout.hasPrefix("sk-"), "the secret is printed before the wait")
        #expect(try llmctl(["key", "delete", "--alias", "ci", "--wait"]).status == 0)

        let status = try llmctl(["fleet", "status", "-o", "json"])
        #expect(status.status == 0)
        let answer = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
        #expect(answer?["converged"] as? Bool == true)
        #expect((answer?["instances"] as? [[String: Any]])?.count == 1)
        #expect(try llmctl(["fleet", "status"]).stdout.hasPrefix("NAME"))
        #expect(try llmctl(["fleet", "wait", "--timeout", "5s"]).status == 0)

        let lagging = try llmctl(["fleet", "wait", "--revision", "999999", "--timeout", "500ms"])
        #expect(lagging.status == 69)
        #expect(lagging.stderr.contains("the fleet did not apply revision 999999 within 0.5s: "))
        #expect(lagging.stderr.contains(":0 (applied "), "the lagging instance is named, as <hostname>:<port> by default")
        #expect(try llmctl(["fleet", "wait", "--timeout", "soon"]).status == 64)
        withExtendedLifetime(server) {}
    }
}
