import Foundation

/// `POST /model/new`: a deployment to store and serve on every instance.
public struct ModelNewRequest: ManagementRequest, Codable, Sendable {
    public var modelName: String
    public var litellmParams: [String: JSONValue]
    public var modelInfo: [String: JSONValue]

    public static let acceptedFields: Set<String> = ["model_name", "litellm_params", "model_info"]

    enum CodingKeys: String, CodingKey {
        case modelName = "model_name"
        case litellmParams = "litellm_params"
        case modelInfo = "model_info"
    }

    public init(modelName: String, litellmParams: [String: JSONValue], modelInfo: [String: JSONValue]) {
        self.modelName = modelName
        self.litellmParams = litellmParams
        self.modelInfo = modelInfo
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        modelName = try container.decode(String.self, forKey: .modelName)
        litellmParams = try container.decode([String: JSONValue].self, forKey: .litellmParams)
        modelInfo = try container.decodeIfPresent([String: JSONValue].self, forKey: .modelInfo) ?? [:]
    }
}

/// `POST /model/update`: changes to a stored deployment, named by `model_id` or `model_info.id`. Fields of
/// `litellm_params` and `model_info` are merged over the stored ones; a field set to `null` is removed.
public struct ModelUpdateRequest: ManagementRequest, Sendable {
    public var modelId: String?
    public var modelName: String?
    public var litellmParams: [String: JSONValue]
    public var modelInfo: [String: JSONValue]

    public static let acceptedFields: Set<String> = ["model_id", "model_name", "litellm_params", "model_info"]

    enum CodingKeys: String, CodingKey {
        case modelId = "model_id"
        case modelName = "model_name"
        case litellmParams = "litellm_params"
        case modelInfo = "model_info"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        modelName = try container.decodeIfPresent(String.self, forKey: .modelName)
        litellmParams = try container.decodeIfPresent([String: JSONValue].self, forKey: .litellmParams) ?? [:]
        modelInfo = try container.decodeIfPresent([String: JSONValue].self, forKey: .modelInfo) ?? [:]
        modelId = try container.decodeIfPresent(String.self, forKey: .modelId) ?? modelInfo["id"]?.stringValue
    }

    /// `model` with this update applied.
    public func applied(to model: ModelDeployment, at time: Date) -> ModelDeployment {
        var updated = model
        if let modelName { updated.modelName = modelName }
        for (name, value) in litellmParams { updated.litellmParams[name] = value == .null ? nil : value }
        for (name, value) in modelInfo where name != "id" { updated.modelInfo[name] = value == .null ? nil : value }
        updated.updatedAt = time
        return updated
    }
}

/// `POST /model/delete`: the stored deployment to remove.
public struct ModelDeleteRequest: ManagementRequest, Codable, Sendable {
    public var id: String

    public init(id: String) {
        self.id = id
    }

    public static let acceptedFields: Set<String> = ["id"]
}
