import Foundation
import GatewayTestSupport
import Testing

/// A server that answers 2xx with the wrong thing must not pass for an empty result, and whatever it sends back, the
/// caller's key never appears in llmctl's output.
@Suite("llmctl against a server that answers garbage")
struct HostileServerTests {
    static let key = "sk-hostile-test-key-0123456789abcdef"

    /// Every command that reads an answer, as typed.
    static let commands: [[String]] = [
        ["key", "list"], ["key", "info", "sk-other-key-0123456789abcdef"], ["key", "generate"], ["key", "update", "k", "--alias", "a"],
        ["key", "regenerate", "k"], ["key", "delete", "k"], ["key", "block", "k"], ["key", "unblock", "k"],
        ["user", "list"], ["user", "info", "u"], ["user", "create", "u"], ["user", "update", "u", "--email", "e@x"], ["user", "delete", "u"],
        ["team", "list"], ["team", "info", "t"], ["team", "create", "t"], ["team", "update", "t", "--alias", "a"], ["team", "delete", "t"],
        ["team", "add-member", "t", "u"], ["team", "remove-member", "t", "u"],
        ["model", "list"], ["model", "info"], ["model", "add", "m", "--upstream", "openai/x"], ["model", "delete", "id"],
        ["spend"], ["chat", "hi"], ["chat", "--stream", "hi"], ["health"], ["health", "--models"],
    ]

    /// The kinds of garbage, each echoing the credential it was sent where a careless client would print it.
    enum Garbage: String, CaseIterable {
        case brokenJSON, htmlPage, arrayOfNumbers, fieldsOfTheWrongKind, emptyBody

        func answer(_ request: CannedHTTPServer.Request) -> CannedHTTPServer.Answer {
            let echoed = request.authorization ?? ""
            switch self {
            case .brokenJSON:
                return .init(body: #"{"keys": [{"token": ""# + echoed)
            case .htmlPage:
                return .init(contentType: "text/html", body: "<!DOCTYPE html>\(echoed)<html><body><h1>Welcome</h1></body></html>\n")
            case .arrayOfNumbers:
                return .init(body: "[1, 2, 3]")
            case .fieldsOfTheWrongKind:
                let fields = [
                    "keys", "users", "data", "info", "user_info", "team_info", "key", "token", "team_id", "user_id", "deleted_keys",
                    "deleted_users", "deleted_teams", "model_info", "model_name", "message", "choices", "healthy_endpoints",
                    "unhealthy_endpoints", "status", "request_id",
                ]
                return .init(body: "{" + fields.map { "\"\($0)\": 7" }.joined(separator: ", ") + ", \"echo\": \"\(echoed)\"}")
            case .emptyBody:
                return .init(body: "")
            }
        }
    }

    @Test(arguments: Garbage.allCases)
    func everyCommandFailsWith69AndNamesTheAnswer(garbage: Garbage) throws {
        let server = try CannedHTTPServer { garbage.answer($0) }
        defer { server.stop() }
        let home = try TemporaryDirectory()
        // --verbose also traces every body the server sent, which is where an echoed key would show first.
        for command in Self.commands {
            let result = try Launcher.run(
                "llmctl",
                command + ["--verbose"],
                environment: ["LLMCTL_HOME": home.path("home"), "LLMCTL_URL": server.url, "LLMCTL_API_KEY": Self.key]
            )
            let all = result.stdout + result.stderr
            #expect(result.status == 69, "\(command) on \(garbage): exit \(result.status)\n\(all)")
            #expect(all.contains("invalid response from \(server.url)/"), "\(command) on \(garbage):\n\(all)")
            #expect(!all.contains(Self.key), "\(command) on \(garbage) printed the key:\n\(all)")
            let errorLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
            #expect(errorLines.count == 1 && errorLines.allSatisfy { $0.count < 400 }, "\(command) on \(garbage): \(errorLines)")
        }
    }

    @Test func theMessageSaysWhatDidNotFit() throws {
        let server = try CannedHTTPServer { request in
            request.uri.hasPrefix("/key/list") ? .init(body: #"{"keys": "none"}"#) : .init(contentType: "text/html", body: "<html>\n<p>hi</p>")
        }
        defer { server.stop() }
        let home = try TemporaryDirectory()
        let environment = ["LLMCTL_HOME": home.path("home"), "LLMCTL_URL": server.url, "LLMCTL_API_KEY": Self.key]
        let keys = try Launcher.run("llmctl", ["key", "list"], environment: environment)
        #expect(keys.stdout == "")
        #expect(
            keys.stderr
                == "error: invalid response from \(server.url)/key/list?return_full_object=true&page=1&size=100: expected keys to be an array, got a string\n"
        )
        let users = try Launcher.run("llmctl", ["user", "list"], environment: environment)
        #expect(users.stderr.hasSuffix(": the body is not JSON (it starts \"<html>\")\n"), "\(users.stderr)")
    }
}
