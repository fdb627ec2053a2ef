import GatewayModel
import Hummingbird

/// Guards the management API: authenticates the caller, then admits only the master key and `proxy_admin` users' keys.
///
/// Any other valid key may read only its own `/key/info`; everything else answers 403.
struct ManagementAuth: RouterMiddleware {
    typealias Context = GatewayRequestContext

    let authenticator: KeyAuthenticator

    /// Routes any valid key may call, for itself only; the handler checks the "itself".
    static let selfServiceRoutes: Set<String> = ["/key/info"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard authenticator.masterKey != nil else {
            throw GatewayError.unauthorized(KeyAuthenticator.missingMasterKeyMessage)
        }
        let principal = try await authenticator.authenticate(Credential.presented(in: request))
        let path = request.uri.path
        if !principal.isProxyAdmin && !(request.method == .get && Self.selfServiceRoutes.contains(path)) {
            throw GatewayError.forbidden(
                "Only the master key or the key of a proxy_admin user may call \(request.method.rawValue) \(path)."
            )
        }
        var context = context
        context.principal = principal
        return try await next(request, context)
    }
}
