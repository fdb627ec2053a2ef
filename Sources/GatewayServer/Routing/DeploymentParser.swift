import GatewayModel
import GatewayProviders

/// Turns the config file's `model_list` entries into deployments, refusing entries the data plane could not serve.
enum DeploymentParser {
    static func deployments(from entries: [ModelListEntry], defaultTimeout: Duration? = nil) throws(ConfigError) -> [Deployment] {
        var deployments: [Deployment] = []
        for (index, entry) in entries.enumerated() {
            deployments.append(try deployment(from: entry, at: "model_list[\(index)]", defaultTimeout: defaultTimeout))
        }
        return deployments.isEmpty ? [.demo] : deployments
    }

    /// The deployment `entry` describes; `path` says where the entry stands in messages (`model_list[2]`, or empty
    /// for a request body whose top level is the entry).
    static func deployment(from entry: ModelListEntry, at path: String, defaultTimeout: Duration? = nil) throws(ConfigError) -> Deployment {
        let params = entry.litellmParams
        let paramsPath = join(path, "litellm_params")
        let infoPath = join(path, "model_info")
        let model = params["model"]?.stringValue ?? ""
        guard let (provider, upstreamModel) = ProviderKind.parse(model) else {
            let known = ProviderKind.allCases.map { "\($0.rawValue)/" }.joined(separator: ", ")
            throw ConfigError("\(paramsPath).model '\(model)' names no known provider: use one of \(known) followed by the model.")
        }
        let apiBase = try string(params, "api_base", at: paramsPath)
        if provider == .azure && apiBase == nil {
            throw ConfigError("\(paramsPath).api_base is required for azure/ (https://NAME.openai.azure.com).")
        }
        let infoRPM = try whole(entry.modelInfo, "rpm", at: infoPath)
        let infoTPM = try whole(entry.modelInfo, "tpm", at: infoPath)
        let rpm = try whole(params, "rpm", at: paramsPath) ?? infoRPM
        let tpm = try whole(params, "tpm", at: paramsPath) ?? infoTPM
        let timeout = try number(params, "timeout", in: NumberRange.seconds, at: paramsPath).map {
            Duration.milliseconds(Int64(($0 * 1000).rounded()))
        }
        return Deployment(
            id: entry.modelInfo["id"]?.stringValue ?? "\(entry.modelName)-\(path.filter(\.isNumber))",
            modelName: entry.modelName,
            provider: provider,
            upstreamModel: upstreamModel,
            apiBase: apiBase,
            apiKey: try string(params, "api_key", at: paramsPath),
            timeout: timeout ?? defaultTimeout ?? .seconds(600),
            pricing: ModelPricing(
                inputCostPerToken: try number(entry.modelInfo, "input_cost_per_token", in: NumberRange.pricePerToken, at: infoPath) ?? 0,
                outputCostPerToken: try number(entry.modelInfo, "output_cost_per_token", in: NumberRange.pricePerToken, at: infoPath) ?? 0
            ),
            weight: try number(params, "weight", in: NumberRange.weight, at: paramsPath) ?? 1,
            apiVersion: try string(params, "api_version", at: paramsPath),
            rpm: rpm,
            tpm: tpm,
            capabilities: ModelCapabilities(
                maxInputTokens: try whole(entry.modelInfo, "max_input_tokens", at: infoPath),
                maxOutputTokens: try whole(entry.modelInfo, "max_output_tokens", at: infoPath),
                mode: try string(entry.modelInfo, "mode", at: infoPath) ?? "chat",
                healthCheckModel: try string(entry.modelInfo, "health_check_model", at: infoPath)
            )
        )
    }

    private static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    private static func string(_ fields: [String: JSONValue], _ key: String, at path: String) throws(ConfigError) -> String? {
        switch fields[key] {
        case .none, .some(.null): return nil
        case .some(.string(let value)): return value
        case .some: throw ConfigError("\(join(path, key)) must be a string.")
        }
    }

    private static func whole(_ fields: [String: JSONValue], _ key: String, at path: String) throws(ConfigError) -> Int? {
        switch fields[key] {
        case .none, .some(.null): return nil
        case .some(let value):
            guard let number = value.wholeNumber(in: NumberRange.count) else {
                throw ConfigError("\(join(path, key)) must be \(NumberRange.describe(NumberRange.count, whole: true)).")
            }
            return number
        }
    }

    private static func number(
        _ fields: [String: JSONValue],
        _ key: String,
        in range: ClosedRange<Double>,
        at path: String
    ) throws(ConfigError) -> Double? {
        switch fields[key] {
        case .none, .some(.null): return nil
        case .some(let value):
            guard let number = value.number(in: range) else { throw ConfigError("\(join(path, key)) must be \(NumberRange.describe(range)).") }
            return number
        }
    }
}
