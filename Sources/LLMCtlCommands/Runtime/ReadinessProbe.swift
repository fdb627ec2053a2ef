import AdminClient
import GatewayModel

/// One `GET /health/readiness`, read the same way by `context test` and `health`.
///
/// A proxy's own report is kept as it is (a 503 still carries one); an unreachable proxy, or an answer that is not a
/// readiness report (an HTML page, a different server), becomes a report of our own whose status says so and whose
/// `error` names why, so no 2xx of the wrong kind passes for "healthy".
enum ReadinessProbe {
    static let path = "/health/readiness"

    static let shape = AnswerShape.object(
        required: ["status": .text],
        optional: ["db": .text, "version": .text, "role": .text, "planes": .list(of: .text), "error": .text]
    )

    /// The readiness report of the proxy `client` talks to, and the round trip when it answered.
    static func check(_ client: ProxyClient) -> (report: JSONValue, seconds: Double?) {
        let response: APIResponse
        do {
            response = try client.call("GET", path, authenticated: false)
        } catch {
            return (failure("unreachable", Connection.mask(in: error.message)), nil)
        }
        if let problem = Connection.problem(with: response, expecting: shape) {
            let reason = Connection.invalidResponse(from: client.baseURL + path, "\(problem) (HTTP \(response.status))")
            return (failure("invalid", reason), response.seconds)
        }
        return (response.body, response.seconds)
    }

    private static func failure(_ status: String, _ reason: String) -> JSONValue {
        .object(["status": .string(status), "error": .string(reason)])
    }
}
