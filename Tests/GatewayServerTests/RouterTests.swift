import Foundation
import GatewayModel
import GatewayProviders
import GatewayServer
import GatewayTestSupport
import Testing

/// A proxy whose deployments are given per test, in front of one fake upstream.
struct RouterBed: Sendable {
    let client: TestHTTPClient
    let upstream: FakeUpstream

    static func run(
        _ deployments: @Sendable (_ baseURL: String) -> [Deployment],
        settings: @Sendable (inout RouterSettings) -> Void = { _ in },
        _ body: @Sendable (RouterBed) async throws -> Void
    ) async throws {
        let upstream = FakeUpstream()
        try await upstream.run { baseURL in
            var config = ServerConfig(masterKey: RunningServer.masterKey)
            config.deployments = deployments(baseURL)
            config.router.retryAfter = .milliseconds(10)
            settings(&config.router)
            try await RunningServer.withSQLite(config: config) { client, _ async throws in
                try await body(RouterBed(client: client, upstream: upstream))
            }
        }
    }

    static func deployment(_ id: String, _ name: String, upstream model: String, _ baseURL: String) -> Deployment {
        Deployment(id: id, modelName: name, provider: .openai, upstreamModel: model, apiBase: baseURL, apiKey: "sk-upstream", timeout: .seconds(30))
    }

    func chat(_ model: String) async throws -> TestResponse {
        try await client.post("/v1/chat/completions", json: #"{"model":"\#(model)","messages":[{"role":"user","content":"hi"}]}"#)
    }

    func metric(_ line: String) async throws -> Bool {
        try await client.get("/metrics").body.split(separator: "\n").contains { $0.hasPrefix(line) }
    }
}

@Suite("Router: retries, fallbacks, cooldowns, strategies and limits over HTTP")
struct RouterTests {
    @Test func retriesThenFallsBackOn500_429AndRefusedConnections() async throws {
        try await RouterBed.run { base in
            [
                RouterBed.deployment("crash-1", "crashing", upstream: "fail-500", base),
                RouterBed.deployment("limited-1", "limited", upstream: "fail-429", base),
                Deployment(id: "down-1", modelName: "down", provider: .openai, upstreamModel: "x", apiBase: "http://127.0.0.1:9/v1"),
                RouterBed.deployment("backup-1", "backup", upstream: "ok", base),
            ]
        } settings: {
            $0.fallbacks = ["crashing": ["backup"], "limited": ["backup"], "down": ["backup"]]
        } _: { bed in
            for model in ["crashing", "limited", "down"] {
                let response = try await bed.chat(model)
                #expect(response.status == 200, "\(model): \(response.body)")
                #expect(response.header("x-litellm-attempted-retries") == "2", "\(model)")
                #expect(response.header("x-litellm-attempted-fallbacks") == "1", "\(model)")
                #expect(response.header("x-litellm-model-id") == "backup-1")
                #expect(response.header("x-litellm-model-group") == "backup")
            }
            #expect(bed.upstream.count(model: "fail-500") == 3, "one try and two retries")
            #expect(bed.upstream.count(model: "fail-429") == 3)
            #expect(try await bed.metric(#"llmproxy_router_fallbacks_total{model="crashing",fallback="backup",result="success"} 1"#))
            #expect(try await bed.metric(#"llmproxy_router_retries_total{model="down"} 2"#))
        }
    }

    @Test func withoutFallbacksTheLastFailureIsAnsweredAndRequestFaultsAreNotRetried() async throws {
        try await RouterBed.run { base in
            [
                RouterBed.deployment("crash-1", "crashing", upstream: "fail-500", base),
                RouterBed.deployment("bad-1", "broken", upstream: "fail-400", base),
            ]
        } _: { bed in
            let crashed = try await bed.chat("crashing")
            #expect(crashed.status == 500)
            #expect(crashed.error?.message.contains("boom") == true)
            #expect(crashed.header("x-litellm-attempted-retries") == "2")
            let refused = try await bed.chat("broken")
            #expect(refused.status == 400)
            #expect(refused.header("x-litellm-attempted-retries") == "0")
            #expect(bed.upstream.count(model: "fail-400") == 1)
        }
    }

