import AsyncHTTPClient
import Foundation
import GatewayModel
import NIOCore

/// The admin's own look at each live instance: it asks every public URL for `/health/readiness`, all at once with a
/// short timeout, so the UI sees reachability and round-trip time without CORS or keys in the browser.
struct FleetProbe: Sendable {
    let client: HTTPClient
    var timeout: Duration = .seconds(2)

    /// `instances` with `reachable`, `round_trip_ms` and, when the probe failed, `probe_error` filled in for each live
    /// one that has a public URL.
    func probe(_ instances: [FleetInstance<InstanceReport>]) async -> [FleetInstance<InstanceReport>] {
        await withTaskGroup(of: (Int, FleetInstance<InstanceReport>).self) { group in
            for (index, instance) in instances.enumerated() {
                guard instance.status == .live, let url = instance.report.publicURL else { continue }
                group.addTask { (index, await probe(instance, at: url)) }
            }
            var probed = instances
            for await (index, instance) in group {
                probed[index] = instance
            }
            return probed
        }
    }

    private func probe(_ instance: FleetInstance<InstanceReport>, at url: String) async -> FleetInstance<InstanceReport> {
        var instance = instance
        let start = ContinuousClock.now
        do {
            let response = try await client.execute(HTTPClientRequest(url: url + "/health/readiness"), timeout: .nanoseconds(timeout.nanoseconds))
            _ = try await response.body.collect(upTo: 64 * 1024)
            instance.reachable = true
            if response.status != .ok { instance.probeError = "readiness answered \(response.status.code)" }
        } catch {
            instance.reachable = false
            instance.probeError = "\(error)"
        }
        instance.roundTripMilliseconds = ((ContinuousClock.now - start).milliseconds * 10).rounded() / 10
        return instance
    }
}
