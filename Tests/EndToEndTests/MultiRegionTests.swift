import Foundation
import GatewayModel
import GatewayTestSupport
import Testing

/// An admin and two workers, each its own `llmproxy` process, on one PostgreSQL database, with a fake upstream.
struct MultiRegion: Sendable {
    let admin: TestHTTPClient
    let workers: [TestHTTPClient]
    let workerProcesses: [LaunchedProcess]
    let adminProcess: LaunchedProcess
    let databaseURL: String
    let directory: TemporaryDirectory
    /// The fake upstream's OpenAI base URL.
    let upstreamURL: String

    static let model = "gpt-test"
    /// What one fake-upstream answer costs at the configured prices: 10 prompt and 20 completion tokens.
    static let callCost = 10 * 0.001 + 20 * 0.002
    static let environment = ["LLMPROXY_MASTER_KEY": RunningServer.masterKey]

    /// Runs `body` against a fresh deployment on `server` (by default the test command's PostgreSQL).
    static func run(on server: String? = TestPostgres.serverURL(), _ body: @Sendable (MultiRegion) async throws -> Void) async throws {
        guard let server else { return }
        let databaseURL = try TestPostgres.freshDatabase(on: server)
        let directory = try TemporaryDirectory()
        try await FakeUpstream().run { baseURL in
            let config = try prepare(databaseURL, upstreamURL: baseURL, in: directory)
            let adminProcess = try launch("admin", databaseURL: databaseURL, config: config, in: directory)
            let workerProcesses = try [1, 2].map { region in
                try launch("worker", databaseURL: databaseURL, config: config, in: directory, journal: directory.path("worker\(region).journal"))
            }
            let admin = TestHTTPClient(baseURL: "http://127.0.0.1:\(try await adminProcess.waitForPort())", bearer: RunningServer.masterKey)
            var workers: [TestHTTPClient] = []
            for process in workerProcesses {
                workers.append(TestHTTPClient(baseURL: "http://127.0.0.1:\(try await process.waitForPort())"))
            }
            try await body(
                MultiRegion(
                    admin: admin,
                    workers: workers,
                    workerProcesses: workerProcesses,
                    adminProcess: adminProcess,
                    databaseURL: databaseURL,
                    directory: directory,
                    upstreamURL: baseURL
                )
            )
            for process in workerProcesses + [adminProcess] {
                _ = try await process.terminate()
            }
        }
    }

    /// Migrates the database and writes the config every instance serves (`gpt-test` on the fake upstream); answers
    /// the config's path.
    static func prepare(_ databaseURL: String, upstreamURL: String, in directory: TemporaryDirectory) throws -> String {
        let config = directory.path("config.yaml")
        try """
        model_list:
          - model_name: \(model)
            litellm_params: { model: openai/ok, api_base: "\(upstreamURL)", api_key: sk-upstream-secret }
            model_info: { input_cost_per_token: 0.001, output_cost_per_token: 0.002 }
        """.write(toFile: config, atomically: true, encoding: .utf8)
        let migrated = try Launcher.run("llmproxy", ["migrate", "--database-url", databaseURL], environment: environment)
        guard migrated.status == 0 else { throw LaunchError("migrate failed: \(migrated.stderr)") }
        return config
    }

    static func launch(
        _ role: String,
        databaseURL: String,
        config: String,
        in directory: TemporaryDirectory,
        journal: String? = nil
    ) throws -> LaunchedProcess {
        var environment = environment
        environment["LLMPROXY_SPEND_JOURNAL"] = journal
        return try Launcher.llmproxy(
            ["serve", "--role", role, "--host", "127.0.0.1", "--port", "0", "--database-url", databaseURL, "--config", config],
            in: directory,
            environment: environment
        )
    }

