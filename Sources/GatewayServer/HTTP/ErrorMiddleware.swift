import GatewayModel
import GatewayStore
import Hummingbird
import Logging

/// Renders every error that escapes a handler as the OpenAI error body with its status.
///
/// Unexpected errors become a 500 whose message hides internals; the detail goes to the log instead.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return JSONResponse.error(Self.gatewayError(for: error, path: request.uri.path, logger: context.logger))
        }
    }

    static func gatewayError(for error: any Error, path: String, logger: Logger) -> GatewayError {
        switch error {
        case let error as GatewayError:
            logger.debug("request refused", metadata: ["status": "\(error.status)", "error": "\(error.message)"])
            return error
        case let error as StoreError:
            if error.code == .unavailable || error.code == .unconfirmed {
                logger.error("store unavailable", metadata: ["error": "\(error.message)"])
            }
            return GatewayError(error)
        case let error as HTTPError:
            return GatewayError(error, path: path)
        default:
            logger.error("unhandled error", metadata: ["error": "\(String(reflecting: error))"])
            return GatewayError(.internalError, "Internal error; the proxy log has the details.")
        }
    }
}
