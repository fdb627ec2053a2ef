import Foundation
import GatewayModel
import PostgresNIO

extension PostgresStore {
    public func insertModel(_ model: ModelDeployment) async throws {
        try await write { connection in
            if try await connection.exists("model_deployments", "model_id", model.modelId) {
                throw StoreError(.conflict, "Model '\(model.modelId)' already exists.", field: "model_id")
            }
            var statement = PostgresStatement()
            let values = [
                try statement.bind(model.modelId), try statement.bind(model.modelName),
                try statement.bind(try PostgresValues.json(model.litellmParams)),
                try statement.bind(try PostgresValues.json(model.modelInfo)), try statement.bind(model.createdAt),
                try statement.bind(model.updatedAt),
            ]
            statement.append(
                "INSERT INTO model_deployments (model_id, model_name, litellm_params, model_info, created_at, updated_at) "
                    + "VALUES (\(values.joined(separator: ", ")))"
            )
            try await connection.run(statement)
        }
    }

    public func model(id: String) async throws -> ModelDeployment? {
        try await read { connection in
            var statement = PostgresStatement()
            statement.append("SELECT * FROM model_deployments WHERE model_id = \(try statement.bind(id))")
            return try await connection.rows(statement).first.map(Self.modelDeployment)
        }
    }

    public func listModels() async throws -> [ModelDeployment] {
        try await read { connection in
            try await connection.rows(PostgresStatement("SELECT * FROM model_deployments ORDER BY created_at, model_id")).map(Self.modelDeployment)
        }
    }

    public func updateModel(_ model: ModelDeployment) async throws {
        try await write { connection in
            var statement = PostgresStatement()
            statement.append(
                "UPDATE model_deployments SET model_name = \(try statement.bind(model.modelName)), "
                    + "litellm_params = \(try statement.bind(try PostgresValues.json(model.litellmParams))), "
                    + "model_info = \(try statement.bind(try PostgresValues.json(model.modelInfo))), "
                    + "updated_at = \(try statement.bind(model.updatedAt)) WHERE model_id = \(try statement.bind(model.modelId)) RETURNING 1"
            )
            guard try await connection.run(statement) > 0 else {
                throw StoreError(.notFound, "Model '\(model.modelId)' not found.", field: "model_id")
            }
        }
    }

    public func deleteModel(id: String) async throws {
        try await write { connection in
            var statement = PostgresStatement()
            statement.append("DELETE FROM model_deployments WHERE model_id = \(try statement.bind(id)) RETURNING 1")
            guard try await connection.run(statement) > 0 else {
                throw StoreError(.notFound, "Model '\(id)' not found.", field: "model_id")
            }
        }
    }

    static func modelDeployment(_ row: PostgresRandomAccessRow) throws -> ModelDeployment {
        ModelDeployment(
            modelId: try row["model_id"].decode(String.self),
            modelName: try row["model_name"].decode(String.self),
            litellmParams: try PostgresValues.object(row, "litellm_params"),
            modelInfo: try PostgresValues.object(row, "model_info"),
            createdAt: try row["created_at"].decode(Date.self),
            updatedAt: try row["updated_at"].decode(Date.self)
        )
    }
}
