import Foundation
import GatewayTestSupport
import Testing

@Suite("llmctl health, model, chat and spend, against a real llmproxy", .timeLimit(.minutes(1)))
struct WorkerCommandTests {
    @Test func aWorkerAnswersAndItsSpendIsListed() async throws {
        let directory = try TemporaryDirectory()
        let (server, port) = try await Launcher.llmproxyOnSQLite(in: directory)
        let environment = ["LLMCTL_HOME": directory.path("home"), "MASTER": RunningServer.masterKey]
        func llmctl(_ arguments: String...) throws -> CommandResult {
            try Launcher.run("llmctl", arguments, environment: environment)
        }
        _ = try llmctl("context", "add", "local", "--url", "http://127.0.0.1:\(port)", "--api-key-env", "MASTER")
        _ = try llmctl("context", "add", "down", "--url", "http://127.0.0.1:9", "--api-key", "sk-whatever-00000")

        #expect(try llmctl("health", "--no-headers").stdout.hasPrefix("local   healthy   connected   0.1.0"))
        let everywhere = try llmctl("health", "--all-contexts", "-o", "name")
        #expect(everywhere.status == 69)
        #expect(everywhere.stdout == "down\nlocal\n")
        #expect(try llmctl("model", "list", "-o", "name").stdout == "demo\n")
        #expect(try llmctl("health", "--models", "--no-headers").stdout == "demo   demo   mock/demo   healthy\n")
        #expect(try llmctl("health", "--models", "--model", "nope").status == 1, "404: no such model")
        #expect(try llmctl("health", "--model", "demo").status == 64, "--model needs --models")
        #expect(try llmctl("chat", "hello", "from", "llmctl").status == 64)
        #expect(try llmctl("chat", "hello from llmctl").stdout == "hello from llmctl\n")
        #expect(try llmctl("chat", "--stream", "streamed word by word").stdout == "streamed word by word\n")
        let chunks = try llmctl("chat", "--stream", "-o", "json", "two words").stdout.split(separator: "\n")
        #expect(chunks.count >= 2)
        #expect(chunks.allSatisfy { $0.contains("\"chat.completion.chunk\"") })
        let refused = try llmctl("chat", "--stream", "--model", "nonexistent", "hi")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("nonexistent"))
        let info = try llmctl("model", "info", "-o", "json")
        #expect(info.stdout.contains("\"mock/demo\""))
        let table = try llmctl("model", "info", "--no-headers").stdout
        #expect(table == "demo   demo   mock/demo   -   0   0\n")
        #expect(try llmctl("model", "info", "missing").status == 1)
        let spend = try await eventually(every: .milliseconds(200)) { () async throws -> CommandResult? in
            let listed = try llmctl("spend", "--since", "1h")
            return listed.stdout.contains("over 3 requests") ? listed : nil
        }
        #expect(spend.status == 0)
        #expect(spend.stdout.contains("demo"))
        #expect(spend.stdout.hasSuffix("total: 0.0 USD over 3 requests\n"))
        #expect(try await server.terminate() == 0)
    }
}

@Suite("llmctl model add and delete, against a real llmproxy", .timeLimit(.minutes(1)))
struct ModelEditCommandTests {
    @Test func aModelAddedWithAnEnvironmentKeyIsServedAndDeleted() async throws {
        let upstream = FakeUpstream()
        try await upstream.run { baseURL in
            let directory = try TemporaryDirectory()
            let server = try Launcher.llmproxy(
                ["serve", "--host", "127.0.0.1", "--port", "0", "--database-url", "sqlite:\(directory.path("p.sqlite"))"],
                in: directory,
                environment: ["LLMPROXY_MASTER_KEY": RunningServer.masterKey, "TEAM_UPSTREAM_KEY": "sk-from-the-environment"]
            )
            let port = try await server.waitForPort()
            let environment = ["LLMCTL_HOME": directory.path("home"), "MASTER": RunningServer.masterKey]
            func llmctl(_ arguments: String...) throws -> CommandResult {
                try Launcher.run("llmctl", arguments, environment: environment)
            }
            _ = try llmctl("context", "add", "local", "--url", "http://127.0.0.1:\(port)", "--api-key-env", "MASTER")
            let added = try llmctl(
                "model",
                "add",
                "team-gpt",
                "--upstream",
                "openai/ok",
                "--api-base",
                baseURL,
                "--api-key-env",
                "TEAM_UPSTREAM_KEY",
                "--input-cost",
                "0.5",
                "--id",
                "team-gpt-1",
                "--no-headers"
            )
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout == "team-gpt   team-gpt-1   openai/ok\n")
            #expect(try llmctl("chat", "--model", "team-gpt", "hi").stdout == "hi\n")
            #expect(upstream.requests.last?.authorization == "Bearer sk-from-the-environment")
            let files = ["p.sqlite", "p.sqlite-wal"].compactMap { try? String(contentsOfFile: directory.path($0), encoding: .isoLatin1) }
            #expect(files.contains { $0.contains("os.environ/TEAM_UPSTREAM_KEY") }, "the reference is stored")
            #expect(!files.contains { $0.contains("sk-from-the-environment") }, "the key stays in the environment, not the database")
            #expect(try llmctl("model", "delete", "team-gpt-1", "--no-headers").stdout == "team-gpt-1   deleted\n")
            #expect(try llmctl("chat", "--model", "team-gpt", "hi").status == 1)
            #expect(try llmctl("model", "delete", "team-gpt-1").status == 1)
            #expect(try await server.terminate() == 0)
        }
    }
}
