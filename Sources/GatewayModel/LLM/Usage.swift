/// Token counts an upstream reported for one call. Counts are optional: "not reported" is never "zero".
public struct Usage: Sendable, Equatable {
    public var promptTokens: Int?
    public var completionTokens: Int?

    public init(promptTokens: Int?, completionTokens: Int?) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }

    public var totalTokens: Int { (promptTokens ?? 0) + (completionTokens ?? 0) }

    /// No usage known: a call that failed before its answer said what it used.
    public static let unknown = Usage(promptTokens: nil, completionTokens: nil)
}

/// What a deployment charges per token, from `model_info` (`input_cost_per_token`, `output_cost_per_token`).
public struct ModelPricing: Sendable, Equatable {
    public var inputCostPerToken: Double
    public var outputCostPerToken: Double

    public init(inputCostPerToken: Double = 0, outputCostPerToken: Double = 0) {
        self.inputCostPerToken = inputCostPerToken
        self.outputCostPerToken = outputCostPerToken
    }

    /// The cost of `usage` in USD; unreported counts cost nothing.
    public func cost(of usage: Usage) -> Double {
        Double(usage.promptTokens ?? 0) * inputCostPerToken + Double(usage.completionTokens ?? 0) * outputCostPerToken
    }
}
