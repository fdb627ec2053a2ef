import GatewayModel
import GatewayProviders
import Hummingbird

/// `GET /model/info`: the deployments behind each public model name, in LiteLLM's shape, without their secrets.
///
/// Administrators need to see where a name is routed and what it costs; upstream API keys never leave the instance.
struct ModelController {
    typealias Context = GatewayRequestContext

    let registry: ModelRegistry

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("info", use: info)
    }

    @Sendable func info(_ request: Request, context: Context) async throws -> Response {
        let query = QueryParameters(request)
        let wantedId = query.string("litellm_model_id")
        let wantedName = query.string("model_name")
        let deployments = registry.modelNames.flatMap(registry.deployments(for:)).filter { deployment in
            (wantedId == nil || deployment.id == wantedId) && (wantedName == nil || deployment.modelName == wantedName)
        }
        return try JSONResponse.make(JSONValue.object(["data": .array(deployments.map(Self.describe))]))
    }

    /// One deployment as LiteLLM's `/model/info` lists it: `api_key` is reported only as present or not.
    static func describe(_ deployment: Deployment) -> JSONValue {
        var params: [String: JSONValue] = [
            "model": .string("\(deployment.provider.rawValue)/\(deployment.upstreamModel)"),
            "timeout": .double(Double(deployment.timeout.components.seconds) + Double(deployment.timeout.components.attoseconds) / 1e18),
            "weight": .double(deployment.weight),
        ]
        if let apiBase = deployment.apiBase {
            params["api_base"] = .string(apiBase)
        }
        return .object([
            "model_name": .string(deployment.modelName),
            "litellm_params": .object(params),
            "model_info": .object([
                "id": .string(deployment.id),
                "input_cost_per_token": .double(deployment.pricing.inputCostPerToken),
                "output_cost_per_token": .double(deployment.pricing.outputCostPerToken),
                "litellm_provider": .string(deployment.provider.rawValue),
                "has_api_key": .bool(deployment.apiKey != nil),
                "db_model": .bool(false),
            ]),
        ])
    }
}
