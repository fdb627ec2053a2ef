import AdminClient
import GatewayModel

/// One `GET /health/readiness`, read the same way by `context test` and `health`.
///
/// A proxy's own report is kept as it is (a 503 still carries one); an unreachable proxy, or an answer that is not a
/// readiness report (an HTML page, a different server), becomes a report of our own whose status says so and whose
/// `error` names why, so no 2xx of the wrong kind passes for "healthy".
enum ReadinessProbe {
    static let path = "/health/readiness"

    /// The readiness report of the proxy `client` talks to, the JSON it came as, and the round trip when it answered.
    static func check(_ client: ProxyClient) -> (report: ReadinessReport, json: JSONValue, seconds: Double?) {
        let response: APIResponse
        do {
            response = try client.call("GET", path, authenticated: false)
        } catch {
            return failure("unreachable", Connection.mask(in: error.message), seconds: nil)
        }
        switch Connection.decode(response, as: ReadinessReport.self) {
        case .success(let report):
            return (report, response.body, response.seconds)
        case .failure(let problem):
            let reason = Connection.invalidResponse(from: client.baseURL + path, "\(problem.text) (HTTP \(response.status))")
            return failure("invalid", reason, seconds: response.seconds)
        }
    }

    private static func failure(_ status: String, _ reason: String, seconds: Double?) -> (ReadinessReport, JSONValue, Double?) {
        let report = ReadinessReport(status: status, error: reason)
        return (report, .object(["status": .string(status), "error": .string(reason)]), seconds)
    }
}
