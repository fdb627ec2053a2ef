import GatewayProviders

/// The public model names this instance serves and the deployments behind each.
///
/// Several deployments of one name share its traffic at random, in proportion to their `weight`.
struct ModelRegistry: Sendable {
    private let deploymentsByName: [String: [Deployment]]
    /// Public model names, sorted, as `/v1/models` lists them.
    let modelNames: [String]

    init(deployments: [Deployment]) {
        deploymentsByName = Dictionary(grouping: deployments, by: \.modelName)
        modelNames = deploymentsByName.keys.sorted()
    }

    func deployments(for modelName: String) -> [Deployment] {
        deploymentsByName[modelName] ?? []
    }

    /// One deployment of `modelName`, chosen at random by weight; nil for a name this instance does not serve.
    func pick(_ modelName: String) -> Deployment? {
        guard let candidates = deploymentsByName[modelName], !candidates.isEmpty else { return nil }
        guard candidates.count > 1 else { return candidates[0] }
        let total = candidates.reduce(0) { $0 + max(0, $1.weight) }
        guard total > 0 else { return candidates.randomElement() }
        var point = Double.random(in: 0..<total)
        for candidate in candidates {
            point -= max(0, candidate.weight)
            if point < 0 { return candidate }
        }
        return candidates[candidates.count - 1]
    }
}
