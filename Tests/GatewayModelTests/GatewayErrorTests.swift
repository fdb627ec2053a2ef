import Foundation
import GatewayModel
import Testing

@Suite struct GatewayErrorTests {
    @Test(arguments: [
        (GatewayError.Kind.badRequest, 400, "invalid_request_error"),
        (.unauthorized, 401, "auth_error"),
        (.forbidden, 403, "auth_error"),
        (.notFound, 404, "not_found_error"),
        (.routeDisabled, 404, "not_found_error"),
        (.conflict, 409, "conflict_error"),
        (.payloadTooLarge, 413, "invalid_request_error"),
        (.rateLimited, 429, "rate_limit_error"),
        (.budgetExceeded, 400, "budget_exceeded"),
        (.internalError, 500, "internal_server_error"),
        (.badGateway, 502, "upstream_error"),
        (.serviceUnavailable, 503, "service_unavailable"),
        (.gatewayTimeout, 504, "upstream_error"),
    ])
    func kindDecidesStatusAndType(kind: GatewayError.Kind, status: Int, type: String) {
        let error = GatewayError(kind, "message")
        #expect(error.status == status)
        #expect(error.type == type)
        #expect(error.body.error.code == String(status))
    }

    @Test func bodyEncodesEveryFieldWithNullParam() throws {
        let encoder = WireCoding.makeEncoder()
        let body = String(decoding: try encoder.encode(GatewayError.notFound("No such key.").body), as: UTF8.self)
        #expect(body == #"{"error":{"code":"404","message":"No such key.","param":null,"type":"not_found_error"}}"#)
    }
}
