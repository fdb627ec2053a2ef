import Foundation
import GatewayModel
import GatewayProviders
import GatewayServer
import GatewayTestSupport
import Testing

@Suite("Providers over HTTP: Azure OpenAI and Anthropic")
struct ProviderTests {
    static func upstreamRoot(_ baseURL: String) -> String {
        String(baseURL.dropLast("/v1".count))
    }

    static func anthropic(_ name: String, model: String, _ base: String) -> Deployment {
        Deployment(
            id: name,
            modelName: name,
            provider: .anthropic,
            upstreamModel: model,
            apiBase: upstreamRoot(base),
            apiKey: "sk-ant-secret",
            timeout: .seconds(30),
            pricing: ModelPricing(inputCostPerToken: 0.01, outputCostPerToken: 0.1)
        )
    }

    static let deployments: @Sendable (String) -> [Deployment] = { base in
        [
            Deployment(
                id: "azure-1",
                modelName: "azure-gpt",
                provider: .azure,
                upstreamModel: "my-gpt",
                apiBase: upstreamRoot(base),
                apiKey: "azure-secret",
                timeout: .seconds(30),
                apiVersion: "2024-06-01"
            ),
            anthropic("claude", model: "claude-test", base),
            anthropic("claude-broken", model: "anthropic-fail", base),
        ]
    }

    static let tools =
        #"[{"type":"function","function":{"name":"get_weather","description":"Weather now","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}]"#

    @Test func azureGetsItsDeploymentPathApiVersionAndApiKeyHeader() async throws {
        try await RouterBed.run(Self.deployments) { bed in
            let response = try await bed.chat("azure-gpt")
            #expect(response.status == 200)
            let seen = try #require(bed.upstream.requests.last)
            #expect(seen.path == "/openai/deployments/my-gpt/chat/completions")
            #expect(seen.query == "api-version=2024-06-01")
            #expect(seen.headers["api-key"] == "azure-secret")
            #expect(seen.authorization == nil)
        }
    }

    @Test func anthropicAnswersAChatCompletionTranslatedBothWays() async throws {
        try await RouterBed.run(Self.deployments) { bed in
            let response = try await bed.client.post(
                "/v1/chat/completions",
                json:
                    #"{"model":"claude","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Say hello"}],"stop":"END","temperature":0.2}"#
            )
            #expect(response.status == 200, "\(response.body)")
            #expect(response.json["object"] == .string("chat.completion"))
            #expect(response.json["choices"]?.arrayValue?.first?["message"]?["content"] == .string("Bonjour"))
            #expect(response.json["choices"]?.arrayValue?.first?["finish_reason"] == .string("stop"))
            #expect(response.json["usage"]?["prompt_tokens"]?.intValue == 12)
            #expect(response.json["usage"]?["completion_tokens"]?.intValue == 7)
            #expect(response.header("x-litellm-response-cost").flatMap(Double.init).map { abs($0 - (12 * 0.01 + 7 * 0.1)) < 1e-9 } == true)

            let seen = try #require(bed.upstream.requests.last)
            #expect(seen.path == "/v1/messages")
            #expect(seen.headers["x-api-key"] == "sk-ant-secret")
            #expect(seen.headers["anthropic-version"] == "2023-06-01")
            #expect(seen.authorization == nil)
            let sent = seen.json
            #expect(sent["model"] as? String == "claude-test")
            #expect(sent["system"] as? String == "Be brief.")
            #expect(sent["max_tokens"] as? Int == 4096)
            #expect(sent["stop_sequences"] as? [String] == ["END"])
            #expect((sent["messages"] as? [[String: Any]])?.map { $0["role"] as? String } == ["user"])
        }
    }

