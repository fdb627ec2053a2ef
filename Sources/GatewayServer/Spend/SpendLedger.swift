import GatewayModel
import Synchronization

/// Spend per key, user and team as budgets see it, kept in one place: what the store holds (as loaded with a grant,
/// written by this instance, or read back from the store with every instance's writes in it) plus what this instance
/// has recorded but not written yet.
///
/// The key cache reports each grant it loads; the spend recorder reports what it records, writes and reads back; call
/// admission asks what a grant's key, owner and team have spent. Budgeted subjects that calls used since the last
/// read are the ones the recorder reads back.
public final class SpendLedger: Sendable {
    private struct State {
        var stored = SpendTotals()
        var unflushed = SpendTotals()
        /// Budgeted subjects admission asked about since the recorder last read stored spend.
        var used = Subjects()
        /// How many writes have landed, so a grant load that raced one does not replace the figure it raised.
        var writes = 0
    }

    /// Keys, users and teams by id.
    public struct Subjects: Sendable, Equatable {
        public var keys = Set<String>()
        public var users = Set<String>()
        public var teams = Set<String>()

        public var isEmpty: Bool { keys.isEmpty && users.isEmpty && teams.isEmpty }
    }

    private let state = Mutex(State())

    public init() {}

    /// Taken before a grant's load begins, and handed back with its result to `loaded(_:since:)`.
    func loadMark() -> Int {
        state.withLock { $0.writes }
    }

    /// Takes the stored spend of a grant just loaded. If a write landed while it loaded, a figure held here already
    /// includes that write and is kept; the next read brings both together.
    func loaded(_ grant: KeyGrant, since mark: Int) {
        state.withLock { state in
            let raced = state.writes != mark
            Self.take(grant.key.limits.spend, for: grant.key.token, into: &state.stored.byKey, unlessHeld: raced)
            if let owner = grant.owner {
                Self.take(owner.limits.spend, for: owner.userId, into: &state.stored.byUser, unlessHeld: raced)
            }
            if let team = grant.team {
                Self.take(team.limits.spend, for: team.teamId, into: &state.stored.byTeam, unlessHeld: raced)
            }
        }
    }

    /// Counts a request's spend from the moment it is recorded.
    func recorded(_ entry: SpendLogEntry) {
        state.withLock { $0.unflushed.add(entry.spend, key: entry.apiKey, user: entry.userId, team: entry.teamId) }
    }

    /// Moves spend just written to the store from unflushed to stored.
    func written(_ totals: SpendTotals) {
        state.withLock { state in
            state.writes += 1
            Self.move(totals.byKey, from: &state.unflushed.byKey, to: &state.stored.byKey)
            Self.move(totals.byUser, from: &state.unflushed.byUser, to: &state.stored.byUser)
            Self.move(totals.byTeam, from: &state.unflushed.byTeam, to: &state.stored.byTeam)
        }
    }

    /// Replaces stored figures with totals just read from the store.
    func read(_ totals: SpendTotals) {
        state.withLock { state in
            state.stored.byKey.merge(totals.byKey) { _, read in read }
            state.stored.byUser.merge(totals.byUser) { _, read in read }
            state.stored.byTeam.merge(totals.byTeam) { _, read in read }
        }
    }

    /// The budgeted subjects calls used since the last time this was asked, for the recorder to read back.
    func takeUsedSubjects() -> Subjects {
        state.withLock { state in
            defer { state.used = Subjects() }
            return state.used
        }
    }

    /// What `grant`'s key, owner and team have spent: stored (the grant's own figure when none is held) plus unflushed.
    public func spent(by grant: KeyGrant) -> (key: Double, user: Double, team: Double) {
        state.withLock { state in
            let key = grant.key.token
            if grant.key.limits.maxBudget != nil { state.used.keys.insert(key) }
            let keySpend = (state.stored.byKey[key] ?? grant.key.limits.spend) + (state.unflushed.byKey[key] ?? 0)
            var userSpend = 0.0
            if let owner = grant.owner {
                if owner.limits.maxBudget != nil { state.used.users.insert(owner.userId) }
                userSpend = (state.stored.byUser[owner.userId] ?? owner.limits.spend) + (state.unflushed.byUser[owner.userId] ?? 0)
            }
            var teamSpend = 0.0
            if let team = grant.team {
                if team.limits.maxBudget != nil { state.used.teams.insert(team.teamId) }
                teamSpend = (state.stored.byTeam[team.teamId] ?? team.limits.spend) + (state.unflushed.byTeam[team.teamId] ?? 0)
            }
            return (keySpend, userSpend, teamSpend)
        }
    }

    /// Spend recorded here but not yet written, for one subject of each kind.
    public func unflushed(key: String?, user: String?, team: String?) -> (key: Double, user: Double, team: Double) {
        state.withLock { state in
            (
                key.flatMap { state.unflushed.byKey[$0] } ?? 0,
                user.flatMap { state.unflushed.byUser[$0] } ?? 0,
                team.flatMap { state.unflushed.byTeam[$0] } ?? 0
            )
        }
    }

    private static func take(_ value: Double, for id: String, into stored: inout [String: Double], unlessHeld raced: Bool) {
        if raced && stored[id] != nil { return }
        stored[id] = value
    }

    private static func move(_ amounts: [String: Double], from unflushed: inout [String: Double], to stored: inout [String: Double]) {
        for (id, amount) in amounts {
            if let current = unflushed[id] {
                let remaining = current - amount
                unflushed[id] = abs(remaining) < 1e-12 ? nil : remaining
            }
            if stored[id] != nil { stored[id]! += amount }
        }
    }
}
