import Foundation
import GatewayModel
import GatewayTestSupport
import Testing

@Suite("The llmproxy binary", .timeLimit(.minutes(2)))
struct LLMProxyBinaryTests {
    static let environment = ["LLMPROXY_MASTER_KEY": RunningServer.masterKey]

    @Test func workerServesHealthRefusesManagementAndStopsOnSIGTERM() async throws {
        let directory = try TemporaryDirectory()
        let migrated = try Launcher.run(
            "llmproxy",
            ["migrate", "--database-url", "sqlite:\(directory.path("w.sqlite"))"],
            environment: Self.environment
        )
        #expect(migrated.status == 0)
        let server = try Launcher.llmproxy(
            ["serve", "--role", "worker", "--host", "127.0.0.1", "--port", "0", "--database-url", "sqlite:\(directory.path("w.sqlite"))"],
            in: directory,
            environment: Self.environment
        )
        let port = try await server.waitForPort()
        let client = TestHTTPClient(baseURL: "http://127.0.0.1:\(port)", bearer: RunningServer.masterKey)
        #expect(try await client.get("/health/readiness").json["role"] == .string("worker"))
        let refused = try await client.post("/key/generate", json: "{}")
        #expect(refused.status == 404)
        #expect(refused.error?.message.contains("(role: worker)") == true)
        #expect(try await server.terminate() == 0)
        #expect(server.log.contains("llmproxy stopped"))
        #expect(!server.log.contains(RunningServer.masterKey))
    }

    @Test func aWorkerNeverMigratesAndRefusesASchemaItDoesNotKnow() async throws {
        let directory = try TemporaryDirectory()
        let database = "sqlite:\(directory.path("w.sqlite"))"
        let worker = ["serve", "--role", "worker", "--host", "127.0.0.1", "--port", "0", "--database-url", database]
        let fresh = try Launcher.run("llmproxy", worker, environment: Self.environment)
        #expect(fresh.status == 78)
        #expect(fresh.stderr.contains("has no schema yet; run 'llmproxy migrate'"))
        #expect(try Launcher.run("llmproxy", ["migrate", "--database-url", database], environment: Self.environment).status == 0)

        func edit(_ sql: String) throws {
            let script = "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()"
            let result = try Launcher.execute(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["python3", "-c", script, directory.path("w.sqlite"), sql],
                environment: ProcessInfo.processInfo.environment
            )
            #expect(result.status == 0, "\(result.stderr)")
        }
        try edit("INSERT INTO grdb_migrations VALUES ('v99-from-the-future')")
        let newer = try Launcher.run("llmproxy", worker, environment: Self.environment)
        #expect(newer.status == 78)
        #expect(newer.stderr.contains("newer than this build (unknown migrations: v99-from-the-future)"))
        try edit("DELETE FROM grdb_migrations WHERE identifier IN ('v99-from-the-future', 'v1-change-log')")
        let older = try Launcher.run("llmproxy", worker, environment: Self.environment)
        #expect(older.status == 78)
        #expect(older.stderr.contains("older than this build (pending migrations: v1-change-log)"))
    }

    @Test func defaultDatabaseIsAnSQLiteFileInTheWorkingDirectory() async throws {
        let directory = try TemporaryDirectory()
        let server = try Launcher.llmproxy(["serve", "--host", "127.0.0.1", "--port", "0"], in: directory, environment: Self.environment)
        let port = try await server.waitForPort()
        let client = TestHTTPClient(baseURL: "http://127.0.0.1:\(port)", bearer: RunningServer.masterKey)
        #expect(try await client.post("/key/generate", json: #"{"duration":"30d"}"#).status == 200)
        #expect(try await server.terminate() == 0)
        let path = directory.path("llmproxy.sqlite")
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(server.log.contains("database: sqlite:\(path)"))
    }

    @Test func weakMasterKeyStopsServeUnlessAllowed() async throws {
        let directory = try TemporaryDirectory()
        let refused = try Launcher.llmproxy(["serve", "--port", "0"], in: directory, environment: ["LLMPROXY_MASTER_KEY": "sk-1234"])
        #expect(try await refused.waitForExit() == 78)
        #expect(refused.log.contains("refusing to start: the master key is a well-known example value"))
        #expect(refused.log.contains("LLMPROXY_MASTER_KEY="))

        let allowed = try Launcher.llmproxy(
            ["serve", "--host", "127.0.0.1", "--port", "0", "--allow-weak-master-key"],
            in: directory,
            environment: ["LLMPROXY_MASTER_KEY": "sk-1234"]
        )
        _ = try await allowed.waitForPort()
        #expect(try await allowed.terminate() == 0)
    }

    @Test func migrateAppliesOnceThenReportsUpToDate() async throws {
        let directory = try TemporaryDirectory()
        let url = "sqlite:\(directory.path("m.sqlite"))"
        let first = try Launcher.llmproxy(["migrate", "--database-url", url], in: directory)
        #expect(try await first.waitForExit() == 0)
        #expect(first.log.contains("(applied v1-schema, v1-change-log, v2-key-aliases, v3-fleet)"))
        let second = try Launcher.llmproxy(["migrate", "--database-url", url], in: directory)
        #expect(try await second.waitForExit() == 0)
        #expect(second.log.contains("(schema up to date)"))
    }

    @Test func versionAndBadConfiguration() async throws {
        let directory = try TemporaryDirectory()
        let version = try Launcher.llmproxy(["version"], in: directory)
        #expect(try await version.waitForExit() == 0)
        #expect(version.log == "llmproxy \(GatewayVersion.current)\n")
        let badURL = try Launcher.llmproxy(["migrate", "--database-url", "mysql://x"], in: directory)
        #expect(try await badURL.waitForExit() == 78)
        #expect(badURL.log.contains("Unsupported database URL scheme"))
    }
}

