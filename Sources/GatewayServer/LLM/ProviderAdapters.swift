import AsyncHTTPClient
import GatewayProviders

/// The adapter for each provider kind, sharing one pooled HTTP client.
struct ProviderAdapters: Sendable {
    let openAICompatible: OpenAICompatibleAdapter
    let mock: MockAdapter

    init(client: HTTPClient) {
        openAICompatible = OpenAICompatibleAdapter(client: client)
        mock = MockAdapter()
    }

    func adapter(for provider: ProviderKind) -> any ProviderAdapter {
        switch provider {
        case .mock: mock
        case .openai, .hostedVLLM, .ollama, .openaiCompatible: openAICompatible
        }
    }
}
