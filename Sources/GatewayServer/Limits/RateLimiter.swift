import GatewayModel
import Synchronization

/// Counts each key's requests and tokens per minute and its requests in flight, on this instance.
///
/// Windows are fixed minutes; a refused request is told how many seconds remain in the window.
public final class RateLimiter: Sendable {
    private struct Usage {
        var windowStart: ContinuousClock.Instant
        var requests = 0
        var tokens = 0
        var inFlight = 0
    }

    private let usage = Mutex<[String: Usage]>([:])
    private let window: Duration = .seconds(60)

    public init() {}

    /// Admits one request of `key` or throws a 429 naming the limit; an admitted request must be `release`d.
    public func admit(_ key: KeyRecord, now: ContinuousClock.Instant = .now) throws(GatewayError) {
        let limits = key.limits
        let outcome: GatewayError? = usage.withLock { table in
            var entry = table[key.token] ?? Usage(windowStart: now)
            if now - entry.windowStart >= window {
                entry.windowStart = now
                entry.requests = 0
                entry.tokens = 0
            }
            let retryAfter = max(1, Int((window - (now - entry.windowStart)).components.seconds))
            if let limit = limits.maxParallelRequests, entry.inFlight >= limit {
                return GatewayError(
                    .rateLimited,
                    "Key has \(entry.inFlight) requests in flight; max_parallel_requests is \(limit).",
                    retryAfterSeconds: 1
                )
            }
            if let limit = limits.rpmLimit, entry.requests >= limit {
                return GatewayError(.rateLimited, "Key reached its rpm_limit of \(limit) requests per minute.", retryAfterSeconds: retryAfter)
            }
            if let limit = limits.tpmLimit, entry.tokens >= limit {
                return GatewayError(.rateLimited, "Key reached its tpm_limit of \(limit) tokens per minute.", retryAfterSeconds: retryAfter)
            }
            entry.requests += 1
            entry.inFlight += 1
            table[key.token] = entry
            return nil
        }
        if let outcome { throw outcome }
    }

    /// Ends an admitted request, counting the tokens it used.
    public func release(_ digest: String, tokens: Int) {
        usage.withLock { table in
            guard var entry = table[digest] else { return }
            entry.inFlight = max(0, entry.inFlight - 1)
            entry.tokens += tokens
            table[digest] = entry
        }
    }
}