    @Test func anthropicToolCallsGoOutAsToolUseAndComeBackAsToolCalls() async throws {
        try await RouterBed.run(Self.deployments) { bed in
            let history = #"""
                [{"role":"user","content":"Weather?"},
                 {"role":"assistant","content":null,"tool_calls":[{"id":"toolu_0","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Lyon\"}"}}]},
                 {"role":"tool","tool_call_id":"toolu_0","content":"12C"},
                 {"role":"user","content":"And Paris?"}]
                """#
            let response = try await bed.client.post(
                "/v1/chat/completions",
                json: #"{"model":"claude","messages":\#(history),"tools":\#(Self.tools),"tool_choice":"required","max_tokens":50}"#
            )
            #expect(response.status == 200, "\(response.body)")
            let choice = response.json["choices"]?.arrayValue?.first
            #expect(choice?["finish_reason"] == .string("tool_calls"))
            let call = choice?["message"]?["tool_calls"]?.arrayValue?.first
            #expect(call?["id"] == .string("toolu_1"))
            #expect(call?["function"]?["name"] == .string("get_weather"))
            #expect(call?["function"]?["arguments"] == .string(#"{"city":"Paris"}"#))

            let sent = try #require(bed.upstream.requests.last).json
            #expect(sent["max_tokens"] as? Int == 50)
            #expect((sent["tool_choice"] as? [String: Any])?["type"] as? String == "any")
            let tool = (sent["tools"] as? [[String: Any]])?.first
            #expect(tool?["name"] as? String == "get_weather")
            #expect((tool?["input_schema"] as? [String: Any])?["type"] as? String == "object")
            let turns = sent["messages"] as? [[String: Any]] ?? []
            #expect(turns.map { $0["role"] as? String } == ["user", "assistant", "user"], "the tool result and the next question share a user turn")
            let use = (turns[1]["content"] as? [[String: Any]])?.first
            #expect(use?["type"] as? String == "tool_use")
            #expect((use?["input"] as? [String: Any])?["city"] as? String == "Lyon")
            let result = (turns[2]["content"] as? [[String: Any]])?.first
            #expect(result?["type"] as? String == "tool_result")
            #expect(result?["tool_use_id"] as? String == "toolu_0")
        }
    }

    @Test func anthropicStreamsBecomeChatCompletionChunksWithUsageAndToolCalls() async throws {
        try await RouterBed.run(Self.deployments) { bed in
            let plain = try await bed.client.stream(
                "/v1/chat/completions",
                json: #"{"model":"claude","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"hi"}]}"#
            )
            #expect(plain.status == 200)
            let events = Self.events(plain.chunks.joined())
            #expect(events.last == "[DONE]")
            let chunks = events.dropLast().compactMap { JSONValue.parse($0) }
            #expect(chunks.allSatisfy { $0["object"] == .string("chat.completion.chunk") && $0["id"] == .string("msg_2") })
            let text = chunks.compactMap { $0["choices"]?.arrayValue?.first?["delta"]?["content"]?.stringValue }.joined()
            #expect(text == "Bonjour")
            #expect(chunks.contains { $0["choices"]?.arrayValue?.first?["finish_reason"] == .string("stop") })
            #expect(chunks.last?["usage"]?["prompt_tokens"]?.intValue == 12)
            #expect(chunks.last?["usage"]?["completion_tokens"]?.intValue == 9)

            let withTools = try await bed.client.stream(
                "/v1/chat/completions",
                json: #"{"model":"claude","stream":true,"messages":[{"role":"user","content":"Weather in Paris?"}],"tools":\#(Self.tools)}"#
            )
            let toolEvents = Self.events(withTools.chunks.joined()).dropLast().compactMap { JSONValue.parse($0) }
            #expect(!toolEvents.contains { $0["usage"] != nil }, "no usage chunk unless asked for")
            let calls = toolEvents.compactMap { $0["choices"]?.arrayValue?.first?["delta"]?["tool_calls"]?.arrayValue?.first }
            #expect(calls.first?["id"] == .string("toolu_2"))
            #expect(calls.first?["function"]?["name"] == .string("get_weather"))
            #expect(calls.allSatisfy { $0["index"]?.intValue == 0 })
            #expect(calls.compactMap { $0["function"]?["arguments"]?.stringValue }.joined() == #"{"city": "Paris"}"#)
            #expect(toolEvents.contains { $0["choices"]?.arrayValue?.first?["finish_reason"] == .string("tool_calls") })
        }
    }

    @Test func anthropicErrorsKeepTheUpstreamMessageInOpenAIShape() async throws {
        try await RouterBed.run(Self.deployments) { bed in
            let response = try await bed.chat("claude-broken")
            #expect(response.status == 400)
            #expect(response.error?.message == "messages: roles must alternate")
            #expect(response.error?.type == "invalid_request_error")
            let embeddings = try await bed.client.post("/v1/embeddings", json: #"{"model":"claude","input":"x"}"#)
            #expect(embeddings.status == 400)
            #expect(embeddings.error?.message.contains("answers /chat/completions only") == true)
        }
    }

    /// The `data:` payloads of an SSE text, in order.
    static func events(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").compactMap { event in
            event.split(separator: "\n").first { $0.hasPrefix("data: ") }.map { String($0.dropFirst(6)) }
        }
    }
}

extension JSONValue {
    /// Parses JSON text; nil when it is not JSON.
    static func parse(_ text: String) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }
}
