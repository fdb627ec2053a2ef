import GatewayModel
import Testing

@testable import GatewayProviders

@Suite("Anthropic adapter: OpenAI chat in, Anthropic Messages out, and back")
struct AnthropicAdapterTests {
    static let deployment = Deployment(id: "c", modelName: "claude", provider: .anthropic, upstreamModel: "claude-test", apiKey: "sk-ant")
    static let chat =
        #"{"model":"claude","max_tokens":20,"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"hi"}]}"#

    func call(stream: Bool = false, endpoint: LLMEndpoint = .chatCompletions) -> UpstreamCall {
        UpstreamCall(endpoint: endpoint, body: Array(Self.chat.utf8), stream: stream, requestId: "req-1")
    }

    @Test func theRequestIsTranslatedAndCarriesAnthropicsHeaders() async throws {
        let transport = RecordingTransport(
            json:
                #"{"id":"msg_1","type":"message","role":"assistant","model":"claude-test","content":[{"type":"text","text":"Bonjour"}],"stop_reason":"end_turn","usage":{"input_tokens":12,"output_tokens":7}}"#
        )
        let reply = try await AnthropicAdapter(transport: transport).send(call(), to: Self.deployment)
        let sent = try #require(transport.last)
        #expect(sent.url == "https://api.anthropic.com/v1/messages")
        #expect(sent.header("x-api-key") == "sk-ant")
        #expect(sent.header("anthropic-version") == "2023-06-01")
        #expect(sent.json["model"] == .string("claude-test"))
        #expect(sent.json["system"] == .string("Be brief."))
        #expect(sent.json["messages"]?.arrayValue?.first?["role"] == .string("user"))

        #expect(reply.status == 200)
        let answer = try #require(JSONValue.decode(Array(try await reply.text().utf8)))
        #expect(answer["object"] == .string("chat.completion"))
        #expect(answer["choices"]?.arrayValue?.first?["message"]?["content"] == .string("Bonjour"))
        #expect(answer["choices"]?.arrayValue?.first?["finish_reason"] == .string("stop"))
    }

    @Test func theUsageOfATranslatedAnswerIsOpenAIs() async throws {
        let transport = RecordingTransport(
            json:
                #"{"id":"msg_1","type":"message","role":"assistant","model":"claude-test","content":[{"type":"text","text":"ok"}],"stop_reason":"end_turn","usage":{"input_tokens":12,"output_tokens":7}}"#
        )
        let reply = try await AnthropicAdapter(transport: transport).send(call(), to: Self.deployment)
        #expect(UsageExtractor.usage(inJSON: Array(try await reply.text().utf8)) == Usage(promptTokens: 12, completionTokens: 7))
    }

    @Test func aStreamIsTranslatedIntoOpenAIChunksEndingWithDone() async throws {
        func event(_ name: String, _ data: String) -> String { "event: \(name)\ndata: \(data)\n\n" }
        let transport = RecordingTransport(events: [
            event(
                "message_start",
                #"{"type":"message_start","message":{"id":"msg_2","model":"claude-test","usage":{"input_tokens":12,"output_tokens":1}}}"#
            ),
            event("content_block_start", #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#),
            event("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Bon"}}"#),
            event("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"jour"}}"#),
            event("message_delta", #"{"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":9}}"#),
            event("message_stop", #"{"type":"message_stop"}"#),
        ])
        let reply = try await AnthropicAdapter(transport: transport).send(call(stream: true), to: Self.deployment)
        #expect(reply.header("content-type") == "text/event-stream")
        let text = try await reply.text()
        #expect(text.contains(#""content":"Bon""#) && text.contains(#""content":"jour""#))
        #expect(text.contains(#""finish_reason":"stop""#))
        #expect(text.hasSuffix("data: [DONE]\n\n"))
        var splitter = SSEEventSplitter()
        let usages = splitter.append(Array(text.utf8)).compactMap { SSEEvent(bytes: $0).usage }
        #expect(usages.last == Usage(promptTokens: 12, completionTokens: 9))
    }

    @Test func anthropicErrorsKeepTheirMessageInOpenAIsShapeAndTheirRetryAfter() async throws {
        let transport = RecordingTransport(
            status: 429,
            json: #"{"type":"error","error":{"type":"rate_limit_error","message":"too many requests"}}"#,
            headers: [("retry-after", "3")]
        )
        let reply = try await AnthropicAdapter(transport: transport).send(call(), to: Self.deployment)
        #expect(reply.status == 429)
        #expect(reply.header("retry-after") == "3")
        let error = JSONValue.decode(Array(try await reply.text().utf8))?["error"]
        #expect(error?["message"] == .string("too many requests"))
    }

    @Test func otherEndpointsAndUntranslatableBodiesAreRefusedWithoutACall() async throws {
        let transport = RecordingTransport(json: "{}")
        let embeddings = try await AnthropicAdapter(transport: transport).send(call(endpoint: .embeddings), to: Self.deployment)
        #expect(embeddings.status == 400)
        let broken = UpstreamCall(
            endpoint: .chatCompletions,
            body: Array(#"{"model":"claude","messages":"nope"}"#.utf8),
            stream: false,
            requestId: "r"
        )
        #expect(try await AnthropicAdapter(transport: transport).send(broken, to: Self.deployment).status == 400)
        #expect(transport.last == nil)
    }
}
