import Foundation

/// What one running instance says about itself in its heartbeat: who it is, where it runs, which control-plane
/// revision its caches and model registry have applied, and the counters it keeps anyway. The admin reads these rows
/// to know its fleet; the same shape is stored and sent on the wire (`/fleet/instances`).
public struct InstanceReport: Codable, Sendable, Equatable {
    /// New for every process start, so a restarted instance is a new row.
    public var instanceId: String
    public var name: String
    public var region: String?
    public var role: String
    public var planes: [String]
    public var version: String
    /// How admins and the UI reach the instance.
    public var publicURL: String?
    public var startedAt: Date
    public var lastSeen: Date
    /// Seconds between heartbeats; three missed ones make the instance stale.
    public var heartbeatInterval: Double
    public var appliedRevision: Int64
    public var changeFeedConnected: Bool
    public var keyCacheEntries: Int
    public var callsInFlight: Int
    public var callsLastMinute: Int
    public var spendLastMinute: Double
    /// Spend-journal entries written locally but not yet in the database.
    public var journalPending: Int
    /// A digest of the deployments the instance serves: equal digests, equal model registries.
    public var modelsDigest: String
    public var models: [String]
    /// Set by a clean shutdown.
    public var stoppedAt: Date?

    public init(
        instanceId: String,
        name: String,
        region: String?,
        role: String,
        planes: [String],
        version: String,
        publicURL: String?,
        startedAt: Date,
        lastSeen: Date,
        heartbeatInterval: Double,
        appliedRevision: Int64 = 0,
        changeFeedConnected: Bool = false,
        keyCacheEntries: Int = 0,
        callsInFlight: Int = 0,
        callsLastMinute: Int = 0,
        spendLastMinute: Double = 0,
        journalPending: Int = 0,
        modelsDigest: String = "",
        models: [String] = [],
        stoppedAt: Date? = nil
    ) {
        self.instanceId = instanceId
        self.name = name
        self.region = region
        self.role = role
        self.planes = planes
        self.version = version
        self.publicURL = publicURL
        self.startedAt = startedAt
        self.lastSeen = lastSeen
        self.heartbeatInterval = heartbeatInterval
        self.appliedRevision = appliedRevision
        self.changeFeedConnected = changeFeedConnected
        self.keyCacheEntries = keyCacheEntries
        self.callsInFlight = callsInFlight
        self.callsLastMinute = callsLastMinute
        self.spendLastMinute = spendLastMinute
        self.journalPending = journalPending
        self.modelsDigest = modelsDigest
        self.models = models
        self.stoppedAt = stoppedAt
    }

    enum CodingKeys: String, CodingKey {
        case name, region, role, planes, version, models
        case instanceId = "instance_id"
        case publicURL = "public_url"
        case startedAt = "started_at"
        case lastSeen = "last_seen"
        case heartbeatInterval = "heartbeat_interval"
        case appliedRevision = "applied_revision"
        case changeFeedConnected = "change_feed_connected"
        case keyCacheEntries = "key_cache_entries"
        case callsInFlight = "calls_in_flight"
        case callsLastMinute = "calls_last_minute"
        case spendLastMinute = "spend_last_minute"
        case journalPending = "spend_journal_pending"
        case modelsDigest = "models_digest"
        case stoppedAt = "stopped_at"
    }

    /// How many missed heartbeats make an instance stale.
    public static let missedHeartbeatsForStale = 3.0

    /// Where the instance stands at `time`: stopped when it said so, stale when three heartbeats are missing.
    public func status(at time: Date) -> InstanceStatus {
        if stoppedAt != nil { return .stopped }
        return time.timeIntervalSince(lastSeen) > heartbeatInterval * Self.missedHeartbeatsForStale ? .stale : .live
    }
}

/// Whether an instance counts for convergence: only live ones do.
public enum InstanceStatus: String, Codable, Sendable, CaseIterable {
    case live, stale, stopped
}
