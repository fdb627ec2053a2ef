import Foundation
import GatewayModel
import GatewayProviders
import GatewayStore
import Logging

/// Keeps the registry's stored deployments equal to the database's: `StoreService` has it read them whenever the
/// change feed reports a model change or may have missed one (every feed start does), so `/model/new` on any
/// instance reaches every worker.
struct ModelCatalog: Sendable {
    let store: any GatewayStore
    let registry: ModelRegistry
    let states: DeploymentStates
    let defaultTimeout: Duration?
    let logger: Logger

    /// Reads the stored deployments; one that cannot be served is logged and left out, and a failed read keeps
    /// what the registry has (answering false).
    @discardableResult
    func reload() async -> Bool {
        let read = registry.beginRead()
        do {
            var deployments: [Deployment] = []
            for model in try await store.listModels() {
                do {
                    deployments.append(try Self.deployment(from: model, defaultTimeout: defaultTimeout))
                } catch {
                    logger.error("stored model cannot be served", metadata: ["model_id": "\(model.modelId)", "error": "\(error)"])
                }
            }
            registry.replaceStored(deployments, read: read)
            states.retain(only: Set(registry.allDeployments.map(\.id)))
            return true
        } catch {
            logger.warning("reading stored models failed; keeping the last known", metadata: ["error": "\(error)"])
            return false
        }
    }

    /// The deployment a stored model serves as. A `litellm_params` string `os.environ/NAME` is read from this
    /// instance's environment, so upstream keys can stay out of the database; `lenient` accepts one that is unset
    /// here (the admin checking a model that workers will resolve).
    static func deployment(
        from model: ModelDeployment,
        defaultTimeout: Duration?,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        lenient: Bool = false,
        at path: String? = nil
    ) throws(ConfigError) -> Deployment {
        var info = model.modelInfo
        info["id"] = .string(model.modelId)
        var params = model.litellmParams
        for (name, value) in params {
            guard case .string(let text) = value, text.hasPrefix(ConfigValue.environmentPrefix) else { continue }
            let variable = String(text.dropFirst(ConfigValue.environmentPrefix.count))
            if let resolved = environment[variable] {
                params[name] = .string(resolved)
            } else if lenient {
                params[name] = .string("")
            } else {
                throw ConfigError("litellm_params.\(name) reads os.environ/\(variable), which is not set on this instance.")
            }
        }
        let entry = ModelListEntry(modelName: model.modelName, litellmParams: params, modelInfo: info)
        return try DeploymentParser.deployment(from: entry, at: path ?? "model \(model.modelId)", defaultTimeout: defaultTimeout)
    }
}
