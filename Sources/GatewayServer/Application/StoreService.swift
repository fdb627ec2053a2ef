import GatewayStore
import Logging
import ServiceLifecycle

/// Runs the store's change feed for the life of the application, evicting from the key cache what it reports,
/// and stops on graceful shutdown.
///
/// A feed that fails is restarted after a pause rather than taking the server down; each start
/// reports `.everything`, so caches drop what they might have missed in between.
struct StoreService: Service {
    let store: any GatewayStore
    let cache: KeyCache
    let logger: Logger
    var retryDelay: Duration = .seconds(1)

    func run() async throws {
        let changes = store.changes()
        let evictions = Task { [cache] in
            for await change in changes {
                cache.evict(change)
            }
        }
        defer { evictions.cancel() }
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
