import AsyncHTTPClient
import Foundation
import GatewayModel
import GatewayProviders
import Hummingbird

/// `GET /health`, LiteLLM's check of the upstreams: one minimal call to each deployment this instance serves, all at
/// once, each bounded by a timeout, answering which endpoints are healthy.
///
/// The calls are not billed and count against no limit. No API key appears in the answer, and the upstream address
/// (`api_base`, `api_version`) only in a proxy admin's. A virtual key sees the deployments it may call.
/// `?model=NAME` or `?model_id=ID` narrows it; then no healthy endpoint answers 503, so a monitor can read the status.
struct DeploymentHealthController {
    typealias Context = GatewayRequestContext

    let registry: ModelRegistry
    let adapters: ProviderAdapters
    /// The longest a check may take, whatever the deployment's own timeout.
    static let timeout: Duration = .seconds(10)

    @Sendable func check(_ request: Request, context: Context) async throws -> Response {
        let principal = try context.requirePrincipal()
        let query = try QueryParameters(request, accepting: ["model", "model_id"])
        let model = query.string("model")
        let modelId = query.string("model_id")
        let deployments = registry.allDeployments.filter { deployment in
            guard model == nil || deployment.modelName == model, modelId == nil || deployment.id == modelId else { return false }
            guard case .virtualKey(let grant) = principal else { return true }
            return LLMController.allows(grant, deployment.modelName)
        }
        if (model != nil || modelId != nil) && deployments.isEmpty {
            throw GatewayError.notFound("No deployment matches \(model.map { "model '\($0)'" } ?? "model_id '\(modelId ?? "")'").", param: "model")
        }
        let results = await withTaskGroup(of: (Int, String?).self) { group in
            for (index, deployment) in deployments.enumerated() {
                group.addTask { (index, await problem(with: deployment, requestId: context.id)) }
            }
            var problems = [String?](repeating: nil, count: deployments.count)
            for await (index, problem) in group { problems[index] = problem }
            return problems
        }
        var healthy: [EndpointHealth] = []
        var unhealthy: [EndpointHealth] = []
        for (deployment, problem) in zip(deployments, results) {
            var entry = EndpointHealth(
                model: "\(deployment.provider.rawValue)/\(deployment.upstreamModel)",
                modelName: deployment.modelName,
                modelId: deployment.id
            )
            if principal.isProxyAdmin {
                entry.apiBase = deployment.apiBase
                entry.apiVersion = deployment.apiVersion
            }
            if let problem {
                entry.error = problem
                unhealthy.append(entry)
            } else {
                healthy.append(entry)
            }
        }
        let answer = DeploymentHealthReport(healthy: healthy, unhealthy: unhealthy)
        let narrowed = model != nil || modelId != nil
        return try JSONResponse.make(answer, status: narrowed && healthy.isEmpty ? .serviceUnavailable : .ok)
    }

    /// What is wrong with `deployment`, or nil when a minimal call answers 2xx within the timeout.
    private func problem(with deployment: Deployment, requestId: String) async -> String? {
        let call = Self.minimalCall(for: deployment, requestId: requestId)
        let adapter = adapters.adapter(for: deployment.provider)
        let limit = min(deployment.timeout, Self.timeout)
        return await withTaskGroup(of: String?.self) { group in
            group.addTask {
                do {
                    let response = try await adapter.send(call, to: deployment)
                    let body = try await response.body.collect(upTo: 1 << 20)
                    guard (200..<300).contains(response.status) else {
                        return "HTTP \(response.status): \(String(buffer: body).prefix(200))"
                    }
                    return nil
                } catch {
                    return "\(error)"
                }
            }
            group.addTask {
                try? await Task.sleep(for: limit)
                return "no answer within \(limit.components.seconds) s"
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    /// The smallest call of the deployment's kind (`model_info.mode`): one token of chat or completion, or one embedding.
    static func minimalCall(for deployment: Deployment, requestId: String) -> UpstreamCall {
        let model = JSONValue.string(deployment.capabilities.healthCheckModel ?? deployment.upstreamModel)
        let (endpoint, body): (LLMEndpoint, [String: JSONValue]) =
            switch deployment.capabilities.mode {
            case "embedding": (.embeddings, ["model": model, "input": .string("ping")])
            case "completion": (.completions, ["model": model, "prompt": .string("ping"), "max_tokens": .int(1)])
            default:
                (
                    .chatCompletions,
                    ["model": model, "messages": .array([.object(["role": .string("user"), "content": .string("ping")])]), "max_tokens": .int(1)]
                )
            }
        let bytes = (try? WireCoding.makeEncoder().encode(JSONValue.object(body))).map(Array.init) ?? []
        return UpstreamCall(endpoint: endpoint, body: bytes, stream: false, requestId: requestId)
    }
}
