import GatewayModel

/// Reads what a provider's own API reports about a call — its model and token usage — from response JSON or from
/// the JSON of its stream events, whatever the provider: OpenAI (`usage.prompt_tokens`), Anthropic
/// (`usage.input_tokens`, also inside `message_start`), Gemini on Vertex AI (`usageMetadata`) and Bedrock's
/// Converse API (`usage.inputTokens`). Counts reported more than once (a stream's running totals) keep the largest.
public struct PassThroughUsage: Sendable, Equatable {
    public private(set) var model: String?
    public private(set) var promptTokens: Int?
    public private(set) var completionTokens: Int?

    public init() {}

    /// The usage seen, nil when nothing reported any.
    public var usage: Usage? {
        promptTokens == nil && completionTokens == nil ? nil : Usage(promptTokens: promptTokens, completionTokens: completionTokens)
    }

    /// Takes one JSON document (a whole response or one event's data); anything else is ignored.
    public mutating func observe(_ bytes: some Collection<UInt8>) {
        guard let value = JSONValue.decode(bytes) else { return }
        observe(value)
        if let message = value["message"] { observe(message) }
    }

    private mutating func observe(_ value: JSONValue) {
        if model == nil { model = value["model"]?.stringValue ?? value["modelVersion"]?.stringValue }
        if let usage = value["usage"] {
            let cache = (usage["cache_creation_input_tokens"]?.tokenCount ?? 0) + (usage["cache_read_input_tokens"]?.tokenCount ?? 0)
            take(prompt: (usage["prompt_tokens"] ?? usage["input_tokens"] ?? usage["inputTokens"])?.tokenCount.map { $0 + cache })
            take(completion: (usage["completion_tokens"] ?? usage["output_tokens"] ?? usage["outputTokens"])?.tokenCount)
        }
        if let metadata = value["usageMetadata"] {
            take(prompt: metadata["promptTokenCount"]?.tokenCount)
            take(completion: metadata["candidatesTokenCount"]?.tokenCount)
        }
    }

    private mutating func take(prompt: Int?) {
        if let prompt { promptTokens = max(promptTokens ?? 0, prompt) }
    }

    private mutating func take(completion: Int?) {
        if let completion { completionTokens = max(completionTokens ?? 0, completion) }
    }
}
