import GatewayModel
import GatewayProviders

/// Turns the config file's `model_list` entries into deployments, refusing entries the data plane could not serve.
enum DeploymentParser {
    static func deployments(from entries: [ModelListEntry]) throws(ConfigError) -> [Deployment] {
        var deployments: [Deployment] = []
        for (index, entry) in entries.enumerated() {
            deployments.append(try deployment(from: entry, at: "model_list[\(index)]"))
        }
        return deployments.isEmpty ? [.demo] : deployments
    }

    static func deployment(from entry: ModelListEntry, at path: String) throws(ConfigError) -> Deployment {
        let params = entry.litellmParams
        let model = params["model"]?.stringValue ?? ""
        guard let (provider, upstreamModel) = ProviderKind.parse(model) else {
            let known = ProviderKind.allCases.map { "\($0.rawValue)/" }.joined(separator: ", ")
            throw ConfigError("\(path).litellm_params.model '\(model)' names no known provider: use one of \(known) followed by the model.")
        }
        return Deployment(
            id: entry.modelInfo["id"]?.stringValue ?? "\(entry.modelName)-\(path.filter(\.isNumber))",
            modelName: entry.modelName,
            provider: provider,
            upstreamModel: upstreamModel,
            apiBase: try string(params, "api_base", at: path),
            apiKey: try string(params, "api_key", at: path),
            timeout: .milliseconds(Int64((try number(params, "timeout", at: path) ?? 600) * 1000)),
            pricing: ModelPricing(
                inputCostPerToken: try number(entry.modelInfo, "input_cost_per_token", at: "\(path).model_info") ?? 0,
                outputCostPerToken: try number(entry.modelInfo, "output_cost_per_token", at: "\(path).model_info") ?? 0
            ),
            weight: try number(params, "weight", at: path) ?? 1
        )
    }

    private static func string(_ fields: [String: JSONValue], _ key: String, at path: String) throws(ConfigError) -> String? {
        switch fields[key] {
        case .none, .some(.null): return nil
        case .some(.string(let value)): return value
        case .some: throw ConfigError("\(path).\(key) must be a string.")
        }
    }

    private static func number(_ fields: [String: JSONValue], _ key: String, at path: String) throws(ConfigError) -> Double? {
        switch fields[key] {
        case .none, .some(.null): return nil
        case .some(let value):
            guard let number = value.numberValue, number >= 0 else { throw ConfigError("\(path).\(key) must be a non-negative number.") }
            return number
        }
    }
}

extension JSONValue {
    /// The number inside, from an integer, a double or a numeric string (YAML often quotes prices).
    var numberValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        case .string(let text): Double(text)
        default: nil
        }
    }
}
