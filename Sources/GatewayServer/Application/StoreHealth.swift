import GatewayStore
import Logging
import ServiceLifecycle
import Synchronization

/// Whether the database answered its last probe, for workers configured to refuse requests without it
/// (`general_settings.allow_requests_on_db_unavailable: false`); probed once a second, so the hot path only reads a flag.
final class StoreHealth: Service, Sendable {
    private let reachable = Atomic<Bool>(true)
    private let store: any GatewayStore
    private let logger: Logger
    let interval: Duration

    init(store: any GatewayStore, logger: Logger, interval: Duration = .seconds(1)) {
        self.store = store
        self.logger = logger
        self.interval = interval
    }

    var isAvailable: Bool { reachable.load(ordering: .relaxed) }

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                let now: Bool
                do {
                    try await self.store.ping()
                    now = true
                } catch {
                    now = false
                }
                if self.reachable.exchange(now, ordering: .relaxed) != now {
                    if now {
                        self.logger.notice("database reachable again; serving requests")
                    } else {
                        self.logger.error("database unreachable; refusing LLM requests (allow_requests_on_db_unavailable is false)")
                    }
                }
                try await Task.sleep(for: self.interval)
            }
        }
    }
}
