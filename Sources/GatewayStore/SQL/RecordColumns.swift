import Foundation
import GatewayModel

/// How records map to the columns both schemas share: one place that reads a row into a record, and one that lists
/// a record's values for an insert.
enum RecordColumns {
    /// The columns every owner of `BudgetLimits` (keys, users, teams) has, in `limitValues` order.
    static let limits = "models, spend, max_budget, budget_duration, budget_reset_at, tpm_limit, rpm_limit, max_parallel_requests, metadata"

    static func limitValues(_ limits: BudgetLimits) throws -> SQLStatement {
        try """
        \(json: limits.models), \(limits.spend), \(limits.maxBudget), \(limits.budgetDuration), \(limits.budgetResetAt), \
        \(limits.tpmLimit), \(limits.rpmLimit), \(limits.maxParallelRequests), \(json: limits.metadata)
        """
    }

    static func limits(_ row: StoreRow) throws -> BudgetLimits {
        BudgetLimits(
            models: try row.json("models", or: []),
            spend: try row.get("spend"),
            maxBudget: try row.get("max_budget"),
            budgetDuration: try row.get("budget_duration"),
            budgetResetAt: try row.get("budget_reset_at"),
            tpmLimit: try row.get("tpm_limit"),
            rpmLimit: try row.get("rpm_limit"),
            maxParallelRequests: try row.get("max_parallel_requests"),
            metadata: try row.json("metadata", or: [:])
        )
    }

    static func key(_ row: StoreRow) throws -> KeyRecord {
        KeyRecord(
            token: try row.get("token"),
            keyName: try row.get("key_name"),
            keyAlias: try row.get("key_alias"),
            userId: try row.get("user_id"),
            teamId: try row.get("team_id"),
            limits: try limits(row),
            blocked: try row.get("blocked"),
            expires: try row.get("expires"),
            createdAt: try row.get("created_at"),
            updatedAt: try row.get("updated_at"),
            createdBy: try row.get("created_by"),
            aliases: try row.json("aliases", or: [:])
        )
    }

    static func user(_ row: StoreRow, teams: [String]) throws -> UserRecord {
        let role: String = try row.get("user_role")
        return UserRecord(
            userId: try row.get("user_id"),
            userEmail: try row.get("user_email"),
            userAlias: try row.get("user_alias"),
            userRole: UserRole(rawValue: role) ?? .internalUser,
            limits: try limits(row),
            teams: teams,
            createdAt: try row.get("created_at"),
            updatedAt: try row.get("updated_at")
        )
    }

    static func team(_ row: StoreRow, members: [TeamMember]) throws -> TeamRecord {
        TeamRecord(
            teamId: try row.get("team_id"),
            teamAlias: try row.get("team_alias"),
            limits: try limits(row),
            blocked: try row.get("blocked"),
            membersWithRoles: members,
            createdAt: try row.get("created_at"),
            updatedAt: try row.get("updated_at")
        )
    }

    static func member(_ row: StoreRow) throws -> TeamMember {
        let role: String = try row.get("role")
        return TeamMember(userId: try row.get("user_id"), userEmail: try row.get("user_email"), role: TeamRole(rawValue: role) ?? .user)
    }

    static func model(_ row: StoreRow) throws -> ModelDeployment {
        ModelDeployment(
            modelId: try row.get("model_id"),
            modelName: try row.get("model_name"),
            litellmParams: try row.json("litellm_params", or: [:]),
            modelInfo: try row.json("model_info", or: [:]),
            createdAt: try row.get("created_at"),
            updatedAt: try row.get("updated_at")
        )
    }

    static func instance(_ row: StoreRow) throws -> InstanceReport {
        let revision: Int = try row.get("applied_revision")
        return InstanceReport(
            instanceId: try row.get("instance_id"),
            name: try row.get("name"),
            region: try row.get("region"),
            role: try row.get("role"),
            planes: try row.json("planes", or: []),
            version: try row.get("version"),
            publicURL: try row.get("public_url"),
            startedAt: try row.get("started_at"),
            lastSeen: try row.get("last_seen"),
            heartbeatInterval: try row.get("heartbeat_interval"),
            appliedRevision: Int64(revision),
            changeFeedConnected: try row.get("change_feed_connected"),
            keyCacheEntries: try row.get("key_cache_entries"),
            callsInFlight: try row.get("calls_in_flight"),
            callsLastMinute: try row.get("calls_last_minute"),
            spendLastMinute: try row.get("spend_last_minute"),
            journalPending: try row.get("spend_journal_pending"),
            modelsDigest: try row.get("models_digest"),
            models: try row.json("models", or: []),
            stoppedAt: try row.get("stopped_at")
        )
    }

    static func spendLogEntry(_ row: StoreRow) throws -> SpendLogEntry {
        SpendLogEntry(
            requestId: try row.get("request_id"),
            callType: try row.get("call_type"),
            apiKey: try row.get("api_key"),
            userId: try row.get("user_id"),
            teamId: try row.get("team_id"),
            model: try row.get("model"),
            modelGroup: try row.get("model_group"),
            modelId: try row.get("model_id"),
            promptTokens: try row.get("prompt_tokens"),
            completionTokens: try row.get("completion_tokens"),
            spend: try row.get("spend"),
            startTime: try row.get("start_time"),
            endTime: try row.get("end_time"),
            status: try row.get("status")
        )
    }
}

/// The `SET` clause of an update, built from the fields a patch names.
struct SQLAssignments {
    private var clauses: [SQLStatement] = []

    mutating func set(_ column: String, _ value: some SQLBindable) {
        clauses.append("\(raw: column) = \(value)")
    }

    /// Sets the column when the patch names it (`.some(nil)` clears it).
    mutating func set<T: SQLBindable>(_ column: String, ifGiven update: T??) {
        if case .some(let value) = update { set(column, value) }
    }

    mutating func setJSON(_ column: String, ifGiven value: (some Encodable)?) throws {
        if let value { clauses.append(try "\(raw: column) = \(json: value)") }
    }

    /// Adds the columns a limits patch names.
    mutating func apply(_ patch: LimitsPatch) throws {
        try setJSON("models", ifGiven: patch.models)
        if let spend = patch.spend { set("spend", spend) }
        set("max_budget", ifGiven: patch.maxBudget)
        set("budget_duration", ifGiven: patch.budgetDuration)
        set("budget_reset_at", ifGiven: patch.budgetResetAt)
        set("tpm_limit", ifGiven: patch.tpmLimit)
        set("rpm_limit", ifGiven: patch.rpmLimit)
        set("max_parallel_requests", ifGiven: patch.maxParallelRequests)
        try setJSON("metadata", ifGiven: patch.metadata)
    }

    /// `UPDATE table SET … WHERE column = value`.
    func update(_ table: String, where column: String, equals value: String) -> SQLStatement {
        "UPDATE \(raw: table) SET \(SQLStatement(joining: clauses, separator: ", ")) WHERE \(raw: column) = \(value)"
    }
}
