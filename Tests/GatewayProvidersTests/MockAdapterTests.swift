import GatewayModel
import Testing

@testable import GatewayProviders

@Suite("Mock adapter: the demo model answers without any upstream")
struct MockAdapterTests {
    static let deployment = Deployment.demo

    @Test func chatEchoesTheLastUserMessageWithUsage() async throws {
        let body = #"{"model":"demo","messages":[{"role":"user","content":"hello there"}]}"#
        let reply = try await MockAdapter().send(
            UpstreamCall(endpoint: .chatCompletions, body: Array(body.utf8), stream: false, requestId: "r"),
            to: Self.deployment
        )
        let answer = try #require(JSONValue.decode(Array(try await reply.text().utf8)))
        #expect(answer["choices"]?.arrayValue?.first?["message"]?["content"] == .string("hello there"))
        #expect(answer["usage"]?["total_tokens"] == .int(4))
    }

    @Test func aStreamSendsAWordPerChunkThenUsageWhenAskedThenDone() async throws {
        let body = #"{"model":"demo","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"a b"}]}"#
        let reply = try await MockAdapter(wordDelay: .zero).send(
            UpstreamCall(endpoint: .chatCompletions, body: Array(body.utf8), stream: true, requestId: "r"),
            to: Self.deployment
        )
        #expect(reply.header("content-type") == "text/event-stream")
        var splitter = SSEEventSplitter()
        let events = splitter.append(Array(try await reply.text().utf8)).map(SSEEvent.init(bytes:))
        #expect(events.count == 5, "two words, the finish, the usage, [DONE]")
        #expect(events.last?.isDone == true)
        #expect(events.compactMap(\.usage).last == Usage(promptTokens: 2, completionTokens: 2))
    }

    @Test func embeddingsAreDeterministic() async throws {
        let body = Array(#"{"model":"demo","input":["x","y"]}"#.utf8)
        let first = try await MockAdapter().send(UpstreamCall(endpoint: .embeddings, body: body, stream: false, requestId: "r"), to: Self.deployment)
        let second = try await MockAdapter().send(UpstreamCall(endpoint: .embeddings, body: body, stream: false, requestId: "r"), to: Self.deployment)
        let text = try await first.text()
        #expect(text == (try await second.text()))
        #expect(JSONValue.decode(Array(text.utf8))?["data"]?.arrayValue?.dropFirst().first?["index"] == .int(1))
    }
}
