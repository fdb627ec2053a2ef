import GatewayProviders
import Synchronization

/// What this instance has seen of each deployment lately: calls in flight, how fast it answers, its recent failures,
/// whether it is cooling down, and its use of the current minute against its `rpm`/`tpm`.
///
/// The router reads it to choose and to skip deployments; everything is local to the instance and kept in memory.
final class DeploymentStates: Sendable {
    /// One deployment's record.
    struct State: Sendable {
        var inFlight = 0
        /// Exponentially weighted mean of upstream latency, nil until a call has answered.
        var latency: Duration?
        var failures: [ContinuousClock.Instant] = []
        var cooldownUntil: ContinuousClock.Instant?
        var minuteStart: ContinuousClock.Instant?
        var requestsThisMinute = 0
        var tokensThisMinute = 0
    }

    /// Why a deployment cannot take a call now.
    enum Unavailable: Sendable, Equatable {
        case coolingDown(until: ContinuousClock.Instant)
        case rpmReached(Int)
        case tpmReached(Int)
    }

    private let states = Mutex<[String: State]>([:])

    /// The deployment's record now (a fresh one for a deployment never called).
    func state(of id: String) -> State {
        states.withLock { $0[id] ?? State() }
    }

    /// Why `deployment` cannot take a call at `now`, or nil when it can.
    func unavailability(of deployment: Deployment, at now: ContinuousClock.Instant) -> Unavailable? {
        states.withLock { states in
            guard var state = states[deployment.id] else { return nil }
            if let until = state.cooldownUntil {
                if until > now { return .coolingDown(until: until) }
                state.cooldownUntil = nil
                state.failures.removeAll()
            }
            Self.rollMinute(&state, at: now)
            states[deployment.id] = state
            if let rpm = deployment.rpm, state.requestsThisMinute >= rpm { return .rpmReached(rpm) }
            if let tpm = deployment.tpm, state.tokensThisMinute >= tpm { return .tpmReached(tpm) }
            return nil
        }
    }

    /// Counts a call sent to `id`.
    func begin(_ id: String, at now: ContinuousClock.Instant) {
        states.withLock { states in
            var state = states[id] ?? State()
            Self.rollMinute(&state, at: now)
            state.inFlight += 1
            state.requestsThisMinute += 1
            states[id] = state
        }
    }

    /// Joins the time `id` took to answer with its response head to the mean the latency strategy reads.
    func observed(_ id: String, latency: Duration) {
        states.withLock { states in
            var state = states[id] ?? State()
            state.latency = state.latency.map { $0 * 0.7 + latency * 0.3 } ?? latency
            states[id] = state
        }
    }

    /// Ends a call that answered; its tokens count against the minute's `tpm`.
    func ended(_ id: String, tokens: Int) {
        states.withLock { states in
            var state = states[id] ?? State()
            state.inFlight = max(0, state.inFlight - 1)
            state.tokensThisMinute += tokens
            states[id] = state
        }
    }

    /// Ends a call that failed; answers true when this failure starts a cooldown: `immediate` (a 429), or more than
    /// `allowedFails` failures within a minute. A deployment that is its name's only one is never cooled down, so
    /// one failure cannot take the name out altogether.
    @discardableResult
    func failed(_ id: String, at now: ContinuousClock.Instant, immediate: Bool, alone: Bool, settings: RouterSettings) -> Bool {
        states.withLock { states in
            var state = states[id] ?? State()
            state.inFlight = max(0, state.inFlight - 1)
            state.failures = state.failures.filter { now - $0 < .seconds(60) } + [now]
            let cools =
                !alone && settings.cooldownTime > .zero && state.cooldownUntil == nil
                && (immediate || state.failures.count > settings.allowedFails)
            if cools { state.cooldownUntil = now + settings.cooldownTime }
            states[id] = state
            return cools
        }
    }

    /// How the router sees deployment `id` at `now`, in words: `healthy`, `failing (N in the last minute)` or
    /// `cooling down (N s left)`.
    func summary(of id: String, at now: ContinuousClock.Instant = .now) -> String {
        let state = state(of: id)
        if let until = state.cooldownUntil, until > now {
            return "cooling down (\((until - now).components.seconds + 1) s left)"
        }
        let recent = state.failures.filter { now - $0 < .seconds(60) }.count
        return recent == 0 ? "healthy" : "failing (\(recent) in the last minute)"
    }

    /// Forgets deployments no longer served (removed at run time).
    func retain(only ids: Set<String>) {
        states.withLock { states in states = states.filter { ids.contains($0.key) } }
    }

    private static func rollMinute(_ state: inout State, at now: ContinuousClock.Instant) {
        if let start = state.minuteStart, now - start < .seconds(60) { return }
        state.minuteStart = now
        state.requestsThisMinute = 0
        state.tokensThisMinute = 0
    }
}
