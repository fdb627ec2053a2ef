import Foundation
import GatewayModel
import Hummingbird
import NIOCore

/// Builds JSON responses with the wire encoder, so every answer has the same date format and key order.
enum JSONResponse {
    static let contentType = "application/json"

    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        let data = try WireCoding.makeEncoder().encode(value)
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The OpenAI-style error answer for `error`, with `retry-after` when the error names a wait.
    static func error(_ error: GatewayError) -> Response {
        var headers: HTTPFields = [:]
        if let seconds = error.retryAfterSeconds {
            headers[.retryAfter] = String(seconds)
        }
        let data = (try? WireCoding.makeEncoder().encode(error.body)) ?? Data(#"{"error":{"message":"internal error"}}"#.utf8)
        headers[.contentType] = contentType
        return Response(status: .init(code: error.status), headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Reads request bodies within the configured size limit, turning an oversize body into a 413.
struct BodyReader: Sendable {
    let limit: Int

    func collect(_ request: Request) async throws -> [UInt8] {
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw GatewayError(.payloadTooLarge, "Request body is larger than the limit of \(limit) bytes.")
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw GatewayError(.payloadTooLarge, "Request body is larger than the limit of \(limit) bytes.")
        } catch {
            // A malformed chunked encoding or a body cut short: the client's fault (any key holder can send one), so a
            // 400 and a debug line, never a 500 and an error line.
            throw GatewayError.badRequest("The request body could not be read: \(error).")
        }
    }

    /// Reads and decodes a management request body. The body is parsed as JSON whatever its declared
    /// content type, as `curl -d` sends form encoding by default; a body that is not JSON answers 400.
    func decode<T: ManagementRequest>(_ type: T.Type, from request: Request) async throws -> T {
        return try RequestDecoding.decode(T.self, from: Data(try await collect(request)))
    }
}