    func newKey(_ fields: String = "") async throws -> String {
        let created = try await admin.post("/key/generate", json: #"{"duration":"30d"\#(fields)}"#)
        guard let key = created.json["key"]?.stringValue else { throw LaunchError("key/generate failed: \(created.body)") }
        return key
    }

    /// The key's stored spend as the admin reads it once it has reached `expected` and one more flush interval has
    /// passed, so spend counted twice would show; a shortfall after 15 s of waiting for the workers' flushes shows as a
    /// wrong total rather than a timeout.
    func storedSpend(of key: String, reaching expected: Double) async throws -> Double {
        let read = { try await admin.get("/key/info?key=\(key)").json["info"]?["spend"]?.doubleValue ?? -1 }
        _ = try? await eventually(within: .seconds(15), every: .milliseconds(100)) { () async throws -> Bool? in
            try await read() >= expected - 1e-9 ? true : nil
        }
        try await Task.sleep(for: .milliseconds(1200))
        return try await read()
    }

    static let chat = #"{"model":"gpt-test","messages":[{"role":"user","content":"hello"}]}"#
}

@Suite("Multi-region: an admin and two workers on one PostgreSQL", .timeLimit(.minutes(3)))
struct MultiRegionTests {
    @Test func keysWorkEverywhereAndRevocationReachesEveryWorkerWithinASecond() async throws {
        try await MultiRegion.run { region in
            var latencies: [Duration] = []
            for trial in 0..<20 {
                let key = try await region.newKey()
                for worker in region.workers {
                    #expect(try await worker.authorized(key).post("/v1/chat/completions", json: MultiRegion.chat).status == 200)
                }
                let revocation =
                    switch trial % 3 {
                    case 0: try await region.admin.post("/key/delete", json: #"{"keys":["\#(key)"]}"#)
                    case 1: try await region.admin.post("/key/block", json: #"{"key":"\#(key)"}"#)
                    default: try await region.admin.post("/key/update", json: #"{"key":"\#(key)","max_budget":0}"#)
                    }
                #expect(revocation.status == 200, "\(revocation.body)")
                let answered = ContinuousClock.now
                try await withThrowingTaskGroup(of: Duration.self) { group in
                    for worker in region.workers {
                        group.addTask {
                            while ContinuousClock.now - answered < .seconds(5) {
                                let status = try await worker.authorized(key).post("/v1/chat/completions", json: MultiRegion.chat).status
                                if status != 200 { return ContinuousClock.now - answered }
                                try await Task.sleep(for: .milliseconds(2))
                            }
                            return .seconds(5)
                        }
                    }
                    for try await latency in group { latencies.append(latency) }
                }
            }
            let sorted = latencies.sorted()
            let p50 = sorted[sorted.count / 2]
            let worst = sorted[sorted.count - 1]
            print("revocation latency over 20 trials x 2 workers: p50 \(p50), max \(worst)")
            #expect(worst < .seconds(1), "revocation took \(worst) on some worker")
        }
    }

    @Test func spendFromBothWorkersAddsUpExactlyAndPlanesStayApart() async throws {
        try await MultiRegion.run { region in
            let key = try await region.newKey()
            try await withThrowingTaskGroup(of: Int.self) { group in
                for worker in region.workers {
                    for _ in 0..<40 {
                        group.addTask { try await worker.authorized(key).post("/v1/chat/completions", json: MultiRegion.chat).status }
                    }
                }
                for try await status in group { #expect(status == 200) }
            }
            let spend = try await region.storedSpend(of: key, reaching: 80 * MultiRegion.callCost)
            #expect(abs(spend - 80 * MultiRegion.callCost) < 1e-9)
            let logs = try await region.admin.get("/spend/logs?api_key=\(key)&page_size=1000")
            let rows = try #require(logs.json.arrayValue)
            #expect(rows.count == 80)
            #expect(abs(rows.compactMap { $0["spend"]?.doubleValue }.reduce(0, +) - spend) < 1e-9)

            let llmOnAdmin = try await region.admin.authorized(key).post("/v1/chat/completions", json: MultiRegion.chat)
            #expect(llmOnAdmin.status == 404)
            #expect(llmOnAdmin.error?.message.contains("(role: admin)") == true)
            let managementOnWorker = try await region.workers[1].authorized(RunningServer.masterKey).post("/key/generate", json: "{}")
            #expect(managementOnWorker.status == 404)
            #expect(managementOnWorker.error?.message.contains("(role: worker)") == true)
        }
    }

    @Test func aModelAddedOnTheAdminIsServedByBothWorkersWithinASecondAndGoesWhenDeleted() async throws {
        try await MultiRegion.run { region in
            let key = try await region.newKey()
            let chat = #"{"model":"added-at-runtime","messages":[{"role":"user","content":"hello"}]}"#
            for worker in region.workers {
                #expect(try await worker.authorized(key).post("/v1/chat/completions", json: chat).status == 404)
            }
            let created = try await region.admin.post(
                "/model/new",
                json:
                    #"{"model_name":"added-at-runtime","litellm_params":{"model":"openai/ok","api_base":"\#(region.upstreamURL)","api_key":"sk-added-secret"},"model_info":{"id":"rt-1"}}"#
            )
            #expect(created.status == 200, "\(created.body)")
            #expect(!created.body.contains("sk-added-secret"))
            let added = ContinuousClock.now
            var lags: [Duration] = []
            for worker in region.workers {
                var status = 0
                while status != 200 && ContinuousClock.now - added < .seconds(5) {
                    status = try await worker.authorized(key).post("/v1/chat/completions", json: chat).status
                    if status != 200 { try await Task.sleep(for: .milliseconds(10)) }
                }
                lags.append(ContinuousClock.now - added)
                #expect(status == 200)
            }
            print("a model added on the admin was served by the workers after \(lags)")
            #expect(lags.allSatisfy { $0 < .seconds(1) })
            let info = try await region.admin.get("/model/info?litellm_model_id=rt-1")
            #expect(info.json["data"]?.arrayValue?.first?["model_info"]?["db_model"] == .bool(true))
            #expect(!info.body.contains("sk-added-secret"))

            #expect(try await region.admin.post("/model/delete", json: #"{"id":"rt-1"}"#).status == 200)
            let deleted = ContinuousClock.now
            for worker in region.workers {
                var status = 200
                while status == 200 && ContinuousClock.now - deleted < .seconds(5) {
                    status = try await worker.authorized(key).post("/v1/chat/completions", json: chat).status
                    if status == 200 { try await Task.sleep(for: .milliseconds(10)) }
                }
                #expect(status == 404)
            }
            #expect(ContinuousClock.now - deleted < .seconds(1))
        }
    }

    @Test func spendOnOneWorkerCountsAgainstTheBudgetOnTheOtherWithinAboutTwoSeconds() async throws {
        try await MultiRegion.run { region in
            let budgetCalls = 100
            // Half a call below 100 calls' cost, so float rounding in the sums cannot decide where it stops.
            let key = try await region.newKey(#","max_budget":\#((Double(budgetCalls) - 0.5) * MultiRegion.callCost)"#)
            let other = region.workers[1].authorized(key)
            #expect(try await other.post("/v1/chat/completions", json: MultiRegion.chat).status == 200, "the other worker caches the key")
            // Written before the first worker loads the key, so it starts from that spend.
            _ = try await region.storedSpend(of: key, reaching: MultiRegion.callCost)
            var answered = 1
            while answered <= budgetCalls,
                try await region.workers[0].authorized(key).post("/v1/chat/completions", json: MultiRegion.chat).status == 200
            {
                answered += 1
            }
            #expect(answered == budgetCalls, "the worker that made the spend stops exactly at the budget")
            // Polled every 100 ms, the other worker could answer for ten seconds on what it spent itself.
            let reached = ContinuousClock.now
            var refused: TestResponse?
            var answeredAfter = 0
            while refused == nil && ContinuousClock.now - reached < .seconds(10) {
                let response = try await other.post("/v1/chat/completions", json: MultiRegion.chat)
                if response.status == 200 {
                    answeredAfter += 1
                    try await Task.sleep(for: .milliseconds(100))
                } else {
                    refused = response
                }
            }
            let lag = ContinuousClock.now - reached
            print("the other worker refused the spent key after \(lag), having answered \(answeredAfter) calls over the budget")
            #expect(refused?.status == 400)
            #expect(refused?.error?.type == "budget_exceeded")
            // By design within two flush intervals (about 2 s: the first worker's write, then the other's read-back);
            // the bound leaves room for a busy machine and still fails without the read-back, which never refuses here.
            #expect(lag < .seconds(5))
        }
    }

    @Test func concurrentTrafficOvershootsASharedBudgetByAboutTwoSecondsOfTheOtherWorkersTraffic() async throws {
        try await MultiRegion.run { region in
            let budget = 8.0
            let key = try await region.newKey(#","max_budget":\#(budget)"#)
            let started = ContinuousClock.now
            let answered = try await withThrowingTaskGroup(of: Int.self) { group in
                for worker in region.workers {
                    group.addTask {
                        var ok = 0
                        while ContinuousClock.now - started < .seconds(30),
                            try await worker.authorized(key).post("/v1/chat/completions", json: MultiRegion.chat).status == 200
                        {
                            ok += 1
                            try await Task.sleep(for: .milliseconds(40))
                        }
                        return ok
                    }
                }
                return try await group.reduce(0, +)
            }
            let elapsed = ContinuousClock.now - started
            let rate = Double(answered) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            let overshootCalls = max(0, Double(answered) - budget / MultiRegion.callCost)
            let overshootSeconds = overshootCalls / rate
            print(
                "shared budget \(budget): \(answered) calls in \(elapsed) (\(Int(rate)) per second over both workers), overshoot "
                    + "\(Int(overshootCalls)) calls = \(overshootCalls * MultiRegion.callCost) = \(overshootSeconds) s of traffic"
            )
            #expect(overshootSeconds < 3, "budget overshoot")
            let spend = try await region.storedSpend(of: key, reaching: Double(answered) * MultiRegion.callCost)
            #expect(abs(spend - Double(answered) * MultiRegion.callCost) < 1e-9, "recorded spend equals what was answered")
        }
    }

    @Test func workersKilledUnderLoadLoseNoSpend() async throws {
        try await MultiRegion.run { region in
            let key = try await region.newKey()
            let caller = region.workers.map { $0.authorized(key) }
            let answered = try await withThrowingTaskGroup(of: Int.self) { group in
                for worker in caller {
                    group.addTask {
                        var ok = 0
                        for _ in 0..<30 where try await worker.post("/v1/chat/completions", json: MultiRegion.chat).status == 200 {
                            ok += 1
                        }
                        return ok
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(answered == 60)
            // Worker 1 stops gracefully (flushing), worker 2 dies at once and comes back to replay its journal.
            #expect(try await region.workerProcesses[0].terminate() == 0)
            kill(region.workerProcesses[1].process.processIdentifier, SIGKILL)
            _ = try await region.workerProcesses[1].waitForExit()
            let restarted = try MultiRegion.launch(
                "worker",
                databaseURL: region.databaseURL,
                config: region.directory.path("config.yaml"),
                in: region.directory,
                journal: region.directory.path("worker2.journal")
            )
            _ = try await restarted.waitForPort()
            #expect(try await restarted.terminate() == 0)
            let info = try await region.admin.get("/key/info?key=\(key)")
            #expect(abs((info.json["info"]?["spend"]?.doubleValue ?? -1) - 60 * MultiRegion.callCost) < 1e-9)
            let logs = try await region.admin.get("/spend/logs?api_key=\(key)&page_size=1000")
            #expect(logs.json.arrayValue?.count == 60)
        }
    }

    @Test func anOutageKeepsCachedKeysServingAndLosesNoSpend() async throws {
        guard TestPostgres.serverURL() != nil else { return }
        let cluster = try PostgresCluster()
        try await MultiRegion.run(on: cluster.url) { region in
            // A third worker that must not serve anything while the database is away.
            let strictConfig = region.directory.path("strict.yaml")
            let shared = try String(contentsOfFile: region.directory.path("config.yaml"), encoding: .utf8)
            try (shared + "\ngeneral_settings:\n  allow_requests_on_db_unavailable: false\n").write(
                toFile: strictConfig,
                atomically: true,
                encoding: .utf8
            )
            let strictProcess = try MultiRegion.launch(
                "worker",
                databaseURL: region.databaseURL,
                config: strictConfig,
                in: region.directory,
                journal: region.directory.path("strict.journal")
            )
            let strict = TestHTTPClient(baseURL: "http://127.0.0.1:\(try await strictProcess.waitForPort())")
            let key = try await region.newKey()
            for worker in region.workers + [strict] {
                #expect(try await worker.authorized(key).post("/v1/chat/completions", json: MultiRegion.chat).status == 200)
            }
            try cluster.pause()
            var answeredDuringOutage = 0
            for _ in 0..<10 {
                for worker in region.workers
                where try await worker.authorized(key).post("/v1/chat/completions", json: MultiRegion.chat).status == 200 {
                    answeredDuringOutage += 1
                }
            }
            #expect(answeredDuringOutage == 20)
            let readiness = try await region.workers[0].get("/health/readiness")
            #expect(readiness.status == 503)
            #expect(readiness.json["db"] == .string("disconnected"))
            #expect(try await region.admin.get("/key/list").status == 503)
            // The strict worker serves until its once-a-second probe fails; each call it answers until then is billed.
            var refused = try await strict.authorized(key).post("/v1/chat/completions", json: MultiRegion.chat)
            var strictDuringOutage = 0
            let paused = ContinuousClock.now
            while refused.status == 200 && ContinuousClock.now - paused < .seconds(15) {
                strictDuringOutage += 1
                try await Task.sleep(for: .milliseconds(200))
                refused = try await strict.authorized(key).post("/v1/chat/completions", json: MultiRegion.chat)
            }
            #expect(refused.status == 503)
            #expect(refused.error?.message.contains("allow_requests_on_db_unavailable") == true)
            print("the strict worker answered \(strictDuringOutage) calls before refusing for the outage")

            try cluster.resume()
            let resumed = ContinuousClock.now
            var ready = false
            while !ready && ContinuousClock.now - resumed < .seconds(30) {
                ready = try await region.workers[0].get("/health/readiness").status == 200
                if !ready { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(ready)
            var served = 0
            while served != 200 && ContinuousClock.now - resumed < .seconds(15) {
                served = try await strict.authorized(key).post("/v1/chat/completions", json: MultiRegion.chat).status
                if served != 200 { try await Task.sleep(for: .milliseconds(200)) }
            }
            #expect(served == 200)
            let expectedRows = 22 + 2 + strictDuringOutage
            var rows = 0
            while rows != expectedRows && ContinuousClock.now - resumed < .seconds(60) {
                try await Task.sleep(for: .milliseconds(250))
                rows = try await region.admin.get("/spend/logs?api_key=\(key)&page_size=1000").json.arrayValue?.count ?? 0
            }
            #expect(rows == expectedRows, "spend-log rows after the outage")
            let info = try await region.admin.get("/key/info?key=\(key)")
            #expect(abs((info.json["info"]?["spend"]?.doubleValue ?? -1) - Double(expectedRows) * MultiRegion.callCost) < 1e-9)
            #expect(try await strictProcess.terminate() == 0)
        }
    }
}
