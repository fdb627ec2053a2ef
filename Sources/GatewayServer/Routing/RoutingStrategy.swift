import GatewayProviders

extension RouterSettings.Strategy {
    /// One of `candidates` (not empty), chosen by this strategy from what `states` has seen; ties go at random.
    func choose(from candidates: [Deployment], states: DeploymentStates) -> Deployment {
        guard candidates.count > 1 else { return candidates[0] }
        switch self {
        case .simpleShuffle:
            return Self.weighted(candidates)
        case .leastBusy:
            let busy = candidates.map { states.state(of: $0.id).inFlight }
            let least = busy.min() ?? 0
            return zip(candidates, busy).filter { $0.1 == least }.map(\.0).randomElement() ?? candidates[0]
        case .latencyBased:
            let latencies = candidates.map { states.state(of: $0.id).latency }
            let untried = zip(candidates, latencies).filter { $0.1 == nil }.map(\.0)
            if let first = untried.randomElement() { return first }
            let fastest = latencies.compactMap(\.self).min() ?? .zero
            return zip(candidates, latencies).filter { $0.1 == fastest }.map(\.0).randomElement() ?? candidates[0]
        }
    }

    /// Chooses in proportion to weight. Weights are range-checked where they are parsed; a weight that is not a finite
    /// positive number still counts as zero here, and a total that is not finite falls back to an even choice, so no
    /// stored value can make `random(in:)` trap.
    private static func weighted(_ candidates: [Deployment]) -> Deployment {
        func share(_ deployment: Deployment) -> Double {
            deployment.weight.isFinite && deployment.weight > 0 ? deployment.weight : 0
        }
        let total = candidates.reduce(0) { $0 + share($1) }
        guard total > 0, total.isFinite else { return candidates.randomElement() ?? candidates[0] }
        var point = Double.random(in: 0..<total)
        for candidate in candidates {
            point -= share(candidate)
            if point < 0 { return candidate }
        }
        return candidates[candidates.count - 1]
    }
}
