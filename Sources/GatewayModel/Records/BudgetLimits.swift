import Foundation

/// The budget, spend and limits that keys, users and teams all carry, in one shape.
///
/// On the wire its fields sit flat beside the owner's own (`max_budget`, `rpm_limit`, … at the top level),
/// as LiteLLM sends them; in code, stores and requests handle them once for all three owners.
public struct BudgetLimits: Codable, Sendable, Equatable {
    public var models: [String]
    public var spend: Double
    public var maxBudget: Double?
    public var budgetDuration: String?
    public var budgetResetAt: Date?
    public var tpmLimit: Int?
    public var rpmLimit: Int?
    public var maxParallelRequests: Int?
    public var metadata: [String: JSONValue]

    public init(
        models: [String] = [],
        spend: Double = 0,
        maxBudget: Double? = nil,
        budgetDuration: String? = nil,
        budgetResetAt: Date? = nil,
        tpmLimit: Int? = nil,
        rpmLimit: Int? = nil,
        maxParallelRequests: Int? = nil,
        metadata: [String: JSONValue] = [:]
    ) {
        self.models = models
        self.spend = spend
        self.maxBudget = maxBudget
        self.budgetDuration = budgetDuration
        self.budgetResetAt = budgetResetAt
        self.tpmLimit = tpmLimit
        self.rpmLimit = rpmLimit
        self.maxParallelRequests = maxParallelRequests
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case models, spend, metadata
        case maxBudget = "max_budget"
        case budgetDuration = "budget_duration"
        case budgetResetAt = "budget_reset_at"
        case tpmLimit = "tpm_limit"
        case rpmLimit = "rpm_limit"
        case maxParallelRequests = "max_parallel_requests"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        models = try container.decodeIfPresent([String].self, forKey: .models) ?? []
        spend = try container.decodeIfPresent(Double.self, forKey: .spend) ?? 0
        maxBudget = try container.decodeIfPresent(Double.self, forKey: .maxBudget)
        budgetDuration = try container.decodeIfPresent(String.self, forKey: .budgetDuration)
        budgetResetAt = try container.decodeIfPresent(Date.self, forKey: .budgetResetAt)
        tpmLimit = try container.decodeIfPresent(Int.self, forKey: .tpmLimit)
        rpmLimit = try container.decodeIfPresent(Int.self, forKey: .rpmLimit)
        maxParallelRequests = try container.decodeIfPresent(Int.self, forKey: .maxParallelRequests)
        metadata = try container.decodeIfPresent([String: JSONValue].self, forKey: .metadata) ?? [:]
    }

    /// Encodes every field, absent ones as `null`, into the owner's container.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(models, forKey: .models)
        try container.encode(spend, forKey: .spend)
        try container.encode(maxBudget, forKey: .maxBudget)
        try container.encode(budgetDuration, forKey: .budgetDuration)
        try container.encode(budgetResetAt, forKey: .budgetResetAt)
        try container.encode(tpmLimit, forKey: .tpmLimit)
        try container.encode(rpmLimit, forKey: .rpmLimit)
        try container.encode(maxParallelRequests, forKey: .maxParallelRequests)
        try container.encode(metadata, forKey: .metadata)
    }
}

/// A partial change to `BudgetLimits`: `nil` leaves a field as it is; for nullable fields `.some(nil)` clears it.
public struct LimitsPatch: Sendable, Equatable {
    public var models: [String]?
    public var spend: Double?
    public var maxBudget: Double??
    public var budgetDuration: String??
    public var budgetResetAt: Date??
    public var tpmLimit: Int??
    public var rpmLimit: Int??
    public var maxParallelRequests: Int??
    public var metadata: [String: JSONValue]?

    public init() {}
}
