import Synchronization

/// Lets one write at a time use the pool's writer connection, first come first served.
///
/// A shared write runs its statements one hop at a time, with its transaction open between hops; without the gate
/// another write would run inside that transaction. Every write to the file, single-hop ones included, passes here.
/// A writer cancelled while it waits leaves the queue and throws `CancellationError`.
final class SQLiteWriteGate: Sendable {
    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var held = false
        var waiters: [Waiter] = []
        var nextId: UInt64 = 0
    }

    private let state = Mutex(State())

    /// Runs `body` once every write that came before it has ended.
    func exclusively<T>(_ body: () async throws -> T) async throws -> T {
        try await enter()
        defer { leave() }
        return try await body()
    }

    private func enter() async throws {
        let id = state.withLock { state in
            state.nextId += 1
            return state.nextId
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome: Result<Void, any Error>? = state.withLock { state in
                    if Task.isCancelled { return .failure(CancellationError()) }
                    if !state.held {
                        state.held = true
                        return .success(())
                    }
                    state.waiters.append(Waiter(id: id, continuation: continuation))
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                state.waiters.firstIndex { $0.id == id }.map { state.waiters.remove(at: $0) }
            }
            waiter?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Hands the gate to the next waiter, or opens it.
    private func leave() {
        let next = state.withLock { state in
            guard !state.waiters.isEmpty else {
                state.held = false
                return nil as Waiter?
            }
            return state.waiters.removeFirst()
        }
        next?.continuation.resume()
    }
}
