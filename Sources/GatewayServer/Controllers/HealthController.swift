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

    /// 200 with `db: connected` when the store answers; 503 with `db: disconnected` and the reason when it does not.
    @Sendable func readiness(_ request: Request, context: Context) async throws -> Response {
        var report = ReadinessReport(
            status: "healthy",
            db: "connected",
            databaseType: databaseKind,
            version: GatewayVersion.current,
            role: planes.role.rawValue,
            planes: planes.names,
            error: nil
        )
        do {
            try await store.ping()
            return try JSONResponse.make(report)
        } catch {
            report.status = "unhealthy"
            report.db = "disconnected"
            report.error = (error as? StoreError)?.message ?? "the database did not answer"
            return try JSONResponse.make(report, status: .serviceUnavailable)
        }
    }
}

/// `GET /health/readiness`'s answer; `litellm_version` repeats `version` for LiteLLM's clients.
struct ReadinessReport: Encodable {
    var status: String
    var db: String
    var databaseType: String
    var version: String
    var role: String
    var planes: [String]
    var error: String?

    enum CodingKeys: String, CodingKey {
        case status, db, version, role, planes, error
        case databaseType = "database_type"
        case litellmVersion = "litellm_version"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(db, forKey: .db)
        try container.encode(databaseType, forKey: .databaseType)
        try container.encode(version, forKey: .version)
        try container.encode(version, forKey: .litellmVersion)
        try container.encode(role, forKey: .role)
        try container.encode(planes, forKey: .planes)
        try container.encodeIfPresent(error, forKey: .error)
    }
}
