import GatewayStore
import Logging
import ServiceLifecycle

/// Runs the store's change feed for the life of the application, evicting from the key cache what it reports and
/// re-reading stored models when they change, and stops on graceful shutdown.
///
/// A feed that fails is restarted after a pause rather than taking the server down; each start
/// reports `.everything`, so caches drop what they might have missed in between.
struct StoreService: Service {
    let store: any GatewayStore
    let cache: KeyCache
    let catalog: ModelCatalog
    let logger: Logger
    var retryDelay: Duration = .seconds(1)

    func run() async throws {
        let evictions = store.changes()
        let modelChanges = store.changes()
        await withDiscardingTaskGroup { group in
            group.addTask { [cache] in
                for await change in evictions {
                    cache.evict(change)
                }
            }
            group.addTask { [catalog] in
                for await change in modelChanges {
                    switch change {
                    case .model, .everything: await catalog.reload()
                    case .key, .user, .team: continue
                    }
                }
            }
            await runFeed()
            group.cancelAll()
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
