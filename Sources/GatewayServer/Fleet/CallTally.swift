import Synchronization

/// Counts the LLM calls this instance has admitted and finished, and what the finished ones cost, for the heartbeat
/// (calls in flight, calls and spend in the last minute). Two atomic additions and one short lock per call.
final class CallTally: Sendable {
    private let started = Atomic<Int>(0)
    private let finished = Atomic<Int>(0)
    private let spend = Mutex<Double>(0)

    func callStarted() {
        started.add(1, ordering: .relaxed)
    }

    func callFinished(cost: Double) {
        if cost.isFinite, cost > 0 { spend.withLock { $0 += cost } }
        finished.add(1, ordering: .relaxed)
    }

    /// The totals since start: calls finished, their cost, and calls admitted but not yet finished.
    var snapshot: (finished: Int, spend: Double, inFlight: Int) {
        let finished = finished.load(ordering: .relaxed)
        let spend = spend.withLock { $0 }
        return (finished, spend, max(0, started.load(ordering: .relaxed) - finished))
    }
}
