import GatewayModel

/// The gate every LLM call passes before anything is sent upstream: the key's and its team's model lists, the
/// budgets of key, user and team (stored spend plus what this instance has not written yet), and the key's rate
/// limits. What it admits leaves with a `CallPermit`, which takes the rate-limit slot with it.
struct CallAdmission: Sendable {
    let ledger: SpendLedger
    let recorder: SpendRecorder
    let limiter: RateLimiter
    let metrics: GatewayMetrics
    let tally: CallTally

    /// Admits `principal`'s call to `model` (a model name, or a pass-through route's name) or throws the error it
    /// is refused with.
    func admit(_ principal: Principal, model: String, requestId: String, callType: String) throws -> CallPermit {
        var grant: KeyGrant?
        if case .virtualKey(let keyGrant) = principal {
            try AccessPolicy.check(keyGrant, model: model, spent: ledger.spent(by: keyGrant))
            try limiter.admit(keyGrant.key)
            grant = keyGrant
        }
        return CallPermit(
            requestId: requestId,
            callType: callType,
            grant: grant,
            recorder: recorder,
            limiter: limiter,
            metrics: metrics,
            tally: tally
        )
    }
}
