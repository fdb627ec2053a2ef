import Foundation

/// `GET /health/readiness`: whether an instance can serve, and what it is. The server fills every field; a client
/// reads any readiness report, needing only `status`. `litellm_version` repeats `version` for LiteLLM's clients.
public struct ReadinessReport: Codable, Sendable, Equatable {
    public var status: String
    public var db: String?
    public var databaseType: String?
    public var version: String?
    public var role: String?
    public var planes: [String]?
    public var changeFeed: String?
    public var error: String?

    public init(
        status: String,
        db: String? = nil,
        databaseType: String? = nil,
        version: String? = nil,
        role: String? = nil,
        planes: [String]? = nil,
        changeFeed: String? = nil,
        error: String? = nil
    ) {
        self.status = status
        self.db = db
        self.databaseType = databaseType
        self.version = version
        self.role = role
        self.planes = planes
        self.changeFeed = changeFeed
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case status, db, version, role, planes, error
        case databaseType = "database_type"
        case changeFeed = "change_feed"
        case litellmVersion = "litellm_version"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(String.self, forKey: .status)
        db = try container.decodeIfPresent(String.self, forKey: .db)
        databaseType = try container.decodeIfPresent(String.self, forKey: .databaseType)
        version = try container.decodeIfPresent(String.self, forKey: .version)
        role = try container.decodeIfPresent(String.self, forKey: .role)
        planes = try container.decodeIfPresent([String].self, forKey: .planes)
        changeFeed = try container.decodeIfPresent(String.self, forKey: .changeFeed)
        error = try container.decodeIfPresent(String.self, forKey: .error)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(db, forKey: .db)
        try container.encodeIfPresent(databaseType, forKey: .databaseType)
        try container.encodeIfPresent(version, forKey: .version)
        try container.encodeIfPresent(version, forKey: .litellmVersion)
        try container.encodeIfPresent(role, forKey: .role)
        try container.encodeIfPresent(planes, forKey: .planes)
        try container.encodeIfPresent(changeFeed, forKey: .changeFeed)
        try container.encodeIfPresent(error, forKey: .error)
    }
}

/// `GET /health`: the deployments that answered a minimal call and those that did not.
public struct DeploymentHealthReport<Endpoint> {
    public var healthyEndpoints: [Endpoint]
    public var unhealthyEndpoints: [Endpoint]
    public var healthyCount: Int?
    public var unhealthyCount: Int?

    public init(healthy: [Endpoint], unhealthy: [Endpoint]) {
        healthyEndpoints = healthy
        unhealthyEndpoints = unhealthy
        healthyCount = healthy.count
        unhealthyCount = unhealthy.count
    }

    enum CodingKeys: String, CodingKey {
        case healthyEndpoints = "healthy_endpoints"
        case unhealthyEndpoints = "unhealthy_endpoints"
        case healthyCount = "healthy_count"
        case unhealthyCount = "unhealthy_count"
    }
}

extension DeploymentHealthReport: Encodable where Endpoint: Encodable {}
extension DeploymentHealthReport: Decodable where Endpoint: Decodable {}
extension DeploymentHealthReport: Sendable where Endpoint: Sendable {}

/// One deployment in a `GET /health` report; upstream addresses only for admins, never a key.
public struct EndpointHealth: Codable, Sendable {
    public var model: String?
    public var modelName: String?
    public var modelId: String?
    public var apiBase: String?
    public var apiVersion: String?
    public var error: String?

    public init(model: String, modelName: String, modelId: String) {
        self.model = model
        self.modelName = modelName
        self.modelId = modelId
    }

    enum CodingKeys: String, CodingKey {
        case model, error
        case modelName = "model_name"
        case modelId = "model_id"
        case apiBase = "api_base"
        case apiVersion = "api_version"
    }
}
