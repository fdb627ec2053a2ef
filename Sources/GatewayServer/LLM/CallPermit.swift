import Foundation
import GatewayModel
import GatewayProviders
import Synchronization

/// Where a call went, as its spend entry and metrics name it, and the prices that bill it.
struct CallTarget: Sendable {
    /// The model the upstream ran (the spend log's `model`).
    let model: String
    let labels: CallLabels
    let deploymentId: String?
    let pricing: ModelPricing?
    /// The router's record of the deployment's call, ended with the call.
    let ticket: DeploymentTicket?

    init(_ deployment: Deployment, ticket: DeploymentTicket?) {
        model = deployment.upstreamModel
        labels = CallLabels(deployment)
        deploymentId = deployment.id
        pricing = deployment.pricing
        self.ticket = ticket
    }

    /// A pass-through call: the model the provider reported (else the route), priced like a configured deployment of
    /// that upstream model.
    init(passThrough route: PassThroughRoute, reportedModel: String?, registry: ModelRegistry) {
        model = reportedModel ?? route.path
        labels = CallLabels(model: route.path, deployment: "pass-through")
        deploymentId = nil
        pricing = reportedModel.flatMap { reported in registry.allDeployments.first { $0.upstreamModel == reported }?.pricing }
        ticket = nil
    }
}

/// How a call ended.
enum CallOutcome: Sendable {
    case succeeded
    case failed
}

/// An admitted LLM call's obligations, met once when it ends: its spend entry (journaled), the key's rate-limit slot,
/// the router's in-flight record, the call metrics and the instance's call tally.
///
/// `finish(usage:outcome:)` is the only way a call ends, for chat, completions, embeddings and pass-through alike;
/// a second call does nothing, and a permit dropped without one (a response body that never ran) ends as failed, so
/// no slot is ever left taken.
final class CallPermit: Sendable {
    let requestId: String
    let callType: String
    let grant: KeyGrant?
    private let startTime = Date()
    private let recorder: SpendRecorder
    private let limiter: RateLimiter
    private let metrics: GatewayMetrics
    private let tally: CallTally
    private let target = Mutex<(target: CallTarget, sent: ContinuousClock.Instant)?>(nil)
    private let finished = Atomic(false)

    init(
        requestId: String,
        callType: String,
        grant: KeyGrant?,
        recorder: SpendRecorder,
        limiter: RateLimiter,
        metrics: GatewayMetrics,
        tally: CallTally
    ) {
        self.requestId = requestId
        self.callType = callType
        self.grant = grant
        self.recorder = recorder
        self.limiter = limiter
        self.metrics = metrics
        self.tally = tally
        tally.callStarted()
    }

    deinit {
        finish(usage: .unknown, outcome: .failed)
    }

    /// Names where the call goes, as it is sent; a call that ends without a target was never sent and records no
    /// spend. A pass-through call names its target again at the end, once the provider said which model ran.
    func sent(to target: CallTarget, at instant: ContinuousClock.Instant = .now) {
        self.target.withLock { current in current = (target, current?.sent ?? instant) }
    }

    /// The upstream answered with its response head (recorded by the router for routed calls, which can take several
    /// attempts; a pass-through call has one).
    func upstreamAnswered() {
        guard let (target, sent) = target.withLock({ $0 }) else { return }
        metrics.recordUpstreamLatency(target.labels, duration: .now - sent)
    }

    /// The stream's first bytes arrived.
    func firstBytesArrived() {
        guard let (target, sent) = target.withLock({ $0 }) else { return }
        metrics.recordTimeToFirstToken(target.labels, duration: .now - sent)
    }

    /// Ends the call; answers what it cost.
    @discardableResult
    func finish(usage: Usage, outcome: CallOutcome) -> Double {
        guard !finished.exchange(true, ordering: .acquiringAndReleasing) else { return 0 }
        let key = grant?.key
        guard let target = target.withLock({ $0?.target }) else {
            if let key { limiter.release(key.token, tokens: 0) }
            tally.callFinished(cost: 0)
            return 0
        }
        let cost = target.pricing?.cost(of: usage) ?? 0
        let success = outcome == .succeeded
        recorder.record(
            SpendLogEntry(
                requestId: requestId,
                callType: callType,
                apiKey: key?.token,
                userId: key?.userId,
                teamId: key?.teamId,
                model: target.model,
                modelGroup: target.labels.model,
                modelId: target.deploymentId,
                promptTokens: usage.promptTokens ?? 0,
                completionTokens: usage.completionTokens ?? 0,
                spend: cost,
                startTime: startTime,
                endTime: Date(),
                status: success ? "success" : "failure"
            )
        )
        if let key { limiter.release(key.token, tokens: usage.totalTokens) }
        target.ticket?.end(tokens: usage.totalTokens)
        metrics.recordCall(target.labels, team: key?.teamId, usage: usage, cost: cost, success: success)
        tally.callFinished(cost: cost)
        return cost
    }
}
