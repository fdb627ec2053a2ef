import GatewayModel
import Hummingbird
import Logging

/// The per-request context: Hummingbird's core storage plus who is calling, once authentication has run.
public struct GatewayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The authenticated caller; nil before authentication and on routes that need none.
    public var principal: Principal?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.principal = nil
    }

    /// The authenticated caller, or a 401 when authentication has not run (a wiring error, not a client one).
    public func requirePrincipal() throws -> Principal {
        guard let principal else {
            throw GatewayError.unauthorized("No API key provided: send 'Authorization: Bearer <key>'.")
        }
        return principal
    }
}
