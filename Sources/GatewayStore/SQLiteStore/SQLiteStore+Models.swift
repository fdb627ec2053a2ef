import Foundation
import GRDB
import GatewayModel

extension SQLiteStore {
    public func insertModel(_ model: ModelDeployment) async throws {
        try await write { db in
            if try db.exists("model_deployments", "model_id", model.modelId) {
                throw StoreError(.conflict, "Model '\(model.modelId)' already exists.", field: "model_id")
            }
            try db.execute(
                sql: """
                    INSERT INTO model_deployments (model_id, model_name, litellm_params, model_info, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    model.modelId, model.modelName, try SQLiteValues.json(model.litellmParams), try SQLiteValues.json(model.modelInfo),
                    model.createdAt.timeIntervalSince1970, model.updatedAt.timeIntervalSince1970,
                ]
            )
        }
    }

    public func model(id: String) async throws -> ModelDeployment? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM model_deployments WHERE model_id = ?", arguments: [id]).map(Self.modelDeployment)
        }
    }

    public func listModels() async throws -> [ModelDeployment] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM model_deployments ORDER BY created_at, model_id").map(Self.modelDeployment)
        }
    }

    public func updateModel(_ model: ModelDeployment) async throws {
        try await write { db in
            try db.execute(
                sql: "UPDATE model_deployments SET model_name = ?, litellm_params = ?, model_info = ?, updated_at = ? WHERE model_id = ?",
                arguments: [
                    model.modelName, try SQLiteValues.json(model.litellmParams), try SQLiteValues.json(model.modelInfo),
                    model.updatedAt.timeIntervalSince1970, model.modelId,
                ]
            )
            guard db.changesCount > 0 else {
                throw StoreError(.notFound, "Model '\(model.modelId)' not found.", field: "model_id")
            }
        }
    }

    public func deleteModel(id: String) async throws {
        try await write { db in
            try db.execute(sql: "DELETE FROM model_deployments WHERE model_id = ?", arguments: [id])
            guard db.changesCount > 0 else {
                throw StoreError(.notFound, "Model '\(id)' not found.", field: "model_id")
            }
        }
    }

    static func modelDeployment(_ row: Row) -> ModelDeployment {
        ModelDeployment(
            modelId: row["model_id"],
            modelName: row["model_name"],
            litellmParams: SQLiteValues.object(row, "litellm_params"),
            modelInfo: SQLiteValues.object(row, "model_info"),
            createdAt: SQLiteValues.requiredDate(row, "created_at"),
            updatedAt: SQLiteValues.requiredDate(row, "updated_at")
        )
    }
}
