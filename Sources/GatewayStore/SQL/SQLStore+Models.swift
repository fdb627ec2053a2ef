import Foundation
import GatewayModel

extension SQLStore {
    public func insertModel(_ model: ModelDeployment) async throws {
        try await write { session in
            if try await session.exists("model_deployments", "model_id", model.modelId) {
                throw StoreError(.conflict, "Model '\(model.modelId)' already exists.", field: "model_id")
            }
            try await session.run(
                try """
                INSERT INTO model_deployments (model_id, model_name, litellm_params, model_info, created_at, updated_at) \
                VALUES (\(model.modelId), \(model.modelName), \(json: model.litellmParams), \(json: model.modelInfo), \
                \(model.createdAt), \(model.updatedAt))
                """
            )
        }
    }

    public func model(id: String) async throws -> ModelDeployment? {
        try await read { session in
            try await session.firstRow("SELECT * FROM model_deployments WHERE model_id = \(id)").map(RecordColumns.model)
        }
    }

    public func listModels() async throws -> [ModelDeployment] {
        try await read { session in
            try await session.rows("SELECT * FROM model_deployments ORDER BY created_at, model_id").map(RecordColumns.model)
        }
    }

    public func updateModel(_ model: ModelDeployment) async throws {
        try await write { session in
            let updated = try await session.run(
                try """
                UPDATE model_deployments SET model_name = \(model.modelName), litellm_params = \(json: model.litellmParams), \
                model_info = \(json: model.modelInfo), updated_at = \(model.updatedAt) WHERE model_id = \(model.modelId) RETURNING 1
                """
            )
            guard updated > 0 else { throw StoreError.modelNotFound(model.modelId) }
        }
    }

    public func deleteModel(id: String) async throws {
        try await write { session in
            guard try await session.run("DELETE FROM model_deployments WHERE model_id = \(id) RETURNING 1") > 0 else {
                throw StoreError.modelNotFound(id)
            }
        }
    }
}
