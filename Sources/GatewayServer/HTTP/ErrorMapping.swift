import GatewayModel
import GatewayStore
import Hummingbird

extension GatewayError {
    /// The answer a store failure gets: missing rows are 404, taken ids 409, a database that fails 503.
    init(_ error: StoreError) {
        switch error.code {
        case .notFound: self.init(.notFound, error.message, param: error.field)
        case .conflict: self.init(.conflict, error.message, param: error.field)
        case .invalid: self.init(.badRequest, error.message, param: error.field)
        case .unavailable:
            self.init(.serviceUnavailable, "The database is unavailable; nothing was changed. Try again shortly.", retryAfterSeconds: 1)
        case .unconfirmed:
            self.init(
                .serviceUnavailable,
                "The database did not confirm the change in time; it may have been applied. Check before repeating it.",
                retryAfterSeconds: 1
            )
        }
    }

    /// The answer for Hummingbird's own errors (no route, oversize body, bad method).
    init(_ error: HTTPError, path: String) {
        switch error.status {
        case .notFound: self.init(.notFound, "No route for \(path).")
        case .contentTooLarge: self.init(.payloadTooLarge, "Request body is too large.")
        case .methodNotAllowed: self.init(.methodNotAllowed, "Method not allowed for \(path).")
        case .badRequest: self.init(.badRequest, error.body ?? "Bad request.")
        default: self.init(error.status.code >= 500 ? .internalError : .badRequest, error.body ?? error.status.reasonPhrase)
        }
    }
}
