/// Polls `probe` every `interval` until it answers a value, for at most `limit`.
///
/// Tests wait for background work (spend flushes, change notifications) this way rather than sleeping a fixed time,
/// so a busy machine makes them slower, not wrong.
public func eventually<T>(
    within limit: Duration = .seconds(10),
    every interval: Duration = .milliseconds(50),
    _ probe: () async throws -> T?
) async throws -> T {
    let deadline = ContinuousClock.now + limit
    while true {
        if let value = try await probe() { return value }
        guard ContinuousClock.now < deadline else { throw LaunchError("condition not met within \(limit)") }
        try await Task.sleep(for: interval)
    }
}
