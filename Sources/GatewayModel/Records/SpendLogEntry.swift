import Foundation

/// One request's accounting row (LiteLLM's `LiteLLM_SpendLogs`), keyed by request id so a retried write cannot count twice.
public struct SpendLogEntry: Codable, Sendable, Equatable {
    public var requestId: String
    public var callType: String
    /// The digest of the virtual key that paid, or nil for the master key.
    public var apiKey: String?
    public var userId: String?
    public var teamId: String?
    public var model: String
    public var modelGroup: String?
    public var modelId: String?
    public var promptTokens: Int
    public var completionTokens: Int
    public var spend: Double
    public var startTime: Date
    public var endTime: Date
    public var status: String

    public init(
        requestId: String,
        callType: String,
        apiKey: String?,
        userId: String?,
        teamId: String?,
        model: String,
        modelGroup: String?,
        modelId: String?,
        promptTokens: Int,
        completionTokens: Int,
        spend: Double,
        startTime: Date,
        endTime: Date,
        status: String
    ) {
        self.requestId = requestId
        self.callType = callType
        self.apiKey = apiKey
        self.userId = userId
        self.teamId = teamId
        self.model = model
        self.modelGroup = modelGroup
        self.modelId = modelId
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.spend = spend
        self.startTime = startTime
        self.endTime = endTime
        self.status = status
    }

    public var totalTokens: Int { promptTokens + completionTokens }

    enum CodingKeys: String, CodingKey {
        case requestId = "request_id"
        case callType = "call_type"
        case apiKey = "api_key"
        case userId = "user"
        case teamId = "team_id"
        case model
        case modelGroup = "model_group"
        case modelId = "model_id"
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case totalTokens = "total_tokens"
        case spend
        case startTime
        case endTime
        case status
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        requestId = try container.decode(String.self, forKey: .requestId)
        callType = try container.decode(String.self, forKey: .callType)
        apiKey = try container.decodeIfPresent(String.self, forKey: .apiKey)
        userId = try container.decodeIfPresent(String.self, forKey: .userId)
        teamId = try container.decodeIfPresent(String.self, forKey: .teamId)
        model = try container.decode(String.self, forKey: .model)
        modelGroup = try container.decodeIfPresent(String.self, forKey: .modelGroup)
        modelId = try container.decodeIfPresent(String.self, forKey: .modelId)
        promptTokens = try container.decode(Int.self, forKey: .promptTokens)
        completionTokens = try container.decode(Int.self, forKey: .completionTokens)
        spend = try container.decode(Double.self, forKey: .spend)
        startTime = try container.decode(Date.self, forKey: .startTime)
        endTime = try container.decode(Date.self, forKey: .endTime)
        status = try container.decode(String.self, forKey: .status)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(requestId, forKey: .requestId)
        try container.encode(callType, forKey: .callType)
        try container.encode(apiKey, forKey: .apiKey)
        try container.encode(userId, forKey: .userId)
        try container.encode(teamId, forKey: .teamId)
        try container.encode(model, forKey: .model)
        try container.encode(modelGroup, forKey: .modelGroup)
        try container.encode(modelId, forKey: .modelId)
        try container.encode(promptTokens, forKey: .promptTokens)
        try container.encode(completionTokens, forKey: .completionTokens)
        try container.encode(totalTokens, forKey: .totalTokens)
        try container.encode(spend, forKey: .spend)
        try container.encode(startTime, forKey: .startTime)
        try container.encode(endTime, forKey: .endTime)
        try container.encode(status, forKey: .status)
    }
}
