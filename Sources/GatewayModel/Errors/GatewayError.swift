/// The one error type that reaches HTTP: every failure a client can see is a `GatewayError`.
///
/// It carries what the OpenAI error body needs (`message`, `type`, `param`, `code`) and the HTTP status,
/// both derived in one place from a small closed set of kinds, so the mapping from failure to status
/// cannot drift between controllers.
public struct GatewayError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The closed set of failure kinds; each decides the status and the error `type`.
    public enum Kind: Sendable, Equatable {
        case badRequest
        case unauthorized
        case forbidden
        /// The key, its team or its user may not call the model asked for (LiteLLM: 403 `key_model_access_denied`).
        case modelAccessDenied
        case notFound
        case routeDisabled
        case methodNotAllowed
        case conflict
        case payloadTooLarge
        case rateLimited
        case budgetExceeded
        case internalError
        case badGateway
        case serviceUnavailable
        case gatewayTimeout
    }

    public let kind: Kind
    public let message: String
    /// The request field the error is about, when there is one.
    public let param: String?
    /// Seconds a client should wait before retrying (429 and 503).
    public let retryAfterSeconds: Int?

    public init(_ kind: Kind, _ message: String, param: String? = nil, retryAfterSeconds: Int? = nil) {
        self.kind = kind
        self.message = message
        self.param = param
        self.retryAfterSeconds = retryAfterSeconds
    }

    /// The HTTP status this error answers with.
    public var status: Int {
        switch kind {
        case .badRequest: 400
        case .budgetExceeded: 400
        case .unauthorized: 401
        case .forbidden, .modelAccessDenied: 403
        case .notFound, .routeDisabled: 404
        case .methodNotAllowed: 405
        case .conflict: 409
        case .payloadTooLarge: 413
        case .rateLimited: 429
        case .internalError: 500
        case .badGateway: 502
        case .serviceUnavailable: 503
        case .gatewayTimeout: 504
        }
    }

    /// The error `type` field, using the names OpenAI and LiteLLM clients already branch on.
    public var type: String {
        switch kind {
        case .badRequest, .methodNotAllowed, .payloadTooLarge: "invalid_request_error"
        case .unauthorized, .forbidden: "auth_error"
        case .modelAccessDenied: "key_model_access_denied"
        case .notFound, .routeDisabled: "not_found_error"
        case .conflict: "conflict_error"
        case .rateLimited: "rate_limit_error"
        case .budgetExceeded: "budget_exceeded"
        case .internalError: "internal_server_error"
        case .badGateway, .gatewayTimeout: "upstream_error"
        case .serviceUnavailable: "service_unavailable"
        }
    }

    /// The OpenAI-style body: `{"error":{"message","type","param","code"}}`.
    public var body: ErrorBody {
        ErrorBody(error: .init(message: message, type: type, param: param, code: String(status)))
    }

    public var description: String { "\(status) \(type): \(message)" }
}

extension GatewayError {
    public static func badRequest(_ message: String, param: String? = nil) -> GatewayError {
        GatewayError(.badRequest, message, param: param)
    }

    public static func notFound(_ message: String, param: String? = nil) -> GatewayError {
        GatewayError(.notFound, message, param: param)
    }

    public static func conflict(_ message: String, param: String? = nil) -> GatewayError {
        GatewayError(.conflict, message, param: param)
    }

    public static func unauthorized(_ message: String) -> GatewayError {
        GatewayError(.unauthorized, message)
    }

    public static func forbidden(_ message: String) -> GatewayError {
        GatewayError(.forbidden, message)
    }
}

/// The JSON body every error answers with, in the shape OpenAI SDKs parse.
public struct ErrorBody: Codable, Sendable, Equatable {
    /// The fields inside `error`.
    public struct Detail: Codable, Sendable, Equatable {
        public var message: String
        public var type: String
        public var param: String?
        public var code: String

        public init(message: String, type: String, param: String?, code: String) {
            self.message = message
            self.type = type
            self.param = param
            self.code = code
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(message, forKey: .message)
            try container.encode(type, forKey: .type)
            try container.encode(param, forKey: .param)
            try container.encode(code, forKey: .code)
        }
    }

    public var error: Detail

    public init(error: Detail) {
        self.error = error
    }
}
