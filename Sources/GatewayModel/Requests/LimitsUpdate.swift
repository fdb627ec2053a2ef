import Foundation

/// The budget and limit fields that keys, users and teams share, read once with one set of rules.
public struct LimitsUpdate: Sendable, Equatable {
    public static let fieldNames: Set<String> = [
        "models", "max_budget", "budget_duration", "tpm_limit", "rpm_limit", "max_parallel_requests", "metadata",
    ]

    public var models: [String]?
    public var maxBudget: Double??
    public var budgetDuration: DurationSpec??
    public var tpmLimit: Int??
    public var rpmLimit: Int??
    public var maxParallelRequests: Int??
    public var metadata: [String: JSONValue]?

    public init() {}

    public init(from fields: RequestFields) throws {
        models = try fields.modelsUpdate()
        maxBudget = try fields.nonNegativeUpdate("max_budget")
        budgetDuration = try fields.durationUpdate("budget_duration")
        tpmLimit = try fields.limitUpdate("tpm_limit")
        rpmLimit = try fields.limitUpdate("rpm_limit")
        maxParallelRequests = try fields.limitUpdate("max_parallel_requests")
        metadata = try fields.optional("metadata", as: [String: JSONValue].self)
    }

    /// Writes the fields this update names, as `init(from:)` reads them.
    public func encode(into fields: inout RequestFieldsWriter) throws {
        try fields.field("models", models)
        try fields.update("max_budget", maxBudget)
        try fields.update("budget_duration", budgetDuration)
        try fields.update("tpm_limit", tpmLimit)
        try fields.update("rpm_limit", rpmLimit)
        try fields.update("max_parallel_requests", maxParallelRequests)
        try fields.field("metadata", metadata)
    }

    /// Whether it names no field at all.
    public var isEmpty: Bool {
        models == nil && maxBudget == nil && budgetDuration == nil && tpmLimit == nil && rpmLimit == nil && maxParallelRequests == nil
            && metadata == nil
    }

    /// When a budget with this duration next resets, counted from `now`; `.some(nil)` when the duration is cleared.
    public func budgetResetAt(from now: Date) -> Date?? {
        switch budgetDuration {
        case .none: nil
        case .some(.none): .some(nil)
        case .some(.some(let spec)): .some(now.addingTimeInterval(TimeInterval(spec.seconds)))
        }
    }

    /// The limits of a new key, user or team created at `now`, with nothing spent yet.
    public func initial(now: Date) -> BudgetLimits {
        BudgetLimits(
            models: models ?? [],
            maxBudget: maxBudget ?? nil,
            budgetDuration: (budgetDuration ?? nil)?.text,
            budgetResetAt: budgetResetAt(from: now) ?? nil,
            tpmLimit: tpmLimit ?? nil,
            rpmLimit: rpmLimit ?? nil,
            maxParallelRequests: maxParallelRequests ?? nil,
            metadata: metadata ?? [:]
        )
    }

    /// The change an update request makes at `now`; a new budget duration restarts the budget period.
    public func patch(now: Date, spend: Double? = nil) -> LimitsPatch {
        var patch = LimitsPatch()
        patch.models = models
        patch.spend = spend
        patch.maxBudget = maxBudget
        patch.budgetDuration = budgetDuration.map { $0?.text }
        patch.budgetResetAt = budgetResetAt(from: now)
        patch.tpmLimit = tpmLimit
        patch.rpmLimit = rpmLimit
        patch.maxParallelRequests = maxParallelRequests
        patch.metadata = metadata
        return patch
    }
}
