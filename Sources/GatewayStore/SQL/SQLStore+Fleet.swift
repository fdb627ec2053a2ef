import Foundation
import GatewayModel

extension SQLStore {
    public func currentRevision() async throws -> Int64 {
        try await read { session in try await Self.revision(in: session) }
    }

    /// The revision as `session` sees it: inside a write, including what the write raised.
    static func revision(in session: any StoreSession) async throws -> Int64 {
        let revision: Int = try await session.firstRow(SQLStatement(stringLiteral: revisionSQL))?.get("revision") ?? 0
        return Int64(revision)
    }

    public func saveHeartbeat(_ report: InstanceReport) async throws {
        try await write { session in
            try await session.run(
                try """
                INSERT INTO instances (instance_id, name, region, role, planes, version, public_url, started_at, last_seen, \
                heartbeat_interval, applied_revision, change_feed_connected, key_cache_entries, calls_in_flight, \
                calls_last_minute, spend_last_minute, spend_journal_pending, models_digest, models, stopped_at) \
                VALUES (\(report.instanceId), \(report.name), \(report.region), \(report.role), \(json: report.planes), \
                \(report.version), \(report.publicURL), \(report.startedAt), \(report.lastSeen), \(report.heartbeatInterval), \
                \(Int(report.appliedRevision)), \(report.changeFeedConnected), \(report.keyCacheEntries), \
                \(report.callsInFlight), \(report.callsLastMinute), \(report.spendLastMinute), \(report.journalPending), \
                \(report.modelsDigest), \(json: report.models), \(report.stoppedAt)) \
                ON CONFLICT (instance_id) DO UPDATE SET name = excluded.name, region = excluded.region, \
                role = excluded.role, planes = excluded.planes, version = excluded.version, public_url = excluded.public_url, \
                last_seen = excluded.last_seen, heartbeat_interval = excluded.heartbeat_interval, \
                applied_revision = excluded.applied_revision, change_feed_connected = excluded.change_feed_connected, \
                key_cache_entries = excluded.key_cache_entries, calls_in_flight = excluded.calls_in_flight, \
                calls_last_minute = excluded.calls_last_minute, spend_last_minute = excluded.spend_last_minute, \
                spend_journal_pending = excluded.spend_journal_pending, models_digest = excluded.models_digest, \
                models = excluded.models, stopped_at = excluded.stopped_at
                """
            )
        }
    }

    public func markInstanceStopped(id: String, at time: Date) async throws {
        try await write { session in
            try await session.run("UPDATE instances SET stopped_at = \(time), last_seen = \(time) WHERE instance_id = \(id)")
        }
    }

    public func instances() async throws -> [InstanceReport] {
        try await read { session in
            try await session.rows("SELECT * FROM instances ORDER BY name, started_at").map(RecordColumns.instance)
        }
    }

    @discardableResult
    public func pruneInstances(lastSeenBefore time: Date) async throws -> Int {
        try await write { session in
            try await session.run("DELETE FROM instances WHERE last_seen < \(time) RETURNING 1")
        }
    }
}
