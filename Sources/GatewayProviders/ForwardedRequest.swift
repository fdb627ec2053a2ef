import NIOCore

/// A request a pass-through route sends on as it came: any method, the caller's headers less its credentials, and a
/// body read as it arrives, so the transport (not the route) owns the HTTP client.
public struct ForwardedRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: [(name: String, value: String)]
    /// Nil for a request without a body.
    public var body: (any AsyncSequence<ByteBuffer, any Error> & Sendable)?
    /// The body's length when the caller declared it.
    public var length: Int?

    public init(
        method: String,
        url: String,
        headers: [(name: String, value: String)],
        body: (any AsyncSequence<ByteBuffer, any Error> & Sendable)? = nil,
        length: Int? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.length = length
    }
}
