import Foundation
import GatewayModel
import GatewayStore
import Hummingbird

/// `GET /fleet/instances` and `GET /fleet/status`: the instances sharing this store, as their heartbeats describe
/// them, each with its status and how far it lags the current control-plane revision; `converged` says whether every
/// live instance has applied it. `?probe=true` adds the admin's own readiness probe of each live instance.
struct FleetController {
    typealias Context = GatewayRequestContext

    let store: any GatewayStore
    let probe: FleetProbe

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("instances", use: instances)
        group.get("status", use: status)
    }

    @Sendable func instances(_ request: Request, context: Context) async throws -> Response {
        try JSONResponse.make(try await answer(request, liveOnly: false))
    }

    @Sendable func status(_ request: Request, context: Context) async throws -> Response {
        try JSONResponse.make(try await answer(request, liveOnly: true))
    }

    private func answer(_ request: Request, liveOnly: Bool) async throws -> FleetAnswer<FleetInstance<InstanceReport>> {
        let query = try QueryParameters(request, accepting: ["probe"])
        let revision = try await store.currentRevision()
        let now = Date()
        var instances = try await store.instances().map { report in
            FleetInstance(report: report, status: report.status(at: now), revisionLag: max(0, revision - report.appliedRevision))
        }
        if liveOnly { instances = instances.filter { $0.status == .live } }
        if try query.bool("probe") { instances = await probe.probe(instances) }
        let converged = instances.allSatisfy { $0.status != .live || $0.revisionLag == 0 }
        return FleetAnswer(revision: revision, converged: converged, instances: instances)
    }
}
