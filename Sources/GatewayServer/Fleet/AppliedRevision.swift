import Synchronization

/// The highest control-plane revision this instance has applied: its key cache has evicted, and its model registry
/// re-read, everything the change feed reported up to it. The heartbeat reports it, so an admin can prove a change
/// reached every instance.
///
/// Keys and models are applied by separate tasks (a slow model read must not hold up a key revocation); the instance
/// has applied a revision once both have.
final class AppliedRevision: Sendable {
    private struct State {
        var keys: Int64 = 0
        var models: Int64 = 0
    }

    private let state = Mutex(State())
    private let changed: AsyncStream<Void>.Continuation
    /// Yields whenever the applied revision rises, so the heartbeat can report it at once.
    let changes: AsyncStream<Void>

    init() {
        (changes, changed) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    var revision: Int64 { state.withLock { min($0.keys, $0.models) } }

    /// The key cache has acted on every change up to `revision`.
    func keysApplied(_ revision: Int64) {
        raise { $0.keys = max($0.keys, revision) }
    }

    /// The model registry holds what the store held at `revision` or later.
    func modelsApplied(_ revision: Int64) {
        raise { $0.models = max($0.models, revision) }
    }

    private func raise(_ update: (inout State) -> Void) {
        let rose = state.withLock { state in
            let before = min(state.keys, state.models)
            update(&state)
            return min(state.keys, state.models) > before
        }
        if rose { changed.yield() }
    }
}
