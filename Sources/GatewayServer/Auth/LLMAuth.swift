import GatewayModel
import Hummingbird

/// Admits callers of the LLM API: the master key or any valid, unblocked, unexpired virtual key.
struct LLMAuth: RouterMiddleware {
    typealias Context = GatewayRequestContext

    let authenticator: KeyAuthenticator
    /// Set when requests must stop while the database is unreachable (`allow_requests_on_db_unavailable: false`).
    let health: StoreHealth?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let health, !health.isAvailable {
            throw GatewayError(
                .serviceUnavailable,
                "The database is unavailable, and this proxy is configured not to serve requests without it (allow_requests_on_db_unavailable: false)."
            )
        }
        var context = context
        context.principal = try await authenticator.authenticate(Credential.presented(in: request))
        return try await next(request, context)
    }
}
