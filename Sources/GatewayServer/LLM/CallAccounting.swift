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
    /// Closes the call in the router's record of its deployment.
    let ticket: DeploymentTicket?

    /// Records the spend-log entry and the metrics, frees the key's rate-limit slot and ends the deployment's
    /// in-flight count; answers the cost.
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
        ticket?.end(tokens: usage.totalTokens)
        metrics.recordCall(deployment: deployment, team: key?.teamId, usage: usage, cost: cost, success: success)
        return cost
    }
}
