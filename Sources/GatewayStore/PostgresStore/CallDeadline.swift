import PostgresNIO
import Synchronization

/// One store call's hold on its pooled connection, so that the call's deadline can end it for real.
///
/// A query on a silent connection (a network partition drops bytes while TCP reports nothing) ignores task
/// cancellation and would wait for as long as the partition lasts; closing the connection fails it at once. The
/// deadline also knows whether a transaction's `COMMIT` had been sent when it expired: before that, closing the
/// connection guarantees the write did not happen; after, its outcome is unknown.
final class CallDeadline: Sendable {
    private struct State {
        var connection: PostgresConnection?
        var commitSent = false
        var expired = false
    }

    private let state = Mutex(State())

    /// Lends `connection` to the call until `body` ends; a call whose deadline already passed closes it at once.
    func holding<T>(_ connection: PostgresConnection, _ body: () async throws -> T) async throws -> T {
        let expired = state.withLock { state in
            if !state.expired { state.connection = connection }
            return state.expired
        }
        if expired {
            connection.close().whenComplete { _ in }
            throw CancellationError()
        }
        defer { state.withLock { $0.connection = nil } }
        return try await body()
    }

    /// Marks the transaction's `COMMIT` as sent; throws when the deadline has passed, so nothing is committed late.
    func beginCommit() throws {
        let expired = state.withLock { state in
            if !state.expired { state.commitSent = true }
            return state.expired
        }
        if expired { throw CancellationError() }
    }

    /// Ends the call: closes the connection it holds, if any, and answers whether a `COMMIT` had been sent.
    func expire() -> (commitSent: Bool, closed: Bool) {
        let (connection, commitSent) = state.withLock { state in
            state.expired = true
            defer { state.connection = nil }
            return (state.connection, state.commitSent)
        }
        connection?.close().whenComplete { _ in }
        return (commitSent, connection != nil)
    }
}

/// The first of a call's possible endings (its result, its deadline, its caller's cancellation), handed to the one
/// waiter; later endings are ignored.
final class FirstOutcome<T: Sendable>: Sendable {
    private struct State {
        var outcome: Result<T, any Error>?
        var waiter: CheckedContinuation<Result<T, any Error>, Never>?
    }

    private let state = Mutex(State())

    /// Settles the outcome unless it was settled already.
    func settle(_ outcome: Result<T, any Error>) {
        let waiter = state.withLock { state -> CheckedContinuation<Result<T, any Error>, Never>? in
            guard state.outcome == nil else { return nil }
            state.outcome = outcome
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: outcome)
    }

    /// Waits for the first outcome.
    var value: Result<T, any Error> {
        get async {
            await withCheckedContinuation { continuation in
                let settled = state.withLock { state -> Result<T, any Error>? in
                    if state.outcome == nil { state.waiter = continuation }
                    return state.outcome
                }
                if let settled { continuation.resume(returning: settled) }
            }
        }
    }
}
