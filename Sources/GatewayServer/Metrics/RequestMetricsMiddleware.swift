import Hummingbird

/// Records every request's route, status and duration, errors included (they are responses by the time they get here).
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: GatewayMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        metrics.recordRequest(
            method: request.method.rawValue,
            route: context.endpointPath ?? "unmatched",
            status: response.status.code,
            duration: ContinuousClock.now - start
        )
        return response
    }
}
