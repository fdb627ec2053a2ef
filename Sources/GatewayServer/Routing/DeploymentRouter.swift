import GatewayModel
import GatewayProviders
import NIOCore

/// Sends a call to one deployment of a model name and, when that deployment fails, to others: retries with backoff
/// on the same name, then the name's fallbacks, leaving out deployments that are cooling down or at their limits.
///
/// A deployment failure is a connection error, a timeout, or an answer of 401, 403, 404, 408, 429 or 5xx; any other
/// error status is the request's fault and goes back to the client at once. Nothing is retried once a response has
/// been handed on, so a stream is never replayed.
final class DeploymentRouter: Sendable {
    /// What the route came to.
    struct Routed: Sendable {
        enum Outcome: Sendable {
            /// A response with a success status, its body still streaming.
            case answered(UpstreamReply)
            /// The last error status an upstream answered, with its body.
            case failed(status: Int, body: ByteBuffer)
            /// The last attempt could not reach its upstream or timed out.
            case unreachable(UpstreamError)
        }

        let outcome: Outcome
        let deployment: Deployment
        let retries: Int
        let fallbacks: Int
        let sent: ContinuousClock.Instant
        /// Ends the answered call in the deployment's record (in-flight count, tokens); nil for a failed outcome.
        let ticket: DeploymentTicket?
    }

    let registry: ModelRegistry
    let settings: RouterSettings
    let states = DeploymentStates()
    let metrics: GatewayMetrics

    init(registry: ModelRegistry, settings: RouterSettings, metrics: GatewayMetrics) {
        self.registry = registry
        self.settings = settings
        self.metrics = metrics
    }

    /// Routes a call for `model` through `send`; `permits` says which fallback names the caller may use. Throws
    /// only when no deployment could be tried at all (429) or the caller went away.
    func route(
        model: String,
        permits: (String) -> Bool,
        send: (Deployment) async throws -> UpstreamReply
    ) async throws -> Routed {
        var chain = [model]
        for name in settings.fallbacks[model] ?? [] where !chain.contains(name) && permits(name) {
            chain.append(name)
        }
        var last: AttemptFailure?
        var unavailable: [String] = []
        var retries = 0
        for (position, name) in chain.enumerated() {
            let group = registry.deployments(for: name)
            guard !group.isEmpty else { continue }
            var tried: Set<String> = []
            for attempt in 0...settings.numRetries {
                let now = ContinuousClock.now
                let available = group.filter { deployment in
                    guard let reason = states.unavailability(of: deployment, at: now) else { return true }
                    unavailable.append(Self.describe(reason, deployment, at: now))
                    return false
                }
                guard !available.isEmpty else { break }
                let untried = available.filter { !tried.contains($0.id) }
                let deployment = settings.strategy.choose(from: untried.isEmpty ? available : untried, states: states)
                tried.insert(deployment.id)
                if attempt > 0 {
                    retries += 1
                    metrics.recordRetry(model: name)
                    try await Task.sleep(for: backoff(before: attempt, suggested: last?.retryAfter))
                }
                states.begin(deployment.id, at: .now)
                metrics.adjustInFlight(deployment: deployment, by: 1)
                let ticket = DeploymentTicket(deployment: deployment, states: states, metrics: metrics)
                let sent = ContinuousClock.now
                let failure: AttemptFailure
                do {
                    let response = try await send(deployment)
                    let status = response.status
                    metrics.recordUpstreamLatency(CallLabels(deployment), duration: .now - sent)
                    if status < 400 {
                        states.observed(deployment.id, latency: .now - sent)
                        metrics.recordDeploymentState(deployment, .healthy)
                        if position > 0 { metrics.recordFallback(from: model, to: name, succeeded: true) }
                        return Routed(
                            outcome: .answered(response),
                            deployment: deployment,
                            retries: retries,
                            fallbacks: position,
                            sent: sent,
                            ticket: ticket
                        )
                    }
                    let body = (try? await response.body.collect(upTo: 1 << 20)) ?? ByteBuffer()
                    guard Self.isDeploymentFailure(status) else {
                        ticket.end(tokens: 0)
                        return Routed(
                            outcome: .failed(status: status, body: body),
                            deployment: deployment,
                            retries: retries,
                            fallbacks: position,
                            sent: sent,
                            ticket: nil
                        )
                    }
                    failure = AttemptFailure(
                        deployment: deployment,
                        status: status,
                        body: body,
                        error: nil,
                        retryAfter: response.header("retry-after").flatMap(Double.init)
                    )
                } catch let error as UpstreamError {
                    failure = AttemptFailure(deployment: deployment, status: nil, body: ByteBuffer(), error: error, retryAfter: nil)
                } catch {
                    ticket.end(tokens: 0)
                    throw error
                }
                last = failure
                metrics.adjustInFlight(deployment: deployment, by: -1)
                let cooled = states.failed(
                    deployment.id,
                    at: .now,
                    immediate: failure.status == 429,
                    alone: group.count == 1,
                    settings: settings
                )
                metrics.recordDeploymentFailure(deployment, cooledDown: cooled)
            }
        }
        if chain.count > 1 { metrics.recordFallback(from: model, to: chain[chain.count - 1], succeeded: false) }
        guard let last else {
            throw GatewayError(
                .rateLimited,
                "No deployments available for model '\(model)': \(Array(Set(unavailable)).sorted().joined(separator: "; "))."
            )
        }
        return Routed(
            outcome: last.error.map(Routed.Outcome.unreachable) ?? .failed(status: last.status ?? 502, body: last.body),
            deployment: last.deployment,
            retries: retries,
            fallbacks: chain.count - 1,
            sent: .now,
            ticket: nil
        )
    }

    /// The wait before retry number `attempt` (from 1): `retry_after` doubled per retry up to two seconds, or what
    /// the upstream's `Retry-After` asked for when that is longer (capped at the same two seconds).
    func backoff(before attempt: Int, suggested seconds: Double?) -> Duration {
        let doubled = settings.retryAfter * (1 << min(attempt - 1, 10))
        let asked = seconds.map { Duration.milliseconds(Int64(max(0, $0) * 1000)) } ?? .zero
        return min(max(doubled, asked), .seconds(2))
    }

    static func isDeploymentFailure(_ status: Int) -> Bool {
        [401, 403, 404, 408, 429].contains(status) || status >= 500
    }

    private static func describe(_ reason: DeploymentStates.Unavailable, _ deployment: Deployment, at now: ContinuousClock.Instant) -> String {
        switch reason {
        case .coolingDown(let until):
            let seconds = Double((until - now).components.seconds) + Double((until - now).components.attoseconds) / 1e18
            return "deployment '\(deployment.id)' is cooling down for \(Int(seconds.rounded(.up))) s after failures"
        case .rpmReached(let rpm): return "deployment '\(deployment.id)' reached its rpm of \(rpm)"
        case .tpmReached(let tpm): return "deployment '\(deployment.id)' reached its tpm of \(tpm)"
        }
    }
}

/// One failed attempt, kept so the last can be answered when nothing succeeds.
private struct AttemptFailure: Sendable {
    let deployment: Deployment
    let status: Int?
    let body: ByteBuffer
    let error: UpstreamError?
    let retryAfter: Double?
}

/// Closes an answered call's entry in the deployment's record and in-flight gauge once the response is delivered.
struct DeploymentTicket: Sendable {
    let deployment: Deployment
    let states: DeploymentStates
    let metrics: GatewayMetrics

    func end(tokens: Int) {
        states.ended(deployment.id, tokens: tokens)
        metrics.adjustInFlight(deployment: deployment, by: -1)
    }
}
