import GatewayStore
import Logging
import ServiceLifecycle

/// Runs the store's change feed for the life of the application and stops it on graceful shutdown.
struct StoreService: Service {
    let store: any GatewayStore
    let logger: Logger

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                try await store.runChangeFeed()
            }
        } catch is CancellationError {
            return
        } catch {
            if Task.isCancelled { return }
            logger.error("change feed stopped", metadata: ["error": "\(error)"])
            throw error
        }
    }
}
