import Foundation
import GatewayModel
import GatewayProviders
import GatewayStore
import Hummingbird

/// The `/model/*` endpoints: the deployments behind each public name (`GET /model/info`, without secrets), and
/// deployments added, changed and removed at run time (`/model/new`, `/model/update`, `/model/delete`), which are
/// stored in the database and reach every instance through the change feed.
struct ModelController {
    typealias Context = GatewayRequestContext

    let store: any GatewayStore
    let registry: ModelRegistry
    let catalog: ModelCatalog
    let body: BodyReader
    /// The router's record of each deployment, when this instance also serves the LLM API.
    let states: DeploymentStates?

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("info", use: info)
        group.post("new", use: create)
        group.post("update", use: update)
        group.patch(":id/update") { request, context in
            try await update(request, context: context, id: try context.parameters.require("id"))
        }
        group.post("delete", use: delete)
    }

    @Sendable func info(_ request: Request, context: Context) async throws -> Response {
        let query = try QueryParameters(request, accepting: ["litellm_model_id", "model_name"])
        let wantedId = query.string("litellm_model_id")
        let wantedName = query.string("model_name")
        let deployments = registry.allDeployments.filter { deployment in
            (wantedId == nil || deployment.id == wantedId) && (wantedName == nil || deployment.modelName == wantedName)
        }
        return try JSONResponse.make(DataList(deployments.map { describe($0) }))
    }

    /// `GET /model_group/info`: one entry per public model name, its deployments summed up as LiteLLM does.
    @Sendable func groupInfo(_ request: Request, context: Context) async throws -> Response {
        let wanted = try QueryParameters(request, accepting: ["model_group"]).string("model_group")
        let groups = Dictionary(grouping: registry.allDeployments, by: \.modelName).filter { wanted == nil || $0.key == wanted }
        let data = groups.keys.sorted().map { name in ModelGroupSummary(name: name, deployments: groups[name] ?? []).json }
        return try JSONResponse.make(DataList(data))
    }

    @Sendable func create(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(ModelNewRequest.self, from: request)
        let now = Date()
        let id = input.modelInfo["id"]?.stringValue ?? UUID().uuidString.lowercased()
        let model = ModelDeployment(
            modelId: id,
            modelName: input.modelName,
            litellmParams: input.litellmParams,
            modelInfo: input.modelInfo.filter { $0.key != "id" },
            createdAt: now,
            updatedAt: now
        )
        let deployment = try servable(model)
        if registry.allDeployments.contains(where: { $0.id == id }) {
            throw GatewayError(.conflict, "A model with id '\(id)' already exists.", param: "model_info.id")
        }
        try await store.insertModel(model)
        await catalog.reload()
        return try JSONResponse.make(describe(deployment, stored: true))
    }

    @Sendable func update(_ request: Request, context: Context) async throws -> Response {
        try await update(request, context: context, id: nil)
    }

    func update(_ request: Request, context: Context, id: String?) async throws -> Response {
        let input = try await body.decode(ModelUpdateRequest.self, from: request)
        guard let id = id ?? input.modelId else {
            throw GatewayError(.badRequest, "Name the model to update with model_id or model_info.id.", param: "model_id")
        }
        let stored = try await storedModel(id)
        let updated = input.applied(to: stored, at: Date())
        let deployment = try servable(updated)
        try await store.updateModel(updated)
        await catalog.reload()
        return try JSONResponse.make(describe(deployment, stored: true))
    }

    @Sendable func delete(_ request: Request, context: Context) async throws -> Response {
        let input = try await body.decode(ModelDeleteRequest.self, from: request)
        _ = try await storedModel(input.id)
        try await store.deleteModel(id: input.id)
        await catalog.reload()
        return try JSONResponse.make(ModelDeletedAnswer(id: input.id))
    }

    /// The stored model `id`; 404 when there is none, 400 when the id is one of the config file's.
    private func storedModel(_ id: String) async throws -> ModelDeployment {
        if let model = try await store.model(id: id) { return model }
        if registry.allDeployments.contains(where: { $0.id == id }) {
            throw GatewayError(.badRequest, "The model '\(id)' is defined in the config file; change it there.", param: "model_id")
        }
        throw GatewayError(.notFound, "No stored model has id '\(id)'.", param: "model_id")
    }

    /// The deployment `model` would serve as, or a 400 saying what is wrong with it.
    private func servable(_ model: ModelDeployment) throws -> Deployment {
        guard !model.modelName.isEmpty else { throw GatewayError(.badRequest, "model_name must not be empty.", param: "model_name") }
        do {
            return try ModelCatalog.deployment(from: model, defaultTimeout: catalog.defaultTimeout, lenient: true, at: "")
        } catch {
            throw GatewayError(.badRequest, error.message, param: "litellm_params")
        }
    }

    private func describe(_ deployment: Deployment) -> DeploymentDescription {
        describe(deployment, stored: registry.isStored(deployment.id))
    }

    /// One deployment as LiteLLM's `/model/info` lists it: `api_key` is reported only as present or not.
    private func describe(_ deployment: Deployment, stored: Bool) -> DeploymentDescription {
        let timeout = deployment.timeout.components
        var params: [String: JSONValue] = [
            "model": .string("\(deployment.provider.rawValue)/\(deployment.upstreamModel)"),
            "timeout": .double(Double(timeout.seconds) + Double(timeout.attoseconds) / 1e18),
            "weight": .double(deployment.weight),
        ]
        if let apiBase = deployment.apiBase { params["api_base"] = .string(apiBase) }
        if let apiVersion = deployment.apiVersion { params["api_version"] = .string(apiVersion) }
        if let rpm = deployment.rpm { params["rpm"] = .int(rpm) }
        if let tpm = deployment.tpm { params["tpm"] = .int(tpm) }
        var info: [String: JSONValue] = [
            "id": .string(deployment.id),
            "input_cost_per_token": .double(deployment.pricing.inputCostPerToken),
            "output_cost_per_token": .double(deployment.pricing.outputCostPerToken),
            "litellm_provider": .string(deployment.provider.rawValue),
            "has_api_key": .bool(deployment.apiKey != nil),
            "db_model": .bool(stored),
        ]
        if let states { info["router_state"] = .string(states.summary(of: deployment.id)) }
        return DeploymentDescription(modelName: deployment.modelName, litellmParams: params, modelInfo: info)
    }
}
