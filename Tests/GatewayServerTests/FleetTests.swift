import Foundation
import GatewayModel
import GatewayServer
import GatewayTestSupport
import Testing

@Suite("The fleet: revisions, heartbeats and convergence", .timeLimit(.minutes(1)))
struct FleetTests {
    static func config() -> ServerConfig {
        var config = ServerConfig(masterKey: RunningServer.masterKey)
        config.instanceName = "eu-1"
        config.region = "eu-west"
        config.publicURL = "http://127.0.0.1:9"
        config.heartbeatInterval = .milliseconds(200)
        return config
    }

    @Test func aWriteNamesItsRevisionAndTheInstanceReportsApplyingIt() async throws {
        let (store, directory) = try await TestStores.sqlite()
        defer { withExtendedLifetime(directory) {} }
        try await RunningServer.with(config: Self.config(), store: store) { client in
            let created = try await client.post("/key/generate", json: #"{"models":["demo"]}"#)
            let revision = try #require(created.header("x-llmproxy-revision").flatMap { Int64($0) })
            #expect(revision > 0)
            let key = try #require(created.json["key"]?.stringValue)
            #expect(try await client.authorized(key).post("/v1/chat/completions", json: LLMTestBed.chat("demo")).status == 200)
            var status = try await client.get("/fleet/status")
            for _ in 0..<50 where status.json["converged"] != .bool(true) || status.json["instances"]?[0]?["calls_last_minute"] != .int(1) {
                try await Task.sleep(for: .milliseconds(100))
                status = try await client.get("/fleet/status")
            }
            #expect(status.json["converged"] == .bool(true))
            #expect(status.json["revision"] == .int(Int(revision)))
            let instance = try #require(status.json["instances"]?[0])
            #expect(instance["name"] == .string("eu-1"))
            #expect(instance["region"] == .string("eu-west"))
            #expect(instance["status"] == .string("live"))
            #expect(instance["revision_lag"] == .int(0))
            #expect(instance["applied_revision"] == .int(Int(revision)))
            #expect(instance["calls_last_minute"] == .int(1))
            #expect(instance["models"] == ["demo"])
            #expect(status.header("x-llmproxy-revision") == String(revision))

            let probed = try await client.get("/fleet/instances?probe=true")
            #expect(probed.json["instances"]?[0]?["reachable"] == .bool(false), "nothing listens on the public URL given")
            #expect(try await client.get("/fleet/status?probe=maybe").status == 400)
        }
        let stopped = try #require(try await store.instances().first)
        #expect(stopped.stoppedAt != nil, "a clean shutdown marks the instance stopped")
        #expect(stopped.status(at: Date()) == .stopped)
        try await store.close()
    }

    @Test func anInstanceThatStopsBeatingTurnsStaleAndNoLongerHoldsConvergenceBack() async throws {
        let (store, directory) = try await TestStores.sqlite()
        defer { withExtendedLifetime(directory) {} }
        let gone = InstanceReport(
            instanceId: "gone",
            name: "us-1",
            region: "us-east",
            role: "worker",
            planes: ["llm"],
            version: "test",
            publicURL: nil,
            startedAt: Date().addingTimeInterval(-60),
            lastSeen: Date().addingTimeInterval(-1),
            heartbeatInterval: 0.2
        )
        try await store.saveHeartbeat(gone)
        try await RunningServer.with(config: Self.config(), store: store) { client in
            _ = try await client.post("/team/new", json: #"{"team_id":"eng"}"#)
            let all = try await client.get("/fleet/instances")
            let names = all.json["instances"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
            #expect(names == ["eu-1", "us-1"])
            #expect(all.json["instances"]?[1]?["status"] == .string("stale"))
            let live = try await client.get("/fleet/status")
            #expect(live.json["instances"]?.arrayValue?.count == 1)
        }
        try await store.close()
    }
}
