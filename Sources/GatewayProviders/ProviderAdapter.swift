import GatewayModel
import NIOCore

/// Sends one call to a deployment and answers the upstream's reply, its body still streaming.
///
/// Adapters build their provider's URLs and translate only what their provider needs; the OpenAI-compatible one
/// forwards bytes as they are.
public protocol ProviderAdapter: Sendable {
    func send(_ call: UpstreamCall, to deployment: Deployment) async throws -> UpstreamReply
}

/// A call as the data plane hands it to an adapter: the endpoint and the body to forward.
public struct UpstreamCall: Sendable {
    public let endpoint: LLMEndpoint
    public let body: [UInt8]
    public let stream: Bool
    public let requestId: String

    public init(endpoint: LLMEndpoint, body: [UInt8], stream: Bool, requestId: String) {
        self.endpoint = endpoint
        self.body = body
        self.stream = stream
        self.requestId = requestId
    }

    /// The headers every JSON upstream gets: content type, what to accept, and the request id for tracing.
    var standardHeaders: [(String, String)] {
        [("content-type", "application/json"), ("accept", stream ? "text/event-stream" : "application/json"), ("x-request-id", requestId)]
    }
}

/// Why an upstream call failed before a response came back.
public struct UpstreamError: Error, Sendable, CustomStringConvertible {
    /// The failures the data plane maps to statuses.
    public enum Kind: Sendable, Equatable {
        case unreachable
        case timeout
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
