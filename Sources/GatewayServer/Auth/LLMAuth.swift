import GatewayModel
import Hummingbird

/// Admits callers of the LLM API: the master key or any valid, unblocked, unexpired virtual key.
struct LLMAuth: RouterMiddleware {
    typealias Context = GatewayRequestContext

    let authenticator: KeyAuthenticator

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.principal = try await authenticator.authenticate(Credential.presented(in: request))
        return try await next(request, context)
    }
}
