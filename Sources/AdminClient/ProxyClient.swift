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
        let response = try transport.send(request(method, path, json: json, accept: "application/json", authenticated: authenticated))
        return APIResponse(response)
    }

    /// Sends a request answered with Server-Sent Events and hands each event's data to `onEvent` as it arrives
    /// (`[DONE]` excluded); a refused request answers its error body as `call` does.
    public func streamEvents(
        _ method: String,
        _ path: String,
        json: JSONValue?,
        onEvent: (String) -> Void
    ) throws(ClientError) -> APIResponse {
        var lines = LineSplitter()
        let response = try transport.stream(request(method, path, json: json, accept: "text/event-stream", authenticated: true)) { chunk in
            for line in lines.append(chunk) where line.hasPrefix("data:") {
                let data = line.dropFirst(5).drop { $0 == " " }
                if data != "[DONE]" { onEvent(String(data)) }
            }
        }
        return APIResponse(response)
    }

    private func request(_ method: String, _ path: String, json: JSONValue?, accept: String, authenticated: Bool) -> ClientRequest {
        var headers: [(name: String, value: String)] = [("accept", accept)]
        if authenticated, let apiKey {
            headers.append(("authorization", "Bearer \(apiKey)"))
        }
        return ClientRequest(
            method: method,
            url: baseURL + path,
            headers: headers,
            body: json.flatMap { try? WireCoding.makeEncoder().encode($0) }.map { Array($0) },
            timeout: timeout,
            insecure: insecure,
            caCertificatePath: caCertificatePath
        )
    }
}

/// Cuts a byte stream into lines (without `\n` or `\r\n`), keeping an unfinished line for the next chunk.
struct LineSplitter {
    private var pending: [UInt8] = []

    mutating func append(_ chunk: ArraySlice<UInt8>) -> [String] {
        pending.append(contentsOf: chunk)
        var lines: [String] = []
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            var line = pending[..<newline]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            lines.append(String(decoding: line, as: UTF8.self))
            pending.removeSubrange(...newline)
        }
        return lines
    }
}

/// A parsed answer of the proxy.
public struct APIResponse: Sendable, Equatable {
    public let status: Int
    public let body: JSONValue
    public let seconds: Double
    /// False when the body was not JSON and `body` holds its text.
    public let isJSON: Bool
    /// The control-plane revision the server stamped on a management answer (`x-llmproxy-revision`): the one a write
    /// produced, or the current one.
    public let revision: Int64?

    public var succeeded: Bool { (200..<300).contains(status) }

    /// A transport answer with its body parsed as JSON, or kept as text when it is not JSON.
    init(_ response: ClientResponse) {
        status = response.status
        seconds = response.seconds
        revision = response.header("x-llmproxy-revision").flatMap { Int64($0) }.flatMap { $0 >= 0 ? $0 : nil }
        if let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(response.body)) {
            (body, isJSON) = (parsed, true)
        } else {
            (body, isJSON) = (.string(String(decoding: response.body, as: UTF8.self)), false)
        }
    }

    /// The message of an OpenAI-style error body, else the first line of a text body (an HTML error page is not
    /// printed whole), at most 200 characters; an error stays one line.
    public var errorMessage: String {
        if case .object(let fields) = body, case .object(let error)? = fields["error"], let message = error["message"]?.stringValue {
            return Self.oneLine(message)
        }
        if case .string(let text) = body, let line = text.split(whereSeparator: \.isNewline).first(where: { !$0.allSatisfy(\.isWhitespace) }) {
            return Self.oneLine(String(line))
        }
        return "HTTP \(status)"
    }

    private static func oneLine(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return line.count > 200 ? String(line.prefix(200)) + "…" : line
    }
}
