import Foundation
import GatewayModel
import GatewayStore
import Logging
import ServiceLifecycle
import Synchronization

/// Accounts for what requests cost: counts each request's spend in the ledger at once, and writes batches
/// (spend-log rows plus key, user and team totals) to the store in one transaction.
///
/// It flushes every `interval`, or sooner when `batchSize` entries wait; a failed write keeps its entries and is
/// retried with backoff (at most `longestPause`). Shutdown makes one attempt to flush what is left (a journal keeps it
/// otherwise) or, without a journal, tries for `shutdownFlushTime`. Batches are idempotent (a request id is written
/// once), so a write whose outcome was unknown is retried safely. After a flush it reads back the stored spend of the
/// budgeted keys, users and teams calls used, which is how spend made on other instances reaches this one. With a
/// journal, every entry is also on disk until the database holds it, and what a previous run left there is written
/// first, so a crash loses nothing.
public final class SpendRecorder: Service, Sendable {
    private struct State {
        var pending: [SpendLogEntry] = []
    }

    private let state = Mutex(State())
    private let store: any GatewayStore
    private let ledger: SpendLedger
    private let logger: Logger
    private let journal: SpendJournal?
    let interval: Duration
    let batchSize: Int
    let budgetResetInterval: Duration = .seconds(10)
    private let wakeups: AsyncStream<Void>
    private let wakeup: AsyncStream<Void>.Continuation

    public init(
        store: any GatewayStore,
        ledger: SpendLedger,
        logger: Logger,
        journal: SpendJournal? = nil,
        interval: Duration = .seconds(1),
        batchSize: Int = 500
    ) {
        self.store = store
        self.ledger = ledger
        self.logger = logger
        self.journal = journal
        self.interval = interval
        self.batchSize = batchSize
        (wakeups, wakeup) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        if let left = journal?.entries(), !left.isEmpty {
            logger.notice("spend journal: replaying entries a previous run left", metadata: ["entries": "\(left.count)"])
            state.withLock { $0.pending = left }
            for entry in left { ledger.recorded(entry) }
        }
    }

    /// Takes one request's entry; its cost counts against budgets from this moment.
    public func record(_ entry: SpendLogEntry) {
        let line = journal.map { _ in SpendJournalLine.encode(entry) }
        let full = state.withLock { state in
            state.pending.append(entry)
            if let line { journal?.append(line) }
            ledger.recorded(entry)
            return state.pending.count >= batchSize
        }
        if full { wakeup.yield() }
    }

    /// How many entries wait to be written.
    public var pendingCount: Int { state.withLock { $0.pending.count } }

    /// Writes what waits, in batches; answers false when the store refused a batch (its entries stay).
    @discardableResult
    public func flush() async -> Bool {
        var wrote = false
        while true {
            let batch = state.withLock { Array($0.pending.prefix(batchSize)) }
            guard !batch.isEmpty else {
                if wrote { cutJournal() }
                return true
            }
            do {
                try await store.recordSpend(batch)
            } catch {
                logger.warning("spend write failed; entries kept for retry", metadata: ["entries": "\(batch.count)", "error": "\(error)"])
                if wrote { cutJournal() }
                return false
            }
            wrote = true
            state.withLock { $0.pending.removeFirst(batch.count) }
            ledger.written(SpendTotals(batch))
        }
    }

    public func run() async throws {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { [interval, wakeup] in
                while !Task.isCancelled && !Task.isShuttingDownGracefully {
                    try? await Task.sleep(for: interval)
                    wakeup.yield()
                }
            }
            await cancelWhenGracefulShutdown {
                var backoff = self.interval
                var lastBudgetReset = ContinuousClock.now
                var lastSpendRead = ContinuousClock.now
                for await _ in self.wakeups {
                    if ContinuousClock.now - lastBudgetReset >= self.budgetResetInterval {
                        lastBudgetReset = .now
                        await self.resetDueBudgets()
                    }
                    if await self.flush() {
                        backoff = self.interval
                        if ContinuousClock.now - lastSpendRead >= self.interval {
                            lastSpendRead = .now
                            await self.readStoredSpend()
                        }
                    } else {
                        try? await Task.sleep(for: backoff)
                        backoff = min(backoff * 2, Self.longestPause)
                    }
                }
            }
            group.cancelAll()
        }
        // With a journal the entries are safe on disk, so one attempt will do; without one, keep trying a while.
        let giveUp = ContinuousClock.now + (journal == nil ? Self.shutdownFlushTime : .zero)
        var attempt = 1
        while !(await flush()) {
            let kept = journal == nil ? "lost" : "kept in the journal for the next start"
            logger.error("spend flush at shutdown failed", metadata: ["attempt": "\(attempt)", "pending": "\(pendingCount)", "entries": "\(kept)"])
            guard ContinuousClock.now + .milliseconds(200 * attempt) < giveUp else { return }
            try? await Task.sleep(for: .milliseconds(200 * attempt))
            attempt += 1
        }
    }

    /// The longest pause between failed writes: the writer resumes within this (plus one store deadline) of the
    /// database answering again.
    static let longestPause: Duration = .seconds(2)
    /// How long shutdown keeps trying to write what waits when there is no journal to keep it; each attempt is
    /// bounded by the store's own deadline.
    static let shutdownFlushTime: Duration = .seconds(8)

    /// Cuts the journal back to the entries still waiting; under the state lock, so no entry recorded meanwhile is
    /// left out.
    private func cutJournal() {
        guard let journal else { return }
        state.withLock { state in journal.rewrite(keeping: state.pending) }
    }

    /// Brings the ledger's stored spend of the budgeted keys, users and teams calls used up to what the store holds,
    /// so spend other instances wrote counts here within about one interval. It runs right after a flush in the same
    /// task, so none of this instance's own writes can land between the read and the update and be counted twice.
    func readStoredSpend() async {
        let subjects = ledger.takeUsedSubjects()
        guard !subjects.isEmpty else { return }
        do {
            ledger.read(try await store.storedSpend(keys: subjects.keys.sorted(), users: subjects.users.sorted(), teams: subjects.teams.sorted()))
        } catch {
            logger.debug("reading stored spend failed; cached totals kept", metadata: ["error": "\(error)"])
        }
    }

    /// Starts new budget periods whose time has come (`budget_duration`).
    func resetDueBudgets() async {
        do {
            let count = try await store.resetDueBudgets(at: Date())
            if count > 0 {
                logger.info("budget periods reset", metadata: ["count": "\(count)"])
            }
        } catch {
            logger.warning("budget reset failed; will retry", metadata: ["error": "\(error)"])
        }
    }
}
