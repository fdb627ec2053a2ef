import Foundation

/// A model deployment added at run time through the management API (LiteLLM's `LiteLLM_ProxyModelTable`).
///
/// `litellmParams` and `modelInfo` keep LiteLLM's free-form shape; the router interprets them.
public struct ModelDeployment: Codable, Sendable, Equatable {
    public var modelId: String
    public var modelName: String
    public var litellmParams: [String: JSONValue]
    public var modelInfo: [String: JSONValue]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        modelId: String,
        modelName: String,
        litellmParams: [String: JSONValue],
        modelInfo: [String: JSONValue] = [:],
        createdAt: Date,
        updatedAt: Date
    ) {
        self.modelId = modelId
        self.modelName = modelName
        self.litellmParams = litellmParams
        self.modelInfo = modelInfo
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case modelId = "model_id"
        case modelName = "model_name"
        case litellmParams = "litellm_params"
        case modelInfo = "model_info"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
