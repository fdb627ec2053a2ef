import Foundation

/// Calls and spend in the last minute, from the tally's running totals sampled at each heartbeat: the difference
/// between now and the oldest sample no older than a minute.
struct CallWindow {
    private var samples: [(time: Date, calls: Int, spend: Double)]
    let length: TimeInterval

    init(startedAt: Date, length: TimeInterval = 60) {
        samples = [(startedAt, 0, 0)]
        self.length = length
    }

    /// Adds the totals at `time` and answers what the last minute added to them.
    mutating func add(calls: Int, spend: Double, at time: Date) -> (calls: Int, spend: Double) {
        samples.append((time, calls, spend))
        while samples.count > 1, time.timeIntervalSince(samples[1].time) >= length {
            samples.removeFirst()
        }
        let base = samples[0]
        return (max(0, calls - base.calls), max(0, spend - base.spend))
    }
}
