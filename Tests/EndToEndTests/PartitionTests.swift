import Foundation
import GatewayModel
import GatewayTestSupport
import Testing

/// An admin and a worker on one PostgreSQL, each reaching it through its own `FaultyTCPProxy`, so a test can cut one
/// instance off the database the way a network partition does: bytes dropped or held while every connection stays up.
struct PartitionedFleet: Sendable {
    let admin: TestHTTPClient
    let worker: TestHTTPClient
    let workerProcess: LaunchedProcess
    /// The worker's spend journal.
    let journalPath: String
    let adminNetwork: FaultyTCPProxy
    let workerNetwork: FaultyTCPProxy

    static func run(_ body: @Sendable (PartitionedFleet) async throws -> Void) async throws {
        guard let server = TestPostgres.serverURL() else { return }
        let databaseURL = try TestPostgres.freshDatabase(on: server)
        let directory = try TemporaryDirectory()
        let port = try #require(URLComponents(string: databaseURL)?.port)
        let (adminNetwork, workerNetwork) = (try FaultyTCPProxy(targetPort: port), try FaultyTCPProxy(targetPort: port))
        defer {
            adminNetwork.stop()
            workerNetwork.stop()
        }
        try await FakeUpstream().run { baseURL in
            let config = try MultiRegion.prepare(databaseURL, upstreamURL: baseURL, in: directory)
            let adminProcess = try MultiRegion.launch("admin", databaseURL: adminNetwork.url(through: databaseURL), config: config, in: directory)
            let workerProcess = try MultiRegion.launch(
                "worker",
                databaseURL: workerNetwork.url(through: databaseURL),
                config: config,
                in: directory,
                journal: directory.path("worker.journal")
            )
            let journalPath = directory.path("worker.journal")
            let fleet = PartitionedFleet(
                admin: TestHTTPClient(baseURL: "http://127.0.0.1:\(try await adminProcess.waitForPort())", bearer: RunningServer.masterKey),
                worker: TestHTTPClient(baseURL: "http://127.0.0.1:\(try await workerProcess.waitForPort())"),
                workerProcess: workerProcess,
                journalPath: journalPath,
                adminNetwork: adminNetwork,
                workerNetwork: workerNetwork
            )
            _ = try await eventually { try await fleet.worker.get("/health/readiness").json["change_feed"]?.stringValue == "listening" ? true : nil }
            try await body(fleet)
            adminNetwork.set(.pass)
            workerNetwork.set(.pass)
            _ = try await workerProcess.terminate()
            _ = try await adminProcess.terminate()
        }
    }

    /// A new key, already used once on the worker (so its grant is cached there), and the worker's client for it.
    func keyCachedOnTheWorker() async throws -> (key: String, worker: TestHTTPClient) {
        let created = try await admin.post("/key/generate", json: #"{"duration":"30d"}"#)
        guard let key = created.json["key"]?.stringValue else { throw LaunchError("key/generate failed: \(created.body)") }
        let worker = worker.authorized(key)
        #expect(try await worker.post("/v1/chat/completions", json: MultiRegion.chat).status == 200)
        return (key, worker)
    }

    func storedSpend(of key: String) async throws -> Double {
        try await admin.get("/key/info?key=\(key)").json["info"]?["spend"]?.doubleValue ?? -1
    }

    /// Polls the worker's readiness until it answers `status`, and answers how long that took.
    func readiness(becomes status: Int, within limit: Duration) async throws -> Duration {
        let start = ContinuousClock.now
        _ = try await eventually(within: limit, every: .milliseconds(100)) { try await worker.get("/health/readiness").status == status ? true : nil }
        return ContinuousClock.now - start
    }
}

/// The figures the README quotes, printed where the test log keeps them.
private func report(_ figure: String) {
    print("partition figure: \(figure)")
}

@Suite("The fleet rides out network partitions between an instance and PostgreSQL", .serialized, .timeLimit(.minutes(2)))
struct PartitionTests {
    @Test func aWorkerKeepsServingThenItsSpendLandsAfterHealingAndItStopsOnRequest() async throws {
        try await PartitionedFleet.run { fleet in
            let (key, worker) = try await fleet.keyCachedOnTheWorker()

            fleet.workerNetwork.set(.blackhole)
            let cut = ContinuousClock.now
            var latencies: [Duration] = []
            while ContinuousClock.now - cut < .seconds(6) {
                let sent = ContinuousClock.now
                #expect(try await worker.post("/v1/chat/completions", json: MultiRegion.chat).status == 200)
                latencies.append(ContinuousClock.now - sent)
            }
            latencies.sort()
            report("hot-path p99 during a partition: \(latencies[latencies.count * 99 / 100]) over \(latencies.count) calls")
            let probe = ContinuousClock.now
            let notReady = try await fleet.worker.get("/health/readiness")
            #expect(notReady.status == 503)
            #expect(ContinuousClock.now - probe < .seconds(3), "readiness must answer within its own deadline")
            report("readiness during a partition answered 503 in \(ContinuousClock.now - probe)")

            fleet.workerNetwork.resetConnections()
            fleet.workerNetwork.set(.pass)
            let healed = ContinuousClock.now
            let expected = Double(latencies.count + 1) * MultiRegion.callCost
            _ = try await eventually(within: .seconds(15), every: .milliseconds(100)) {
                abs(try await fleet.storedSpend(of: key) - expected) < 1e-9 ? true : nil
            }
            report("spend landed \(ContinuousClock.now - healed) after healing")
            #expect(try await fleet.readiness(becomes: 200, within: .seconds(10)) < .seconds(10))

            // Cut off again with a call's spend waiting: the worker still stops promptly, and keeps the entry on disk.
            #expect(try await worker.post("/v1/chat/completions", json: MultiRegion.chat).status == 200)
            fleet.workerNetwork.set(.blackhole)
            #expect(try await worker.post("/v1/chat/completions", json: MultiRegion.chat).status == 200)
            let stopping = ContinuousClock.now
            #expect(try await fleet.workerProcess.terminate(timeout: .seconds(15)) == 0)
            report("a partitioned worker with spend waiting stopped \(ContinuousClock.now - stopping) after SIGTERM")
            let journaled = try String(contentsOfFile: fleet.journalPath, encoding: .utf8).split(separator: "\n")
            #expect(journaled.count >= 1, "the unwritten spend must stay in the journal")
        }
    }

