import AsyncHTTPClient
import Foundation
import GatewayModel
import GatewayProviders
import GatewayStore
import GatewayTestSupport
import NIOCore
import Testing

@testable import GatewayServer

/// A proxy whose pass-through routes point at the fake upstream, with the credentials each route needs.
struct PassThroughBed: Sendable {
    let client: TestHTTPClient
    let store: SQLiteStore
    let upstream: FakeUpstream
    let key: String

    static let bodyLimit = 4096

    static func run(_ body: @Sendable (PassThroughBed) async throws -> Void) async throws {
        let upstream = FakeUpstream()
        try await upstream.run { baseURL in
            let root = String(baseURL.dropLast("/v1".count))
            var config = ServerConfig(masterKey: RunningServer.masterKey)
            config.maxRequestBodyBytes = bodyLimit
            config.passThroughRoutes = try PassThroughRoute.resolve(
                .array([
                    .object([
                        "path": .string("/custom"), "target": .string(baseURL),
                        "headers": .object(["Authorization": .string("Bearer os.environ/CUSTOM_KEY")]),
                    ])
                ]),
                environment: [
                    "ANTHROPIC_API_BASE": root, "ANTHROPIC_API_KEY": "sk-ant-real", "VERTEXAI_API_BASE": root,
                    "VERTEXAI_ACCESS_TOKEN": "ya29.vertex-token", "BEDROCK_API_BASE": root, "AWS_BEARER_TOKEN_BEDROCK": "bedrock-key",
                    "CUSTOM_KEY": "custom-secret",
                ]
            )
            config.deployments = [
                Deployment(
                    id: "claude",
                    modelName: "claude",
                    provider: .anthropic,
                    upstreamModel: "claude-test",
                    pricing: ModelPricing(inputCostPerToken: 0.01, outputCostPerToken: 0.1)
                )
            ]
            try await RunningServer.withSQLite(config: config) { client, store async throws in
                let created = try await client.post("/key/generate", json: "{}")
                let key = try #require(created.json["key"]?.stringValue)
                try await body(PassThroughBed(client: client.authorized(nil), store: store, upstream: upstream, key: key))
            }
        }
    }

    func spendLogs() async throws -> [SpendLogEntry] {
        let digest = VirtualKey.digest(of: key)
        return try await eventually { () async throws -> [SpendLogEntry]? in
            let items = try await store.spendLogs(.init(apiKey: digest)).items
            return items.isEmpty ? nil : items
        }
    }
}

@Suite("Pass-through routes: provider APIs forwarded with the upstream credential")
struct PassThroughTests {
    static let message = #"{"model":"claude-test","max_tokens":20,"messages":[{"role":"user","content":"hi"}]}"#

    @Test func anthropicGetsTheRealKeyPathQueryAndBodyAndTheCallIsBilled() async throws {
        try await PassThroughBed.run { bed in
            let response = try await bed.client.post(
                "/anthropic/v1/messages?beta=true",
                json: Self.message,
                headers: [("x-api-key", bed.key), ("anthropic-version", "2023-06-01")]
            )
            #expect(response.status == 200, "\(response.body)")
            #expect(response.json["type"] == .string("message"), "the provider's own answer, untranslated")
            let seen = try #require(bed.upstream.requests.last)
            #expect(seen.path == "/v1/messages")
            #expect(seen.query == "beta=true")
            #expect(seen.headers["x-api-key"] == "sk-ant-real")
            #expect(seen.headers["anthropic-version"] == "2023-06-01")
            #expect(!seen.headers.values.contains { $0.contains(bed.key) }, "the virtual key never leaves the proxy")
            #expect(seen.body == Array(Self.message.utf8))
            let entry = try #require(try await bed.spendLogs().first)
            #expect(entry.callType == "pass_through")
            #expect(entry.model == "claude-test")
            #expect(entry.modelGroup == "/anthropic")
            #expect(entry.promptTokens == 12 && entry.completionTokens == 7)
            #expect(abs(entry.spend - (12 * 0.01 + 7 * 0.1)) < 1e-9)
        }
    }

    @Test func aPassThroughCallIsCountedInTheMetricsLikeAnyLLMCall() async throws {
        try await PassThroughBed.run { bed in
            let response = try await bed.client.post("/anthropic/v1/messages", json: Self.message, headers: [("x-api-key", bed.key)])
            #expect(response.status == 200)
            _ = try await bed.spendLogs()
            let metrics = try await bed.client.get("/metrics").body
            let labels = #"model="/anthropic",deployment="pass-through""#
            for series in [
                "llmproxy_llm_requests_total{\(labels),team=\"\"} 1", "llmproxy_llm_input_tokens_total{\(labels),team=\"\"} 12",
                "llmproxy_llm_output_tokens_total{\(labels),team=\"\"} 7", "llmproxy_llm_upstream_latency_seconds_count{\(labels)} 1",
            ] {
                #expect(metrics.contains(series), "missing \(series)")
            }
            #expect(metrics.contains("llmproxy_llm_spend_usd_total{\(labels),team=\"\"} 0.8"))
        }
    }

    @Test func anthropicStreamsPassThroughEventByEventAndAreBilledFromTheirUsage() async throws {
        try await PassThroughBed.run { bed in
            let streamed = try await bed.client.authorized(bed.key).stream(
                "/anthropic/v1/messages",
                json: #"{"model":"claude-test","max_tokens":20,"stream":true,"messages":[{"role":"user","content":"hi"}]}"#
            )
            #expect(streamed.status == 200)
            let text = streamed.chunks.joined()
            #expect(text.hasPrefix("event: message_start\n"))
            #expect(text.contains("event: message_stop"))
            #expect(streamed.chunks.count > 1, "forwarded as it arrived, not buffered whole")
            let entry = try #require(try await bed.spendLogs().first)
            #expect(entry.promptTokens == 12 && entry.completionTokens == 9)
        }
    }

