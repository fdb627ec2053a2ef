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

    @Test func pricing() {
        let pricing = ModelPricing(inputCostPerToken: 0.001, outputCostPerToken: 0.002)
        #expect(pricing.cost(of: Usage(promptTokens: 10, completionTokens: 20)) == 0.05)
        #expect(pricing.cost(of: Usage(promptTokens: nil, completionTokens: nil)) == 0)
    }
}
