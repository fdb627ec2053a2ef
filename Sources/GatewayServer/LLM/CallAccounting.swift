import Foundation
import GatewayModel
import GatewayProviders

/// What one LLM call needs to account for itself when it ends: who paid, which deployment answered, when it began.
struct CallAccounting: Sendable {
    let requestId: String
    let endpoint: LLMEndpoint
    let grant: KeyGrant?
    let deployment: Deployment
    let startTime: Date
    let recorder: SpendRecorder
    let limiter: RateLimiter
    let metrics: GatewayMetrics

    /// Counts the call as in flight until `finish`.
    func start() {
        metrics.adjustInFlight(deployment: deployment, by: 1)
    }

    /// Records the spend-log entry and the metrics, and frees the key's rate-limit slot; answers the cost.
    @discardableResult
    func finish(usage: Usage, success: Bool) -> Double {
        let cost = deployment.pricing.cost(of: usage)
        let key = grant?.key
        recorder.record(
            SpendLogEntry(
                requestId: requestId,
                callType: endpoint.callType,
                apiKey: key?.token,
                userId: key?.userId,
                teamId: key?.teamId,
                model: deployment.upstreamModel,
                modelGroup: deployment.modelName,
                modelId: deployment.id,
                promptTokens: usage.promptTokens ?? 0,
                completionTokens: usage.completionTokens ?? 0,
                spend: cost,
                startTime: startTime,
                endTime: Date(),
                status: success ? "success" : "failure"
            )
        )
        if let key {
            limiter.release(key.token, tokens: usage.totalTokens)
        }
        metrics.recordCall(deployment: deployment, team: key?.teamId, usage: usage, cost: cost, success: success)
        metrics.adjustInFlight(deployment: deployment, by: -1)
        return cost
    }
}
