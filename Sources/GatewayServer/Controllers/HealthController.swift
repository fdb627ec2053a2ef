import GatewayModel
import GatewayStore
import Hummingbird

/// The `/health/*` probes every instance answers, whatever its role.
struct HealthController {
    typealias Context = GatewayRequestContext

    let store: any GatewayStore
    let planes: EnabledPlanes
    let databaseKind: String

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("liveliness", use: alive)
        group.get("liveness", use: alive)
        group.get("readiness", use: readiness)
    }

    @Sendable func alive(_ request: Request, context: Context) async throws -> Response {
        try JSONResponse.make("I'm alive!")
    }

    /// 200 with `db: connected` when the store answers within the probe's deadline and its change feed has not been
    /// lost; 503 with the reason otherwise (`db: disconnected`, or `change_feed: lost`: cached keys may be stale).
    @Sendable func readiness(_ request: Request, context: Context) async throws -> Response {
        var report = ReadinessReport(
            status: "healthy",
            db: "connected",
            databaseType: databaseKind,
            version: GatewayVersion.current,
            role: planes.role.rawValue,
            planes: planes.names,
            changeFeed: store.changeFeedState.rawValue,
            error: nil
        )
        do {
            try await store.ping()
        } catch {
            report.status = "unhealthy"
            report.db = "disconnected"
            report.error = (error as? StoreError)?.message ?? "the database did not answer"
            return try JSONResponse.make(report, status: .serviceUnavailable)
        }
        if store.changeFeedState == .lost {
            report.status = "unhealthy"
            report.error = "the change-feed listener is lost and reconnecting; revocations may not have reached this instance"
            return try JSONResponse.make(report, status: .serviceUnavailable)
        }
        return try JSONResponse.make(report)
    }
}
