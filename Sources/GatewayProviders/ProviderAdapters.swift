import AsyncHTTPClient

/// The adapter for each provider kind, sharing one pooled HTTP client: the one table the data plane asks.
public struct ProviderAdapters: Sendable {
    let openAICompatible: OpenAICompatibleAdapter
    let azure: AzureOpenAIAdapter
    let anthropic: AnthropicAdapter
    let mock: MockAdapter

    public init(client: HTTPClient) {
        let transport = HTTPClientTransport(client: client)
        openAICompatible = OpenAICompatibleAdapter(transport: transport)
        azure = AzureOpenAIAdapter(transport: transport)
        anthropic = AnthropicAdapter(transport: transport)
        mock = MockAdapter()
    }

    public func adapter(for provider: ProviderKind) -> any ProviderAdapter {
        switch provider {
        case .mock: mock
        case .azure: azure
        case .anthropic: anthropic
        case .openai, .hostedVLLM, .ollama, .openaiCompatible: openAICompatible
        }
    }
}
