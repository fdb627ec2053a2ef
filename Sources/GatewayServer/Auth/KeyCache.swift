import GatewayModel
import GatewayStore
import Synchronization

/// Everything needed to admit a virtual key, loaded together: the key, its owner and its team.
public struct KeyGrant: Sendable, Equatable {
    public let key: KeyRecord
    public let owner: UserRecord?
    public let team: TeamRecord?
}

/// The in-memory cache of key grants that keeps the database off the request path.
///
/// A hit costs one lock; concurrent misses for one digest share one load; unknown keys are cached
/// briefly too, so a flood of bad keys cannot reach the database. The change feed evicts exactly
/// what changed, and a TTL bounds staleness if a change is ever missed.
public final class KeyCache: Sendable {
    private enum Slot {
        case ready(KeyGrant?, expires: ContinuousClock.Instant)
        case loading(Task<KeyGrant?, any Error>, token: Int)
    }

    private struct State {
        var slots: [String: Slot] = [:]
        var nextToken = 0
    }

    private let state = Mutex(State())
    private let loads = Atomic<Int>(0)
    private let store: any GatewayStore
    private let ledger: SpendLedger
    private let ttl: Duration
    private let negativeTTL: Duration

    /// A cache that reports the stored spend of every grant it loads to `ledger`.
    public init(store: any GatewayStore, ledger: SpendLedger = SpendLedger(), ttl: Duration = .seconds(60), negativeTTL: Duration = .seconds(5)) {
        self.store = store
        self.ledger = ledger
        self.ttl = ttl
        self.negativeTTL = negativeTTL
    }

    /// The grant for `digest`, nil when no such key exists.
    public func grant(for digest: String) async throws -> KeyGrant? {
        enum Lookup {
            case hit(KeyGrant?)
            case wait(Task<KeyGrant?, any Error>, token: Int)
        }
        let now = ContinuousClock.now
        let lookup: Lookup = state.withLock { state in
            switch state.slots[digest] {
            case .ready(let grant, let expires) where expires > now:
                return .hit(grant)
            case .loading(let task, let token):
                return .wait(task, token: token)
            default:
                let token = state.nextToken
                state.nextToken += 1
                loads.add(1, ordering: .relaxed)
                let task = Task { [store, ledger] in
                    let mark = ledger.loadMark()
                    let grant = try await Self.load(digest, from: store)
                    if let grant { ledger.loaded(grant, since: mark) }
                    return grant
                }
                state.slots[digest] = .loading(task, token: token)
                return .wait(task, token: token)
            }
        }
        switch lookup {
        case .hit(let grant):
            return grant
        case .wait(let task, let token):
            do {
                let grant = try await task.value
                let expires = ContinuousClock.now + (grant == nil ? negativeTTL : ttl)
                state.withLock { state in
                    if case .loading(_, let current) = state.slots[digest], current == token {
                        state.slots[digest] = .ready(grant, expires: expires)
                    }
                }
                return grant
            } catch {
                state.withLock { state in
                    if case .loading(_, let current) = state.slots[digest], current == token {
                        state.slots[digest] = nil
                    }
                }
                throw error
            }
        }
    }

    /// Drops what `change` makes stale.
    public func evict(_ change: StoreChange) {
        state.withLock { state in
            switch change {
            case .key(let digest):
                state.slots[digest] = nil
            case .everything:
                state.slots.removeAll()
            case .user(let id):
                state.slots = state.slots.filter { !Self.grantMatches($0.value) { $0.key.userId == id } }
            case .team(let id):
                state.slots = state.slots.filter { !Self.grantMatches($0.value) { $0.key.teamId == id } }
            case .model, .revision:
                break
            }
        }
    }

    /// How many digests the cache holds now (loaded or loading), for the heartbeat.
    public var entryCount: Int { state.withLock { $0.slots.count } }

    /// How many times the cache has gone to the store (each miss of a digest not already loading).
    public var loadCount: Int { loads.load(ordering: .relaxed) }

    private static func grantMatches(_ slot: Slot, _ predicate: (KeyGrant) -> Bool) -> Bool {
        if case .ready(let grant?, _) = slot { return predicate(grant) }
        if case .loading = slot { return true }
        return false
    }

    private static func load(_ digest: String, from store: any GatewayStore) async throws -> KeyGrant? {
        guard let key = try await store.key(digest: digest) else { return nil }
        async let owner = key.userId.asyncMap { try await store.user(id: $0) }
        async let team = key.teamId.asyncMap { try await store.team(id: $0) }
        return KeyGrant(key: key, owner: try await owner ?? nil, team: try await team ?? nil)
    }
}

extension Optional {
    /// `map` for an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
