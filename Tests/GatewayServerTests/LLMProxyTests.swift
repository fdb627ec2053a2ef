import Foundation
import GatewayModel
import GatewayStore
import GatewayTestSupport
import Testing

@Suite("LLM API: forwarding, streaming and accounting", .timeLimit(.minutes(2)))
struct LLMProxyTests {
    @Test func chatIsForwardedWithOnlyTheModelReplacedAndPriced() async throws {
        try await LLMTestBed.run { bed async throws in
            let key = try await bed.key(#""models":["gpt-test"]"#)
            let body = #"{"model":"gpt-test","messages":[{"role":"user","content":"hello"}],"temperature":0.5}"#
            let response = try await bed.client.authorized(key).post("/v1/chat/completions", json: body)
            #expect(response.status == 200)
            #expect(response.json["choices"]?[0]?["message"]?["content"] == .string("hi"))
            #expect(response.header("x-litellm-response-cost") == String(LLMTestBed.callCost))
            #expect(response.header("x-request-id")?.isEmpty == false)
            #expect(response.header("x-litellm-overhead-duration-ms").flatMap(Double.init) != nil)
            let forwarded = try #require(bed.upstream.requests.last)
            #expect(forwarded.path == "/v1/chat/completions")
            #expect(forwarded.authorization == "Bearer sk-upstream-secret")
            #expect(String(decoding: forwarded.body, as: UTF8.self) == body.replacingOccurrences(of: #""model":"gpt-test""#, with: #""model":"ok""#))
        }
    }

    @Test func streamIsRelayedChunkByChunkAndUsageChunkOnlyWhenAsked() async throws {
        try await LLMTestBed.run { bed async throws in
            let key = try await bed.key()
            let plain = try await bed.client.authorized(key).stream("/v1/chat/completions", json: LLMTestBed.chat("gpt-test", stream: true))
            #expect(plain.status == 200)
            let text = plain.chunks.joined()
            #expect(text.components(separatedBy: "chat.completion.chunk").count - 1 == 3)
            #expect(!text.contains(#""usage""#))
            #expect(text.hasSuffix("data: [DONE]\n\n"))
            let forwarded = try #require(bed.upstream.requests.last?.json["stream_options"] as? [String: Any])
            #expect(forwarded["include_usage"] as? Bool == true)

            let asked = try await bed.client.authorized(key).stream(
                "/v1/chat/completions",
                json: LLMTestBed.chat("gpt-test", stream: true, extra: #","stream_options":{"include_usage":true}"#)
            )
            #expect(asked.chunks.joined().contains(#""usage""#))
        }
    }

    @Test func aStreamIsChargedBeforeItsLastEventReachesTheClient() async throws {
        let directory = try TemporaryDirectory()
        let journal = directory.path("spend.journal")
        try await LLMTestBed.run(configure: { $0.spendJournalPath = journal }) { bed async throws in
            let key = try await bed.key()
            // The upstream keeps its stream open a second after [DONE]: the charge must not wait for that.
            let read = try await bed.client.authorized(key).stream(
                "/v1/chat/completions",
                json: LLMTestBed.chat("lingering", stream: true),
                until: "[DONE]"
            )
            #expect(read.chunks.joined().contains("data: [DONE]"))
            let lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 1, "the charge was not journaled when the client saw [DONE]")
        }
    }

    @Test func streamUsageIsAccounted() async throws {
        try await LLMTestBed.run { bed async throws in
            let key = try await bed.key()
            _ = try await bed.client.authorized(key).stream("/v1/chat/completions", json: LLMTestBed.chat("gpt-test", stream: true))
            let digest = VirtualKey.digest(of: key)
            let spent = try await eventually { () async throws -> Double? in
                let spend = try await bed.store.key(digest: digest)?.limits.spend ?? 0
                return spend > 0 ? spend : nil
            }
            #expect(spent == LLMTestBed.callCost)
            let logs = try await bed.store.spendLogs(SpendLogQuery(apiKey: digest))
            #expect(logs.items.first?.promptTokens == FakeUpstream.promptTokens)
            #expect(logs.items.first?.completionTokens == FakeUpstream.completionTokens)
            #expect(logs.items.first?.modelGroup == "gpt-test")
        }
    }

    @Test func spendTotalsEqualTheSpendLogAfterConcurrentRequests() async throws {
        try await LLMTestBed.run { bed async throws in
            _ = try await bed.client.post("/team/new", json: #"{"team_id":"eng"}"#)
            let key = try await bed.key(#""user_id":"alice","team_id":"eng""#)
            let client = bed.client.authorized(key)
            try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<200 {
                    group.addTask {
                        if index % 4 == 0 {
                            return try await client.stream("/v1/chat/completions", json: LLMTestBed.chat("gpt-test", stream: true)).status
                        }
                        return try await client.post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test")).status
                    }
                }
                for try await status in group {
                    #expect(status == 200)
                }
            }
            let digest = VirtualKey.digest(of: key)
            let expected = 200 * LLMTestBed.callCost
            let keySpend = try await eventually { () async throws -> Double? in
                let spend = try await bed.store.key(digest: digest)?.limits.spend ?? 0
                return abs(spend - expected) < 1e-9 ? spend : nil
            }
            let logs = try await bed.store.spendLogs(SpendLogQuery(apiKey: digest, page: PageRequest(page: 1, size: 1000)))
            #expect(logs.total == 200)
            let logged = logs.items.reduce(0) { $0 + $1.spend }
            #expect(abs(keySpend - logged) < 1e-9)
            #expect(abs((try await bed.store.user(id: "alice")?.limits.spend ?? 0) - logged) < 1e-9)
            #expect(abs((try await bed.store.team(id: "eng")?.limits.spend ?? 0) - logged) < 1e-9)
        }
    }

    @Test func completionsEmbeddingsAndModels() async throws {
        try await LLMTestBed.run { bed async throws in
            let key = try await bed.key(#""models":["gpt-test","demo"]"#)
            let client = bed.client.authorized(key)
            #expect(try await client.post("/v1/completions", json: #"{"model":"gpt-test","prompt":"hi"}"#).status == 200)
            #expect(try await client.post("/embeddings", json: #"{"model":"gpt-test","input":"hi"}"#).json["data"]?[0]?["embedding"] != nil)
            let models = try await client.get("/v1/models")
            #expect(models.json["data"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["demo", "gpt-test"])
            #expect(try await client.get("/v1/models/gpt-test").json["id"] == .string("gpt-test"))
            #expect(try await client.get("/v1/models/broken").status == 404)
            let metrics = try await bed.client.get("/metrics").body
            #expect(metrics.contains(#"llmproxy_llm_requests_total{model="gpt-test",deployment="gpt-test-1",team=""} 2"#))
            #expect(metrics.contains(#"llmproxy_llm_input_tokens_total{model="gpt-test",deployment="gpt-test-1",team=""} 20"#))
            #expect(metrics.contains(#"llmproxy_llm_requests_in_flight{model="gpt-test"} 0"#))
            #expect(metrics.contains("llmproxy_llm_upstream_latency_seconds_bucket"))
            #expect(!metrics.contains(key))
            let demo = try await client.post("/chat/completions", json: #"{"model":"demo","messages":[{"role":"user","content":"echo me back"}]}"#)
            #expect(demo.json["choices"]?[0]?["message"]?["content"] == .string("echo me back"))
        }
    }

    @Test func clientDisconnectCancelsTheUpstreamStream() async throws {
        try await LLMTestBed.run { bed async throws in
            let read = try await bed.client.stream("/v1/chat/completions", json: LLMTestBed.chat("long", stream: true), limit: 2)
            #expect(read.chunks.count == 2)
            try await Task.sleep(for: .milliseconds(500))
            let written = bed.upstream.longStreamEvents
            try await Task.sleep(for: .milliseconds(500))
            #expect(bed.upstream.longStreamEvents == written, "the upstream kept streaming after the client left")
            #expect(written < 200)
        }
    }
}

@Suite("Spend logs over HTTP", .timeLimit(.minutes(1)))
struct SpendLogsTests {
    @Test func spendLogsAreFilteredByKeyAndPaginated() async throws {
        try await LLMTestBed.run { bed async throws in
            let first = try await bed.key()
            let second = try await bed.key()
            for key in [first, first, second] {
                _ = try await bed.client.authorized(key).post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test"))
            }
            let logs = try await eventually { () async throws -> TestResponse? in
                let response = try await bed.client.get("/spend/logs?api_key=\(first)&page_size=1")
                return response.header("x-total-count") == "2" ? response : nil
            }
            #expect(logs.json.arrayValue?.count == 1)
            #expect(logs.json[0]?["api_key"] == .string(VirtualKey.digest(of: first)))
            #expect(logs.json[0]?["spend"]?.doubleValue == LLMTestBed.callCost)
            #expect(try await bed.client.authorized(first).get("/spend/logs").status == 403)
        }
    }
}
