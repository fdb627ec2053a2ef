import Foundation
import GatewayModel

/// Calls one proxy's management, health and LLM APIs with one credential.
public struct ProxyClient: Sendable {
    public let baseURL: String
    public let apiKey: String?
    public var timeout: Double
    public var insecure: Bool
    public var caCertificatePath: String?
    let transport: any HTTPTransport

    public init(
        baseURL: String,
        apiKey: String?,
        timeout: Double = 30,
        insecure: Bool = false,
        caCertificatePath: String? = nil,
        transport: any HTTPTransport = CurlTransport()
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.timeout = timeout
        self.insecure = insecure
        self.caCertificatePath = caCertificatePath
        self.transport = transport
    }

    /// Sends `method path` with an optional JSON body and answers the status, the parsed body and the round trip.
    public func call(_ method: String, _ path: String, json: JSONValue? = nil, authenticated: Bool = true) throws(ClientError) -> APIResponse {
        var headers: [(name: String, value: String)] = [("accept", "application/json")]
        if authenticated, let apiKey {
            headers.append(("authorization", "Bearer \(apiKey)"))
        }
        let body = json.flatMap { try? WireCoding.makeEncoder().encode($0) }.map { Array($0) }
        let response = try transport.send(
            ClientRequest(
                method: method,
                url: baseURL + path,
                headers: headers,
                body: body,
                timeout: timeout,
                insecure: insecure,
                caCertificatePath: caCertificatePath
            )
        )
        let parsed = (try? JSONDecoder().decode(JSONValue.self, from: Data(response.body))) ?? .string(String(decoding: response.body, as: UTF8.self))
        return APIResponse(status: response.status, body: parsed, seconds: response.seconds)
    }
}

/// A parsed answer of the proxy.
public struct APIResponse: Sendable, Equatable {
    public let status: Int
    public let body: JSONValue
    public let seconds: Double

    public var succeeded: Bool { (200..<300).contains(status) }

    /// The message of an OpenAI-style error body, else the body as text.
    public var errorMessage: String {
        if case .object(let fields) = body, case .object(let error)? = fields["error"], let message = error["message"]?.stringValue {
            return message
        }
        if case .string(let text) = body { return text.isEmpty ? "HTTP \(status)" : text }
        return "HTTP \(status)"
    }
}
