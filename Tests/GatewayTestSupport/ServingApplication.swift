import Hummingbird
import Logging
import ServiceLifecycle

/// Runs a Hummingbird application for the length of a test body and shuts it down afterwards, whether the body
/// succeeds or throws; the body gets the port the application bound.
enum ServingApplication {
    /// Hands `onServerRunning` to `makeApplication`, runs the application, and calls `body` with its port.
    static func run<App: ApplicationProtocol, T: Sendable>(
        logger: Logger,
        _ makeApplication: (_ onServerRunning: @escaping @Sendable (Int) async -> Void) -> App,
        _ body: @Sendable (Int) async throws -> T
    ) async throws -> T {
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let app = makeApplication { port in
            portContinuation.yield(port)
            portContinuation.finish()
        }
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else {
                await group.triggerGracefulShutdown()
                throw CancellationError()
            }
            do {
                let result = try await body(port)
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
                return result
            } catch {
                await group.triggerGracefulShutdown()
                try? await tasks.waitForAll()
                throw error
            }
        }
    }
}