    @Test func vertexBedrockAndConfiguredRoutesForwardWithTheirCredentials() async throws {
        try await PassThroughBed.run { bed in
            let caller = bed.client.authorized(bed.key)
            let vertex = try await caller.post(
                "/vertex_ai/v1/projects/p1/locations/us-central1/publishers/google/models/gemini-test:generateContent",
                json: #"{"contents":[{"role":"user","parts":[{"text":"hi"}]}]}"#
            )
            #expect(vertex.status == 200)
            #expect(bed.upstream.requests.last?.authorization == "Bearer ya29.vertex-token")
            let bedrock = try await caller.post("/bedrock/model/anthropic.claude-v2/converse", json: #"{"messages":[]}"#)
            #expect(bedrock.status == 200)
            #expect(bed.upstream.requests.last?.path == "/model/anthropic.claude-v2/converse")
            #expect(bed.upstream.requests.last?.authorization == "Bearer bedrock-key")
            let custom = try await caller.post("/custom/chat/completions", json: #"{"model":"ok","messages":[]}"#)
            #expect(custom.status == 200)
            #expect(bed.upstream.requests.last?.authorization == "Bearer custom-secret")
            let logs = try await eventually { () async throws -> [SpendLogEntry]? in
                let items = try await bed.store.spendLogs(.init(apiKey: VirtualKey.digest(of: bed.key))).items
                return items.count == 3 ? items : nil
            }
            let byRoute = Dictionary(uniqueKeysWithValues: logs.map { ($0.modelGroup ?? "", $0) })
            #expect(byRoute["/vertex_ai"]?.promptTokens == 5 && byRoute["/vertex_ai"]?.completionTokens == 3)
            #expect(byRoute["/vertex_ai"]?.model == "gemini-test")
            #expect(byRoute["/bedrock"]?.promptTokens == 4 && byRoute["/bedrock"]?.completionTokens == 6)
            #expect(byRoute["/custom"]?.promptTokens == FakeUpstream.promptTokens)
        }
    }

    @Test func requestBodiesStreamUpAndOversizeOnesAreRefused() async throws {
        try await PassThroughBed.run { bed in
            func upload(_ chunks: [String], length: HTTPClientRequest.Body.Length) async throws -> Int {
                var request = HTTPClientRequest(url: bed.client.baseURL + "/anthropic/v1/messages")
                request.method = .POST
                request.headers.add(name: "x-api-key", value: bed.key)
                request.headers.add(name: "content-type", value: "application/json")
                request.body = .stream(chunks.map { ByteBuffer(string: $0) }.async, length: length)
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
                _ = try await response.body.collect(upTo: 1 << 20)
                return Int(response.status.code)
            }
            let pieces = [#"{"model":"claude-test","#, #""max_tokens":20,"#, #""messages":[{"role":"user","content":"hi"}]}"#]
            #expect(try await upload(pieces, length: .unknown) == 200, "a chunked body goes up as it comes")
            #expect(bed.upstream.requests.last?.body == Array(pieces.joined().utf8))
            let forwarded = bed.upstream.requests.count
            let big = String(repeating: "x", count: PassThroughBed.bodyLimit + 1)
            let declared = try await bed.client.post("/anthropic/v1/messages", json: big, headers: [("x-api-key", bed.key)])
            #expect(declared.status == 413)
            #expect(try await upload([big], length: .unknown) == 413, "a chunked body is cut off at the limit")
            #expect(bed.upstream.requests.count == forwarded, "nothing oversize reached the upstream")
        }
    }

    @Test func refusedKeysAndUnconfiguredRoutesNeverReachTheUpstream() async throws {
        try await PassThroughBed.run { bed in
            let stranger = try await bed.client.post("/anthropic/v1/messages", json: Self.message, headers: [("x-api-key", "sk-not-a-key")])
            #expect(stranger.status == 401)
            let limited = try #require(
                try await bed.client.authorized(RunningServer.masterKey).post("/key/generate", json: #"{"models":["claude"]}"#).json["key"]?
                    .stringValue
            )
            let outside = try await bed.client.post("/anthropic/v1/messages", json: Self.message, headers: [("x-api-key", limited)])
            #expect(outside.status == 403)
            #expect(outside.error?.message.contains("'anthropic'") == true)
            #expect(bed.upstream.requests.isEmpty)
            let allowed = try #require(
                try await bed.client.authorized(RunningServer.masterKey).post("/key/generate", json: #"{"models":["anthropic"]}"#).json["key"]?
                    .stringValue
            )
            #expect(try await bed.client.post("/anthropic/v1/messages", json: Self.message, headers: [("x-api-key", allowed)]).status == 200)
            var config = ServerConfig(masterKey: RunningServer.masterKey)
            config.passThroughRoutes = PassThroughRoute.builtIn([:])
            try await RunningServer.withSQLite(config: config) { client, _ async throws in
                let unconfigured = try await client.post("/bedrock/model/x/converse", json: "{}")
                #expect(unconfigured.status == 503)
                #expect(unconfigured.error?.message.contains("AWS_BEARER_TOKEN_BEDROCK") == true)
            }
            #expect(throws: ConfigError.self) {
                try PassThroughRoute.resolve(.array([.object(["path": .string("/key"), "target": .string("http://x")])]), environment: [:])
            }
        }
    }
}
