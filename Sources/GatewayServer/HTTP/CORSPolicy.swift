import Hummingbird

/// Lets the configured browser origins call this instance: answers preflights and tags responses.
///
/// Requests from other origins get no CORS headers, so the browser refuses them; requests without
/// an `Origin` header (curl, SDKs) pass through untouched.
struct CORSPolicy<Context: RequestContext>: RouterMiddleware {
    let origins: CORSOrigins

    static var allowedHeaders: String { "authorization, content-type, x-api-key, api-key, x-request-id, openai-organization" }
    static var allowedMethods: String { "GET, POST, PUT, PATCH, DELETE, OPTIONS" }
    static var exposedHeaders: String { "x-request-id, x-litellm-response-cost, x-llmproxy-overhead-ms, retry-after" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let origin = request.headers[.origin], let allowed = allowedOrigin(for: origin) else {
            return try await next(request, context)
        }
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            var headers = corsHeaders(allowed)
            headers[.accessControlAllowMethods] = Self.allowedMethods
            headers[.accessControlAllowHeaders] = request.headers[.accessControlRequestHeaders] ?? Self.allowedHeaders
            headers[.accessControlMaxAge] = "600"
            return Response(status: .noContent, headers: headers)
        }
        var response = try await next(request, context)
        for field in corsHeaders(allowed) {
            response.headers[field.name] = field.value
        }
        return response
    }

    private func allowedOrigin(for origin: String) -> String? {
        switch origins {
        case .none: nil
        case .any: "*"
        case .list(let list): list.contains(origin) ? origin : nil
        }
    }

    private func corsHeaders(_ allowed: String) -> HTTPFields {
        var headers: HTTPFields = [.accessControlAllowOrigin: allowed, .accessControlExposeHeaders: Self.exposedHeaders]
        if allowed != "*" {
            headers[.vary] = "Origin"
        }
        return headers
    }
}
