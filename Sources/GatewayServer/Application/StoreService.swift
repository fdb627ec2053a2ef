import GatewayModel
import GatewayStore
import Logging
import ServiceLifecycle

/// Runs the store's change feed for the life of the application, evicting from the key cache what it reports and
/// re-reading stored models when they change, and stops on graceful shutdown. Each revision marker the feed reports
/// is recorded in `applied` once the changes before it have been acted on.
///
/// A feed that fails is restarted after a pause rather than taking the server down; each start
/// reports `.everything`, so caches drop what they might have missed in between.
struct StoreService: Service {
    let store: any GatewayStore
    let cache: KeyCache
    let catalog: ModelCatalog
    let applied: AppliedRevision
    let logger: Logger
    var retryDelay: Duration = .seconds(1)

    func run() async throws {
        let evictions = store.changes()
        let modelChanges = store.changes()
        await withDiscardingTaskGroup { group in
            group.addTask { [cache, applied] in
                for await change in evictions {
                    if case .revision(let revision) = change {
                        applied.keysApplied(revision)
                    } else {
                        cache.evict(change)
                    }
                }
            }
            group.addTask {
                await applyModelChanges(modelChanges)
            }
            await runFeed()
            group.cancelAll()
        }
    }

    /// Re-reads the stored models before a revision marker whenever a change before it may have touched them; a read
    /// that fails is tried again after `retryDelay`, and the revision counts as applied only once one succeeds.
    private func applyModelChanges(_ changes: AsyncStream<StoreChange>) async {
        var stale = false
        for await change in changes {
            switch change {
            case .model, .everything:
                stale = true
            case .key, .user, .team:
                continue
            case .revision(let revision):
                while stale, !Task.isCancelled {
                    if await catalog.reload() {
                        stale = false
                    } else {
                        try? await Task.sleep(for: retryDelay)
                    }
                }
                if !stale { applied.modelsApplied(revision) }
            }
        }
    }

    /// Runs the store's change feed until graceful shutdown, restarting it after a pause when it fails.
    private func runFeed() async {
        while !Task.isShuttingDownGracefully {
            do {
                try await cancelWhenGracefulShutdown {
                    try await store.runChangeFeed()
                }
            } catch {
                if Task.isShuttingDownGracefully || error is CancellationError { return }
                logger.error("change feed failed; restarting", metadata: ["error": "\(error)"])
            }
            if Task.isShuttingDownGracefully { return }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: retryDelay) }
        }
    }
}
