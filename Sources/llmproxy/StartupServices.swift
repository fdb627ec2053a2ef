import GatewayStore
import ServiceLifecycle

/// The store's connections as a service of `serve`'s group, listed first so the group starts them before and stops
/// them after every service that uses the store.
struct StoreConnectionsService: Service {
    let store: any GatewayStore

    func run() async throws {
        try await cancelWhenGracefulShutdown { try await store.run() }
    }
}

/// A service that is built by a start-up step needing the running store (migrations, the schema check), then run.
struct ServiceAfterStartup<Started: Service>: Service {
    let startUp: @Sendable () async throws -> Started

    func run() async throws {
        try await startUp().run()
    }
}
