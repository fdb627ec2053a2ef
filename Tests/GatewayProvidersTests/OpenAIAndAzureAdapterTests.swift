import GatewayModel
import Testing

@testable import GatewayProviders

@Suite("OpenAI-compatible and Azure adapters: the body goes through, the credential changes place")
struct OpenAIAndAzureAdapterTests {
    static let body = #"{"model":"gpt-x","messages":[{"role":"user","content":"hi"}]}"#
    static let answer = #"{"id":"1","object":"chat.completion","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":4}}"#

    func call(stream: Bool = false) -> UpstreamCall {
        UpstreamCall(endpoint: .chatCompletions, body: Array(Self.body.utf8), stream: stream, requestId: "req-1")
    }

    @Test func openAIGetsTheBodyAsItCameWithABearerKey() async throws {
        let transport = RecordingTransport(json: Self.answer)
        let deployment = Deployment(id: "d", modelName: "m", provider: .openai, upstreamModel: "gpt-x", apiKey: "sk-upstream")
        let reply = try await OpenAICompatibleAdapter(transport: transport).send(call(), to: deployment)
        let sent = try #require(transport.last)
        #expect(sent.url == "https://api.openai.com/v1/chat/completions")
        #expect(sent.header("authorization") == "Bearer sk-upstream")
        #expect(sent.header("x-request-id") == "req-1")
        #expect(sent.header("accept") == "application/json")
        #expect(sent.body == Array(Self.body.utf8))
        #expect(reply.status == 200)
        #expect(UsageExtractor.usage(inJSON: Array(try await reply.text().utf8)) == Usage(promptTokens: 3, completionTokens: 4))
    }

    @Test func aDeploymentWithoutAKeySendsNoAuthorizationAndAStreamAsksForEvents() async throws {
        let transport = RecordingTransport(json: Self.answer)
        let deployment = Deployment(id: "d", modelName: "m", provider: .hostedVLLM, upstreamModel: "x", apiBase: "http://10.0.0.1:8000/v1")
        _ = try await OpenAICompatibleAdapter(transport: transport).send(call(stream: true), to: deployment)
        let sent = try #require(transport.last)
        #expect(sent.header("authorization") == nil)
        #expect(sent.header("accept") == "text/event-stream")
    }

    @Test func upstreamErrorsComeBackAsTheyAre() async throws {
        let error = #"{"error":{"message":"slow down","type":"rate_limit_error","param":null,"code":"429"}}"#
        let transport = RecordingTransport(status: 429, json: error, headers: [("retry-after", "2")])
        let deployment = Deployment(id: "d", modelName: "m", provider: .openai, upstreamModel: "x")
        let reply = try await OpenAICompatibleAdapter(transport: transport).send(call(), to: deployment)
        #expect(reply.status == 429)
        #expect(reply.header("Retry-After") == "2")
        #expect(try await reply.text() == error)
    }

    @Test func azureGetsItsKeyInApiKeyAndItsDeploymentPath() async throws {
        let transport = RecordingTransport(json: Self.answer)
        let deployment = Deployment(
            id: "d",
            modelName: "m",
            provider: .azure,
            upstreamModel: "gpt4o",
            apiBase: "https://eu.openai.azure.com",
            apiKey: "azure-key"
        )
        _ = try await AzureOpenAIAdapter(transport: transport).send(call(), to: deployment)
        let sent = try #require(transport.last)
        #expect(sent.url.hasPrefix("https://eu.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version="))
        #expect(sent.header("api-key") == "azure-key")
        #expect(sent.header("authorization") == nil)
        #expect(sent.body == Array(Self.body.utf8))
    }
}