@Suite("Spend survives a crash", .timeLimit(.minutes(1)))
struct SpendJournalEndToEndTests {
    @Test func aKilledWorkerReplaysItsJournalOnRestartAndCountsEachRequestOnce() async throws {
        let directory = try TemporaryDirectory()
        let database = "sqlite:\(directory.path("p.sqlite"))"
        let slow = directory.path("slow.yaml")
        try "general_settings:\n  proxy_batch_write_at: 60\n".write(toFile: slow, atomically: true, encoding: .utf8)
        let first = try Launcher.llmproxy(
            ["serve", "--host", "127.0.0.1", "--port", "0", "--database-url", database, "--config", slow],
            in: directory,
            environment: LLMProxyBinaryTests.environment
        )
        let admin = TestHTTPClient(baseURL: "http://127.0.0.1:\(try await first.waitForPort())", bearer: RunningServer.masterKey)
        let key = try #require(try await admin.post("/key/generate", json: #"{"key_alias":"crash"}"#).json["key"]?.stringValue)
        let caller = admin.authorized(key)
        for index in 0..<20 {
            let answer = try await caller.post("/v1/chat/completions", json: #"{"model":"demo","messages":[{"role":"user","content":"n\#(index)"}]}"#)
            #expect(answer.status == 200)
        }
        kill(first.process.processIdentifier, SIGKILL)
        _ = try await first.waitForExit()
        let journal = try String(contentsOfFile: directory.path("p.sqlite.0.spend-journal"), encoding: .utf8)
        #expect(journal.split(separator: "\n").count == 20)

        let second = try Launcher.llmproxy(
            ["serve", "--host", "127.0.0.1", "--port", "0", "--database-url", database],
            in: directory,
            environment: LLMProxyBinaryTests.environment
        )
        _ = try await second.waitForPort()
        #expect(try await second.terminate() == 0)
        #expect(second.log.contains("replaying"))
        let third = try Launcher.llmproxy(
            ["serve", "--host", "127.0.0.1", "--port", "0", "--database-url", database],
            in: directory,
            environment: LLMProxyBinaryTests.environment
        )
        let audit = TestHTTPClient(baseURL: "http://127.0.0.1:\(try await third.waitForPort())", bearer: RunningServer.masterKey)
        let logs = try await audit.get("/spend/logs?api_key=\(key)&page_size=100")
        #expect(logs.json.arrayValue?.count == 20)
        #expect(Set(logs.json.arrayValue?.compactMap { $0["request_id"]?.stringValue } ?? []).count == 20)
        #expect(!third.log.contains("replaying"))
        #expect(try await third.terminate() == 0)
    }
}

@Suite("An admin and a worker process on one SQLite file", .timeLimit(.minutes(1)))
struct SharedSQLiteEndToEndTests {
    @Test func aKeyBlockedOnTheAdminIsRefusedByTheWorkerWithinAPollOrTwo() async throws {
        let directory = try TemporaryDirectory()
        let database = "sqlite:\(directory.path("shared.sqlite"))"
        let environment = LLMProxyBinaryTests.environment
        let adminProcess = try Launcher.llmproxy(
            ["serve", "--role", "admin", "--host", "127.0.0.1", "--port", "0", "--database-url", database],
            in: directory,
            environment: environment
        )
        let admin = TestHTTPClient(baseURL: "http://127.0.0.1:\(try await adminProcess.waitForPort())", bearer: RunningServer.masterKey)
        let workerProcess = try Launcher.llmproxy(
            ["serve", "--role", "worker", "--host", "127.0.0.1", "--port", "0", "--database-url", database],
            in: directory,
            environment: environment
        )
        let worker = TestHTTPClient(baseURL: "http://127.0.0.1:\(try await workerProcess.waitForPort())")
        let chat = #"{"model":"demo","messages":[{"role":"user","content":"still allowed?"}]}"#

        let key = try #require(try await admin.post("/key/generate", json: #"{"duration":"30d"}"#).json["key"]?.stringValue)
        #expect(try await worker.authorized(key).post("/v1/chat/completions", json: chat).status == 200)

        #expect(try await admin.post("/key/block", json: #"{"key":"\#(key)"}"#).status == 200)
        let blockedAt = ContinuousClock.now
        var status = 200
        while status == 200 && ContinuousClock.now - blockedAt < .seconds(5) {
            status = try await worker.authorized(key).post("/v1/chat/completions", json: chat).status
            if status == 200 { try await Task.sleep(for: .milliseconds(20)) }
        }
        let took = ContinuousClock.now - blockedAt
        #expect(status == 401)
        // The SQLite feed polls every 200 ms; the bound leaves room for a machine busy with the rest of the suite.
        #expect(took < .seconds(3), "the worker kept accepting a blocked key for \(took)")

        #expect(try await admin.post("/key/unblock", json: #"{"key":"\#(key)"}"#).status == 200)
        let unblockedAt = ContinuousClock.now
        while status != 200 && ContinuousClock.now - unblockedAt < .seconds(5) {
            try await Task.sleep(for: .milliseconds(20))
            status = try await worker.authorized(key).post("/v1/chat/completions", json: chat).status
        }
        #expect(status == 200)
        #expect(try await workerProcess.terminate() == 0)
        #expect(try await adminProcess.terminate() == 0)
    }
}
