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

    private static func weighted(_ candidates: [Deployment]) -> Deployment {
        let total = candidates.reduce(0) { $0 + max(0, $1.weight) }
        guard total > 0 else { return candidates.randomElement() ?? candidates[0] }
        var point = Double.random(in: 0..<total)
        for candidate in candidates {
            point -= max(0, candidate.weight)
            if point < 0 { return candidate }
        }
        return candidates[candidates.count - 1]
    }
}
