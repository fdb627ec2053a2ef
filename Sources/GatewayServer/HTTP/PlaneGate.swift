import GatewayModel
import Hummingbird

/// Answers 404 for routes of a plane this instance does not serve, before authentication runs.
///
/// A disabled plane must look absent, not forbidden, so the body names the role and says the route is off here.
struct PlaneGate<Context: RequestContext>: RouterMiddleware {
    let planes: EnabledPlanes

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if let plane = Plane.of(path: path), !planes.contains(plane) {
            throw GatewayError(
                .routeDisabled,
                "Route \(path) belongs to the \(plane.rawValue) plane, which is disabled on this instance (role: \(planes.role.rawValue)).",
                param: nil
            )
        }
        return try await next(request, context)
    }
}
