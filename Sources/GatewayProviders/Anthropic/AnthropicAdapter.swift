import Foundation
import GatewayModel
import NIOCore

/// Speaks to Anthropic's Messages API on behalf of OpenAI clients: the chat body is translated on the way out, the
/// answer (whole or streamed) on the way back, and errors keep Anthropic's message in OpenAI's error shape.
public struct AnthropicAdapter: ProviderAdapter {
    static let apiVersion = "2023-06-01"
    let transport: any UpstreamTransport

    /// The Messages API under the base URL, which may or may not end in `/v1`.
    public static func url(at deployment: Deployment) -> String {
        let base = deployment.baseURL
        return base.hasSuffix("/v1") ? "\(base)/messages" : "\(base)/v1/messages"
    }

    public init(transport: any UpstreamTransport) {
        self.transport = transport
    }

    public func send(_ call: UpstreamCall, to deployment: Deployment) async throws -> UpstreamReply {
        guard call.endpoint == .chatCompletions else {
            return .json(
                status: 400,
                JSONValue.object([
                    "error": .object([
                        "message": .string("'\(deployment.modelName)' is an Anthropic model: it answers /chat/completions only."),
                        "type": .string("invalid_request_error"), "param": .string("model"), "code": .string("400"),
                    ])
                ]).encoded()
            )
        }
        let body: [UInt8]
        do {
            body = try AnthropicRequest.translate(call.body, upstreamModel: deployment.upstreamModel, stream: call.stream)
        } catch {
            return .json(
                status: 400,
                JSONValue.object([
                    "error": .object([
                        "message": .string(error.message), "type": .string("invalid_request_error"),
                        "param": error.param.map(JSONValue.string) ?? .null, "code": .string("400"),
                    ])
                ]).encoded()
            )
        }
        var headers = call.standardHeaders
        headers.append(("anthropic-version", Self.apiVersion))
        if let key = deployment.apiKey, !key.isEmpty {
            headers.append(("x-api-key", key))
        }
        let reply = try await transport.post(Self.url(at: deployment), headers: headers, body: body, for: deployment)
        guard reply.status < 400 else {
            let bytes = (try? await reply.body.collect(upTo: 1 << 20)) ?? ByteBuffer()
            let retryAfter = reply.header("retry-after").map { [(name: "retry-after", value: $0)] } ?? []
            return .json(
                status: reply.status,
                AnthropicResponse.error(from: Array(bytes.readableBytesView), status: reply.status),
                headers: retryAfter
            )
        }
        if call.stream {
            return .eventStream(AnthropicChunkStream(upstream: reply.body))
        }
        let bytes: ByteBuffer
        do {
            bytes = try await reply.body.collect(upTo: 64 << 20)
        } catch {
            throw UpstreamError(.unreachable, "The Anthropic answer for '\(deployment.modelName)' was cut off: \(error).")
        }
        guard let completion = AnthropicResponse.completion(from: Array(bytes.readableBytesView)) else {
            throw UpstreamError(.unreachable, "Anthropic answered '\(deployment.modelName)' with something that is not a message.")
        }
        return .json(status: 200, completion)
    }
}
