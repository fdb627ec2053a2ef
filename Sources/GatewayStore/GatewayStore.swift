import Foundation
import GatewayModel

/// Keys: their digests, limits and lifetimes. Writes that fail leave nothing half-written.
public protocol KeyStore: Sendable {
    /// Stores a new key; creates its user if `userId` names none yet. Conflict on a taken digest or alias, not found for an unknown team.
    func insertKey(_ key: KeyRecord) async throws
    func key(digest: String) async throws -> KeyRecord?
    func key(alias: String) async throws -> KeyRecord?
    func listKeys(_ query: KeyQuery) async throws -> Page<KeyRecord>
    /// Applies `patch`, answering the key as it is afterwards.
    func updateKey(digest: String, _ patch: KeyPatch, at time: Date) async throws -> KeyRecord
    /// Gives the key a new secret (new digest and display form) and applies `patch`, keeping its spend and history.
    func replaceKeySecret(digest: String, with newKey: VirtualKey, _ patch: KeyPatch, at time: Date) async throws -> KeyRecord
    /// Deletes the keys named by digest or alias, all or none: not found names any that does not exist.
    func deleteKeys(digests: [String], aliases: [String]) async throws -> [KeyRecord]
}

/// Users and the keys they own.
public protocol UserStore: Sendable {
    /// Creates the user, joins it to `teams` and stores `firstKey`, in one transaction.
    func createUser(_ user: UserRecord, teams: [String], firstKey: KeyRecord?) async throws
    func user(id: String) async throws -> UserRecord?
    func user(email: String) async throws -> UserRecord?
    func listUsers(_ query: UserQuery) async throws -> Page<UserRecord>
    func updateUser(id: String, _ patch: UserPatch, at time: Date) async throws -> UserRecord
    /// Deletes the users with their keys and memberships, all or none.
    func deleteUsers(ids: [String]) async throws -> [String]
}

/// Teams and their members.
public protocol TeamStore: Sendable {
    /// Creates the team with its members; members without a user row get one.
    func createTeam(_ team: TeamRecord) async throws
    func team(id: String) async throws -> TeamRecord?
    func listTeams(_ query: TeamQuery) async throws -> Page<TeamRecord>
    func updateTeam(id: String, _ patch: TeamPatch, at time: Date) async throws -> TeamRecord
    /// Deletes the teams with their keys and memberships, all or none.
    func deleteTeams(ids: [String]) async throws -> [String]
    /// Adds members (creating missing users); conflict when one is already a member.
    func addTeamMembers(teamId: String, _ members: [TeamMember], at time: Date) async throws -> TeamRecord
    func removeTeamMember(teamId: String, userId: String, at time: Date) async throws -> TeamRecord
}

/// Model deployments added at run time.
public protocol ModelStore: Sendable {
    func insertModel(_ model: ModelDeployment) async throws
    func model(id: String) async throws -> ModelDeployment?
    func listModels() async throws -> [ModelDeployment]
    func updateModel(_ model: ModelDeployment) async throws
    func deleteModel(id: String) async throws
}

/// Spend: per-request log rows and the running totals on keys, users and teams.
public protocol SpendStore: Sendable {
    /// Writes the entries in one transaction. Each entry whose request id is new adds its cost to its key, user and
    /// team; one already stored is skipped, so a retried batch never counts twice. Answers how many were new.
    @discardableResult
    func recordSpend(_ entries: [SpendLogEntry]) async throws -> Int
    func spendLogs(_ query: SpendLogQuery) async throws -> Page<SpendLogEntry>
    /// Spend-log rows summed by `query.groupBy`, one page of groups; `total` counts all groups.
    func spendReport(_ query: SpendReportQuery) async throws -> Page<SpendReportRow>
    /// The running totals stored now for these keys (by digest), users and teams; ones that do not exist are absent.
    /// Workers read it to see what other instances have spent against a shared budget.
    func storedSpend(keys: [String], users: [String], teams: [String]) async throws -> SpendTotals
    /// Sets spend to zero on every key, user and team whose budget period ended by `time`, and starts its next
    /// period (`budget_duration` after `time`). Answers how many were reset.
    @discardableResult
    func resetDueBudgets(at time: Date) async throws -> Int
}

/// The fleet: every instance's heartbeat, and the control-plane revision the instances report having applied.
public protocol FleetStore: Sendable {
    /// The revision of the control-plane state now: raised by every administrative write, in its transaction.
    func currentRevision() async throws -> Int64
    /// Writes the instance's heartbeat, replacing its last one.
    func saveHeartbeat(_ report: InstanceReport) async throws
    /// Marks the instance stopped at `time` (a clean shutdown).
    func markInstanceStopped(id: String, at time: Date) async throws
    /// Every instance with a heartbeat row, by name.
    func instances() async throws -> [InstanceReport]
    /// Deletes the rows of instances last seen before `time`; answers how many.
    @discardableResult
    func pruneInstances(lastSeenBefore time: Date) async throws -> Int
}

/// What changed in the store, for caches to evict, whichever instance or process made the write.
public protocol ChangeFeed: Sendable {
    /// A new subscription; it ends when the store closes.
    func changes() -> AsyncStream<StoreChange>
    /// Whether the feed is delivering changes now; readiness reports a feed that was lost.
    var changeFeedState: ChangeFeedState { get }
}

/// Where a change feed stands.
public enum ChangeFeedState: String, Sendable {
    /// Not connected yet since start-up: nothing is cached that it could have missed.
    case starting
    /// Delivering changes; its connection answered its last liveness check.
    case listening
    /// It was listening and lost its connection (or the connection stopped answering); caches may be stale until it
    /// reconnects and reports `.everything`.
    case lost
}

/// Opening, migrating, probing and closing a store.
public protocol StoreLifecycle: Sendable {
    /// Where the store lives, safe to log (no password).
    var location: String { get }
    /// Applies pending migrations; answers the identifiers it applied.
    @discardableResult
    func migrate() async throws -> [String]
    /// The migrations applied and those this build knows.
    func schemaStatus() async throws -> SchemaStatus
    /// Fails when the database cannot answer a trivial query.
    func ping() async throws
    /// Keeps the store's connections until cancelled or shut down gracefully (PostgreSQL: its connection pool; SQLite
    /// needs nothing and waits). A server runs it as the first service of its group, so the store outlives every
    /// service that uses it; a call made while it does not run waits within its deadline.
    func run() async throws
    /// Runs the change feed until cancelled.
    func runChangeFeed() async throws
    /// Ends subscriptions and releases connections.
    func close() async throws
}

extension StoreLifecycle {
    /// Runs `body` while the store runs, then stops it: for a command or a test that uses a store outside a service
    /// group.
    public func whileRunning<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.run() }
            defer { group.cancelAll() }
            return try await body()
        }
    }
}

/// The whole persistence seam the server depends on, composed of narrow parts so each caller names what it uses.
public protocol GatewayStore: KeyStore, UserStore, TeamStore, ModelStore, SpendStore, FleetStore, ChangeFeed, StoreLifecycle {}

/// Applied versus known migrations, so a process can refuse a schema it does not understand.
public struct SchemaStatus: Sendable, Equatable {
    public var applied: [String]
    public var known: [String]

    public init(applied: [String], known: [String]) {
        self.applied = applied
        self.known = known
    }

    /// Migrations this build knows that the database lacks.
    public var pending: [String] { known.filter { !applied.contains($0) } }
    /// Migrations the database has that this build does not know (a newer build migrated it).
    public var unknown: [String] { applied.filter { !known.contains($0) } }
}
