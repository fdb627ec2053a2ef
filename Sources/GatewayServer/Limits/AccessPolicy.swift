import GatewayModel

/// Decides whether a key may call a model now: model lists of key and team, and the budgets of key, user and team.
enum AccessPolicy {
    /// Throws the error LiteLLM answers with when `grant` may not call `model` or its key, owner or team has `spent`
    /// its budget.
    static func check(_ grant: KeyGrant, model: String, spent: (key: Double, user: Double, team: Double)) throws(GatewayError) {
        if !allows(grant.key.limits.models, model) {
            throw GatewayError(
                .modelAccessDenied,
                "This key is not allowed to call model '\(model)'. Allowed: \(grant.key.limits.models.joined(separator: ", ")).",
                param: "model"
            )
        }
        if let team = grant.team, !allows(team.limits.models, model) {
            throw GatewayError(.modelAccessDenied, "Team '\(team.teamId)' is not allowed to call model '\(model)'.", param: "model")
        }
        try checkBudget("key", grant.key.keyAlias ?? grant.key.keyName, grant.key.limits.maxBudget, spent.key)
        if let owner = grant.owner {
            try checkBudget("user", owner.userId, owner.limits.maxBudget, spent.user)
        }
        if let team = grant.team {
            try checkBudget("team", team.teamId, team.limits.maxBudget, spent.team)
        }
    }

    /// An empty list allows every model, as in LiteLLM; so does `all-proxy-models`.
    static func allows(_ models: [String], _ model: String) -> Bool {
        models.isEmpty || models.contains(model) || models.contains("all-proxy-models") || models.contains("*")
    }

    private static func checkBudget(_ owner: String, _ name: String, _ maxBudget: Double?, _ spent: Double) throws(GatewayError) {
        guard let maxBudget else { return }
        if spent >= maxBudget {
            throw GatewayError(
                .budgetExceeded,
                "Budget has been exceeded! The \(owner) '\(name)' has spent \(spent) of its max_budget \(maxBudget).",
                param: nil
            )
        }
    }
}
