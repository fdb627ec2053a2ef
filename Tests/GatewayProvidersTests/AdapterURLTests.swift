import GatewayModel
import GatewayProviders
import Testing

/// Each adapter builds its provider's URLs from the deployment's base URL.
@Suite("Provider adapters: upstream URLs")
struct AdapterURLTests {
    @Test func openAICompatibleServersTakeTheEndpointUnderTheirBase() {
        let vllm = Deployment(id: "a", modelName: "m", provider: .hostedVLLM, upstreamModel: "x", apiBase: "http://10.0.0.1:8000/v1/")
        #expect(OpenAICompatibleAdapter.url(for: .chatCompletions, at: vllm) == "http://10.0.0.1:8000/v1/chat/completions")
        let openai = Deployment(id: "c", modelName: "m", provider: .openai, upstreamModel: "x")
        #expect(OpenAICompatibleAdapter.url(for: .completions, at: openai) == "https://api.openai.com/v1/completions")
    }

    @Test func ollamaGetsItsV1PrefixWhenTheBaseLeavesItOut() {
        let bare = Deployment(id: "b", modelName: "m", provider: .ollama, upstreamModel: "x", apiBase: "http://127.0.0.1:11434")
        #expect(OpenAICompatibleAdapter.url(for: .embeddings, at: bare) == "http://127.0.0.1:11434/v1/embeddings")
        let withPrefix = Deployment(id: "b", modelName: "m", provider: .ollama, upstreamModel: "x", apiBase: "http://127.0.0.1:11434/v1")
        #expect(OpenAICompatibleAdapter.url(for: .embeddings, at: withPrefix) == "http://127.0.0.1:11434/v1/embeddings")
    }

    @Test func azureUsesTheDeploymentPathAndApiVersion() {
        let azure = Deployment(id: "d", modelName: "m", provider: .azure, upstreamModel: "my gpt", apiBase: "https://eu.openai.azure.com/")
        #expect(
            AzureOpenAIAdapter.url(for: .chatCompletions, at: azure)
                == "https://eu.openai.azure.com/openai/deployments/my%20gpt/chat/completions?api-version=\(AzureOpenAIAdapter.defaultAPIVersion)"
        )
        let pinned = Deployment(id: "e", modelName: "m", provider: .azure, upstreamModel: "g", apiBase: "https://x", apiVersion: "2024-06-01")
        #expect(AzureOpenAIAdapter.url(for: .embeddings, at: pinned) == "https://x/openai/deployments/g/embeddings?api-version=2024-06-01")
    }

    @Test func anthropicUsesTheMessagesAPIWithOrWithoutV1InTheBase() {
        let anthropic = Deployment(id: "f", modelName: "m", provider: .anthropic, upstreamModel: "claude")
        #expect(AnthropicAdapter.url(at: anthropic) == "https://api.anthropic.com/v1/messages")
        let proxied = Deployment(id: "g", modelName: "m", provider: .anthropic, upstreamModel: "claude", apiBase: "http://10.0.0.2/v1")
        #expect(AnthropicAdapter.url(at: proxied) == "http://10.0.0.2/v1/messages")
    }
}