    @Test func aFailingDeploymentCoolsDownThenRecovers() async throws {
        try await RouterBed.run { base in
            [RouterBed.deployment("flaky", "pair", upstream: "toggle", base), RouterBed.deployment("steady", "pair", upstream: "ok", base)]
        } settings: {
            $0.allowedFails = 0
            $0.cooldownTime = .seconds(2)  // room for the ten calls below on a busy machine
            $0.numRetries = 1
        } _: { bed in
            bed.upstream.setToggleFailing(true)
            var calls = 0
            while bed.upstream.count(model: "toggle") == 0 && calls < 40 {
                #expect(try await bed.chat("pair").status == 200, "a retry on the other deployment answers")
                calls += 1
            }
            #expect(bed.upstream.count(model: "toggle") == 1)
            for _ in 0..<10 {
                let response = try await bed.chat("pair")
                #expect(response.header("x-litellm-model-id") == "steady")
                #expect(response.header("x-litellm-attempted-retries") == "0", "the cooling deployment is not tried")
            }
            #expect(bed.upstream.count(model: "toggle") == 1)
            #expect(try await bed.metric(#"llmproxy_deployment_cooldowns_total{model="pair",deployment="flaky"} 1"#))
            #expect(try await bed.metric(#"llmproxy_deployment_state{model="pair",deployment="flaky"} 2"#))

            bed.upstream.setToggleFailing(false)
            try await Task.sleep(for: .milliseconds(2100))
            var served = false
            for _ in 0..<40 where !served {
                served = try await bed.chat("pair").header("x-litellm-model-id") == "flaky"
            }
            #expect(served, "back in rotation after cooldown_time")
            #expect(try await bed.metric(#"llmproxy_deployment_state{model="pair",deployment="flaky"} 0"#))
        }
    }

    @Test func latencyBasedRoutingSettlesOnTheFastestDeployment() async throws {
        try await RouterBed.run { base in
            [RouterBed.deployment("slow-1", "m", upstream: "slow", base), RouterBed.deployment("fast-1", "m", upstream: "ok", base)]
        } settings: {
            $0.strategy = .latencyBased
        } _: { bed in
            let first = try await [bed.chat("m"), bed.chat("m")].map { $0.header("x-litellm-model-id") }
            #expect(Set(first) == ["slow-1", "fast-1"], "each deployment is tried once first")
            for _ in 0..<10 { #expect(try await bed.chat("m").header("x-litellm-model-id") == "fast-1") }
        }
    }

    @Test func leastBusyRoutingSendsAConcurrentCallToTheIdleDeployment() async throws {
        try await RouterBed.run { base in
            [RouterBed.deployment("a", "m", upstream: "slow", base), RouterBed.deployment("b", "m", upstream: "slow", base)]
        } settings: {
            $0.strategy = .leastBusy
        } _: { bed in
            for _ in 0..<2 {
                async let one = bed.chat("m")
                try await Task.sleep(for: .milliseconds(200))
                async let two = bed.chat("m")
                let ids = try await [one, two].map { $0.header("x-litellm-model-id") }
                #expect(Set(ids) == ["a", "b"])
            }
        }
    }

    @Test func aDeploymentAtItsRpmIsSkippedAnd429NamesWhy() async throws {
        try await RouterBed.run { base in
            [
                Deployment(
                    id: "tiny",
                    modelName: "m",
                    provider: .openai,
                    upstreamModel: "ok",
                    apiBase: base,
                    timeout: .seconds(30),
                    rpm: 2
                )
            ]
        } _: { bed in
            #expect(try await bed.chat("m").status == 200)
            #expect(try await bed.chat("m").status == 200)
            let refused = try await bed.chat("m")
            #expect(refused.status == 429)
            #expect(refused.error?.message.contains("reached its rpm of 2") == true)
        }
    }
}
