import Foundation

/// A list under `data`, as OpenAI's and LiteLLM's list endpoints answer (`/v1/models`, `/model/info`).
public struct DataList<Item: Sendable>: Sendable {
    public var object: String?
    public var data: [Item]

    public init(_ data: [Item], object: String? = nil) {
        self.object = object
        self.data = data
    }
}

extension DataList: Encodable where Item: Encodable {}
extension DataList: Decodable where Item: Decodable {}

/// One model as `/v1/models` lists it, in OpenAI's shape.
public struct ModelObject: Codable, Sendable {
    public var id: String
    public var object: String?
    public var created: Int?
    public var ownedBy: String?

    public init(id: String, ownedBy: String) {
        self.id = id
        object = "model"
        created = 0
        self.ownedBy = ownedBy
    }

    enum CodingKeys: String, CodingKey {
        case id, object, created
        case ownedBy = "owned_by"
    }
}

/// A deployment as `/model/info` describes it and `/model/new` answers it: its public name, upstream parameters
/// (an API key reported only as present) and info.
public struct DeploymentDescription: Codable, Sendable {
    public var modelName: String
    public var litellmParams: [String: JSONValue]
    public var modelInfo: [String: JSONValue]

    public init(modelName: String, litellmParams: [String: JSONValue], modelInfo: [String: JSONValue]) {
        self.modelName = modelName
        self.litellmParams = litellmParams
        self.modelInfo = modelInfo
    }

    enum CodingKeys: String, CodingKey {
        case modelName = "model_name"
        case litellmParams = "litellm_params"
        case modelInfo = "model_info"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        modelName = try container.decode(String.self, forKey: .modelName)
        litellmParams = try container.decodeIfPresent([String: JSONValue].self, forKey: .litellmParams) ?? [:]
        modelInfo = try container.decodeIfPresent([String: JSONValue].self, forKey: .modelInfo) ?? [:]
    }

    /// The deployment's id (`model_info.id`).
    public var id: String? { modelInfo["id"]?.stringValue }
    /// The upstream as `PROVIDER/MODEL` (`litellm_params.model`).
    public var upstream: String? { litellmParams["model"]?.stringValue }
    public var apiBase: String? { litellmParams["api_base"]?.stringValue }
    public var inputCostPerToken: Double? { modelInfo["input_cost_per_token"]?.number(in: NumberRange.pricePerToken) }
    public var outputCostPerToken: Double? { modelInfo["output_cost_per_token"]?.number(in: NumberRange.pricePerToken) }
}

/// `POST /model/delete`'s answer.
public struct ModelDeletedAnswer: Codable, Sendable {
    public var message: String

    public init(id: String) {
        message = "Model: \(id) deleted successfully"
    }
}
