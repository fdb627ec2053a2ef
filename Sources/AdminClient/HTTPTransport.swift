import Dispatch

/// Sends one HTTP request and answers the whole response; the seam between the typed client and libcurl.
public protocol HTTPTransport: Sendable {
    func send(_ request: ClientRequest) throws(ClientError) -> ClientResponse

    /// Sends `request` and hands a 2xx response's body to `receive` piece by piece as it arrives (the answer's `body`
    /// is then empty); any other response's body is collected into the answer as `send` does.
    func stream(_ request: ClientRequest, receive: (ArraySlice<UInt8>) -> Void) throws(ClientError) -> ClientResponse
}

/// A request as the admin client makes it.
public struct ClientRequest: Sendable, Equatable {
    public var method: String
    public var url: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]?
    /// Seconds for the whole exchange.
    public var timeout: Double
    /// Skip TLS certificate verification (`--insecure`).
    public var insecure: Bool
    /// A PEM file of CA certificates to trust (`--cacert`).
    public var caCertificatePath: String?

    public init(
        method: String,
        url: String,
        headers: [(name: String, value: String)] = [],
        body: [UInt8]? = nil,
        timeout: Double = 30,
        insecure: Bool = false,
        caCertificatePath: String? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.insecure = insecure
        self.caCertificatePath = caCertificatePath
    }

    public static func == (lhs: ClientRequest, rhs: ClientRequest) -> Bool {
        lhs.method == rhs.method && lhs.url == rhs.url && lhs.headers.map(\.name) == rhs.headers.map(\.name)
            && lhs.headers.map(\.value) == rhs.headers.map(\.value) && lhs.body == rhs.body && lhs.timeout == rhs.timeout
            && lhs.insecure == rhs.insecure && lhs.caCertificatePath == rhs.caCertificatePath
    }
}

/// A response: status, headers (names lowercased), body, and how long the exchange took.
public struct ClientResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    public var seconds: Double

    public init(status: Int, headers: [(name: String, value: String)], body: [UInt8], seconds: Double) {
        self.status = status
        self.headers = headers
        self.body = body
        self.seconds = seconds
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name == name.lowercased() }?.value
    }
}

/// Why a request got no HTTP response at all.
public struct ClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The failures a caller tells apart (exit status 69 for all of them in llmctl).
    public enum Kind: Sendable, Equatable {
        case unreachable
        case timeout
        case tls
        case invalidRequest
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

extension HTTPTransport {
    /// Sends on a Dispatch thread, keeping the blocking transfer off Swift Concurrency's cooperative threads
    /// (several contexts are tested at once this way).
    public func sendInBackground(_ request: ClientRequest) async throws(ClientError) -> ClientResponse {
        let result: Result<ClientResponse, ClientError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                do throws(ClientError) {
                    continuation.resume(returning: .success(try send(request)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}
