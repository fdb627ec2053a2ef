import GatewayModel
import Synchronization

/// Fans store changes out to every subscriber of a change feed; shared by the store implementations.
///
/// Each subscriber gets its own `AsyncStream` with a bounded buffer; a subscriber that falls so far behind
/// that changes are dropped is sent `.everything` instead, so it can never miss an eviction silently.
public final class ChangeBroadcaster: Sendable {
    private struct State {
        var subscribers: [Int: AsyncStream<StoreChange>.Continuation] = [:]
        var nextId = 0
        var closed = false
    }

    private let state = Mutex(State())
    private let bufferSize: Int

    public init(bufferSize: Int = 4096) {
        self.bufferSize = bufferSize
    }

    /// A new subscription; it finishes when the broadcaster closes.
    public func subscribe() -> AsyncStream<StoreChange> {
        let (stream, continuation) = AsyncStream<StoreChange>.makeStream(bufferingPolicy: .bufferingNewest(bufferSize))
        let id: Int? = state.withLock { state in
            guard !state.closed else { return nil }
            let id = state.nextId
            state.nextId += 1
            state.subscribers[id] = continuation
            return id
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { _ = $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Sends `changes` to every subscriber.
    public func publish(_ changes: [StoreChange]) {
        guard !changes.isEmpty else { return }
        let subscribers = state.withLock { Array($0.subscribers.values) }
        for continuation in subscribers {
            for change in changes {
                if case .dropped = continuation.yield(change) {
                    continuation.yield(.everything)
                }
            }
        }
    }

    /// Finishes every subscription; later subscriptions finish at once.
    public func close() {
        let subscribers = state.withLock { state in
            state.closed = true
            defer { state.subscribers.removeAll() }
            return Array(state.subscribers.values)
        }
        for continuation in subscribers {
            continuation.finish()
        }
    }
}
