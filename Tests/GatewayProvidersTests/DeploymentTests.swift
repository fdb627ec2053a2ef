import GatewayModel
import GatewayProviders
import Testing

@Suite struct DeploymentTests {
    @Test(arguments: [
        ("openai/gpt-4o", ProviderKind.openai, "gpt-4o"),
        ("hosted_vllm/meta/llama-3", .hostedVLLM, "meta/llama-3"),
        ("ollama/llama3", .ollama, "llama3"),
        ("mock/echo", .mock, "echo"),
        ("azure/my deployment", .azure, "my deployment"),
        ("anthropic/claude-sonnet-4-5", .anthropic, "claude-sonnet-4-5"),
    ])
    func providerPrefixes(model: String, kind: ProviderKind, upstream: String) throws {
        let parsed = try #require(ProviderKind.parse(model))
        #expect(parsed.0 == kind)
        #expect(parsed.1 == upstream)
    }

    @Test func unknownProvidersAndEmptyModelsDoNotParse() {
        #expect(ProviderKind.parse("gpt-4o") == nil)
        #expect(ProviderKind.parse("watsonx/granite") == nil)
        #expect(ProviderKind.parse("openai/") == nil)
    }

    @Test func urlsPerProvider() {
        let vllm = Deployment(id: "a", modelName: "m", provider: .hostedVLLM, upstreamModel: "x", apiBase: "http://10.0.0.1:8000/v1/")
        #expect(vllm.url(for: .chatCompletions) == "http://10.0.0.1:8000/v1/chat/completions")
        let ollama = Deployment(id: "b", modelName: "m", provider: .ollama, upstreamModel: "x", apiBase: "http://127.0.0.1:11434")
        #expect(ollama.url(for: .embeddings) == "http://127.0.0.1:11434/v1/embeddings")
        let openai = Deployment(id: "c", modelName: "m", provider: .openai, upstreamModel: "x")
        #expect(openai.url(for: .completions) == "https://api.openai.com/v1/completions")
        let azure = Deployment(id: "d", modelName: "m", provider: .azure, upstreamModel: "my gpt", apiBase: "https://eu.openai.azure.com/")
        #expect(
            azure.url(for: .chatCompletions)
                == "https://eu.openai.azure.com/openai/deployments/my%20gpt/chat/completions?api-version=\(Deployment.defaultAzureAPIVersion)"
        )
        let pinned = Deployment(id: "e", modelName: "m", provider: .azure, upstreamModel: "g", apiBase: "https://x", apiVersion: "2024-06-01")
        #expect(pinned.url(for: .embeddings) == "https://x/openai/deployments/g/embeddings?api-version=2024-06-01")
        let anthropic = Deployment(id: "f", modelName: "m", provider: .anthropic, upstreamModel: "claude")
        #expect(anthropic.url(for: .chatCompletions) == "https://api.anthropic.com/v1/messages")
        let proxied = Deployment(id: "g", modelName: "m", provider: .anthropic, upstreamModel: "claude", apiBase: "http://10.0.0.2/v1")
        #expect(proxied.url(for: .chatCompletions) == "http://10.0.0.2/v1/messages")
    }

    @Test func pricing() {
        let pricing = ModelPricing(inputCostPerToken: 0.001, outputCostPerToken: 0.002)
        #expect(pricing.cost(of: Usage(promptTokens: 10, completionTokens: 20)) == 0.05)
        #expect(pricing.cost(of: Usage(promptTokens: nil, completionTokens: nil)) == 0)
    }
}
