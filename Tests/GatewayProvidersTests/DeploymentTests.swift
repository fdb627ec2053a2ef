import GatewayModel
import GatewayProviders
import Testing

@Suite struct DeploymentTests {
    @Test(arguments: [
        ("openai/gpt-4o", ProviderKind.openai, "gpt-4o"),
        ("hosted_vllm/meta/llama-3", .hostedVLLM, "meta/llama-3"),
        ("ollama/llama3", .ollama, "llama3"),
        ("mock/echo", .mock, "echo"),
    ])
    func providerPrefixes(model: String, kind: ProviderKind, upstream: String) throws {
        let parsed = try #require(ProviderKind.parse(model))
        #expect(parsed.0 == kind)
        #expect(parsed.1 == upstream)
    }

    @Test func unknownProvidersAndEmptyModelsDoNotParse() {
        #expect(ProviderKind.parse("gpt-4o") == nil)
        #expect(ProviderKind.parse("bedrock/claude") == nil)
        #expect(ProviderKind.parse("openai/") == nil)
    }

    @Test func urlsPerProvider() {
        let vllm = Deployment(id: "a", modelName: "m", provider: .hostedVLLM, upstreamModel: "x", apiBase: "http://10.0.0.1:8000/v1/")
        #expect(vllm.url(for: .chatCompletions) == "http://10.0.0.1:8000/v1/chat/completions")
        let ollama = Deployment(id: "b", modelName: "m", provider: .ollama, upstreamModel: "x", apiBase: "http://127.0.0.1:11434")
        #expect(ollama.url(for: .embeddings) == "http://127.0.0.1:11434/v1/embeddings")
        let openai = Deployment(id: "c", modelName: "m", provider: .openai, upstreamModel: "x")
        #expect(openai.url(for: .completions) == "https://api.openai.com/v1/completions")
    }

    @Test func pricing() {
        let pricing = ModelPricing(inputCostPerToken: 0.001, outputCostPerToken: 0.002)
        #expect(pricing.cost(of: Usage(promptTokens: 10, completionTokens: 20)) == 0.05)
        #expect(pricing.cost(of: Usage(promptTokens: nil, completionTokens: nil)) == 0)
    }
}
