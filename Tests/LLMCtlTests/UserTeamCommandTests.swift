import Foundation
import GatewayTestSupport
import Testing

@Suite("llmctl user and team, against a real llmproxy", .timeLimit(.minutes(1)))
struct UserTeamCommandTests {
    @Test func usersAndTeamsRoundTrip() async throws {
        let directory = try TemporaryDirectory()
        let (server, port) = try await Launcher.llmproxyOnSQLite(in: directory, role: "admin")
        let environment = [
            "LLMCTL_HOME": directory.path("home"), "LLMCTL_URL": "http://127.0.0.1:\(port)", "LLMCTL_API_KEY": RunningServer.masterKey,
        ]
        func llmctl(_ arguments: String...) throws -> CommandResult {
            try Launcher.run("llmctl", arguments, environment: environment)
        }

        let created = try llmctl("user", "create", "alice", "--email", "alice@example.com", "--max-budget", "10", "--no-headers")
        #expect(created.status == 0)
        #expect(created.stdout.hasPrefix("alice   "))
        #expect(try llmctl("user", "create", "bob", "--no-key", "-o", "name").stdout == "bob\n")
        #expect(try llmctl("user", "list", "-o", "name").stdout == "alice\nbob\n")
        #expect(try llmctl("user", "update", "alice", "--role", "proxy_admin", "--no-headers").stdout.contains("proxy_admin"))
        #expect(try llmctl("user", "info", "alice", "-o", "json").stdout.contains(#""user_email" : "alice@example.com""#))

        #expect(try llmctl("team", "create", "eng", "--alias", "Engineering", "--max-budget", "100").status == 0)
        #expect(try llmctl("team", "add-member", "eng", "alice", "--role", "admin", "--no-headers").stdout.contains("alice(admin)"))
        #expect(try llmctl("team", "add-member", "eng", "bob").stdout.contains("bob(user)"))
        #expect(try llmctl("team", "add-member", "eng", "bob").status == 1)
        #expect(try llmctl("team", "remove-member", "eng", "bob", "--no-headers").stdout.contains("alice(admin)"))
        #expect(try llmctl("team", "update", "eng", "--blocked", "true", "--no-headers").stdout.hasSuffix("yes\n"))
        #expect(try llmctl("team", "list", "--user", "alice", "-o", "name").stdout == "eng\n")
        #expect(try llmctl("team", "info", "eng", "-o", "json").stdout.contains(#""team_alias" : "Engineering""#))
        #expect(try llmctl("team", "delete", "eng").stdout == "Deleted 1 team.\n")
        #expect(try llmctl("user", "delete", "alice", "bob").stdout == "Deleted 2 users.\n")
        #expect(try llmctl("user", "info", "alice").status == 1)
        #expect(try await server.terminate() == 0)
    }
}
