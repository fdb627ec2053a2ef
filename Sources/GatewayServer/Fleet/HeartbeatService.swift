import Foundation
import GatewayModel
import GatewayStore
import Logging
import ServiceLifecycle

/// Writes this instance's heartbeat to the shared store every interval, and at once when it has applied a new
/// revision, so an admin sees the fleet converge without waiting a whole interval. A clean shutdown marks the row
/// stopped; rows of instances gone for a day are pruned.
///
/// It only reads counters the instance keeps anyway (cache size, call tally, journal backlog, registry digest):
/// nothing on the hot path waits for it.
struct HeartbeatService: Service {
    let store: any GatewayStore
    let identity: InstanceIdentity
    let applied: AppliedRevision
    let cache: KeyCache
    let registry: ModelRegistry
    let tally: CallTally
    let recorder: SpendRecorder
    let logger: Logger
    /// The least time between two heartbeats, however often revisions are applied.
    var minimumGap: Duration = .milliseconds(50)
    static let retention: TimeInterval = 86_400
    static let pruneEvery = 12

    func run() async throws {
        let (wakeups, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        await withDiscardingTaskGroup { group in
            group.addTask { [identity] in
                while !Task.isCancelled {
                    wake.yield()
                    try? await Task.sleep(for: identity.heartbeatInterval)
                }
            }
            group.addTask { [applied] in
                for await _ in applied.changes { wake.yield() }
            }
            try? await cancelWhenGracefulShutdown {
                try await beat(on: wakeups)
            }
            group.cancelAll()
        }
        if Task.isShuttingDownGracefully {
            do {
                try await store.markInstanceStopped(id: identity.instanceId, at: Date())
            } catch {
                logger.warning("heartbeat: could not mark this instance stopped", metadata: ["error": "\(error)"])
            }
        }
    }

    private func beat(on wakeups: AsyncStream<Void>) async throws {
        var window = CallWindow(startedAt: identity.startedAt)
        var beats = 0
        var failing = false
        for await _ in wakeups {
            try Task.checkCancellation()
            let report = makeReport(window: &window)
            do {
                try await store.saveHeartbeat(report)
                if beats % Self.pruneEvery == 0 {
                    try await store.pruneInstances(lastSeenBefore: report.lastSeen.addingTimeInterval(-Self.retention))
                }
                if failing { logger.notice("heartbeat: written again") }
                failing = false
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                if !failing { logger.warning("heartbeat: write failed; retrying each interval", metadata: ["error": "\(error)"]) }
                failing = true
            }
            beats += 1
            try await Task.sleep(for: minimumGap)
        }
    }

    private func makeReport(window: inout CallWindow) -> InstanceReport {
        let now = Date()
        let totals = tally.snapshot
        let lastMinute = window.add(calls: totals.finished, spend: totals.spend, at: now)
        let models = registry.summary
        return InstanceReport(
            instanceId: identity.instanceId,
            name: identity.name,
            region: identity.region,
            role: identity.role.rawValue,
            planes: identity.planes,
            version: GatewayVersion.current,
            publicURL: identity.publicURL,
            startedAt: identity.startedAt,
            lastSeen: now,
            heartbeatInterval: identity.heartbeatInterval.milliseconds / 1000,
            appliedRevision: applied.revision,
            changeFeedConnected: store.changeFeedState == .listening,
            keyCacheEntries: cache.entryCount,
            callsInFlight: totals.inFlight,
            callsLastMinute: lastMinute.calls,
            spendLastMinute: lastMinute.spend,
            journalPending: recorder.pendingCount,
            modelsDigest: models.digest,
            models: models.names
        )
    }
}
