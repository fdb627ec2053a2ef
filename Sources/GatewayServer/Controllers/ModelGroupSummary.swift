import GatewayModel
import GatewayProviders

/// One public model name as `/model_group/info` reports it (LiteLLM's `ModelGroupInfo`): the providers behind its
/// deployments, the largest context limits and prices among them, and the sum of their rpm and tpm.
struct ModelGroupSummary {
    let name: String
    let deployments: [Deployment]

    var json: JSONValue {
        func largest(_ values: [Int?]) -> JSONValue {
            values.compactMap(\.self).max().map(JSONValue.int) ?? .null
        }
        func sum(_ values: [Int?]) -> JSONValue {
            let known = values.compactMap(\.self)
            return known.isEmpty ? .null : .int(known.reduce(0, +))
        }
        let providers = Set(deployments.map(\.provider.rawValue)).sorted()
        return .object([
            "model_group": .string(name),
            "providers": .array(providers.map(JSONValue.string)),
            "max_input_tokens": largest(deployments.map(\.capabilities.maxInputTokens)),
            "max_output_tokens": largest(deployments.map(\.capabilities.maxOutputTokens)),
            "input_cost_per_token": .double(deployments.map(\.pricing.inputCostPerToken).max() ?? 0),
            "output_cost_per_token": .double(deployments.map(\.pricing.outputCostPerToken).max() ?? 0),
            "mode": .string(deployments.first?.capabilities.mode ?? "chat"),
            "tpm": sum(deployments.map(\.tpm)),
            "rpm": sum(deployments.map(\.rpm)),
        ])
    }
}