    @Test func aRevocationLandsWithinSecondsOfHealingAndReadinessReportsTheLostListener() async throws {
        try await PartitionedFleet.run { fleet in
            let (key, worker) = try await fleet.keyCachedOnTheWorker()

            fleet.workerNetwork.set(.blackhole)
            #expect(try await fleet.admin.post("/key/block", json: #"{"key":"\#(key)"}"#).status == 200)
            let lost = try await eventually(within: .seconds(10), every: .milliseconds(200)) { () async throws -> TestResponse? in
                let readiness = try await fleet.worker.get("/health/readiness")
                return readiness.json["change_feed"]?.stringValue == "lost" ? readiness : nil
            }
            #expect(lost.status == 503)

            fleet.workerNetwork.set(.pass)
            let healed = ContinuousClock.now
            _ = try await eventually(within: .seconds(10), every: .milliseconds(100)) {
                try await worker.post("/v1/chat/completions", json: MultiRegion.chat).status != 200 ? true : nil
            }
            report("a revocation landed \(ContinuousClock.now - healed) after healing")
            #expect(ContinuousClock.now - healed < .seconds(5))
        }
    }

    @Test func aManagementWriteDuringAPartitionAnswers503InTimeAndWritesNothing() async throws {
        try await PartitionedFleet.run { fleet in
            fleet.adminNetwork.set(.hold)
            let sent = ContinuousClock.now
            let refused = try await fleet.admin.post("/key/generate", json: #"{"key_alias":"during-partition"}"#)
            let waited = ContinuousClock.now - sent
            #expect(refused.status == 503)
            #expect(refused.header("retry-after") != nil)
            #expect(refused.error?.message.contains("nothing was changed") == true, "\(refused.body)")
            #expect(waited < .seconds(7), "answered after \(waited)")
            report("a management write during a partition answered 503 in \(waited)")

            fleet.adminNetwork.set(.pass)
            try await Task.sleep(for: .seconds(1))
            let listed = try await eventually(within: .seconds(10), every: .milliseconds(200)) { () async throws -> TestResponse? in
                let listed = try await fleet.admin.get("/key/list?key_alias=during-partition")
                return listed.status == 200 ? listed : nil
            }
            #expect(listed.json["keys"]?.arrayValue?.isEmpty == true, "the refused write was stored: \(listed.body)")
            #expect(try await fleet.admin.post("/key/generate", json: #"{"key_alias":"after-partition"}"#).status == 200)

            // A slow network is not a partition: 300 ms each way still fits within the deadline.
            fleet.adminNetwork.set(.delay(.milliseconds(300)))
            #expect(try await fleet.admin.post("/key/generate", json: #"{"key_alias":"slow-network"}"#).status == 200)
        }
    }
}
