import AsyncHTTPClient
import Foundation
import GatewayModel
import NIOCore
import NIOHTTP1

/// Answers locally, without any upstream: chat and completions echo the last user input (word by word when
/// streaming), embeddings return a small deterministic vector. The built-in `demo` model and tests use it.
public struct MockAdapter: ProviderAdapter {
    /// The pause between streamed words, so a stream looks like one.
    let wordDelay: Duration

    public init(wordDelay: Duration = .milliseconds(20)) {
        self.wordDelay = wordDelay
    }

    public func send(_ call: UpstreamCall, to deployment: Deployment) async throws -> HTTPClientResponse {
        let request = (try? JSONSerialization.jsonObject(with: Data(call.body)) as? [String: Any]) ?? [:]
        let model = request["model"] as? String ?? deployment.upstreamModel
        let id = "mock-\(call.requestId)"
        let created = Int(Date().timeIntervalSince1970)
        switch call.endpoint {
        case .embeddings:
            let inputs = (request["input"] as? [Any]) ?? [request["input"] ?? ""]
            let data: [[String: Any]] = inputs.enumerated().map { index, input in
                ["object": "embedding", "index": index, "embedding": Self.vector(for: "\(input)")]
            }
            let tokens = inputs.reduce(0) { $0 + Self.words(in: "\($1)").count }
            return Self.json([
                "object": "list", "model": model, "data": data, "usage": ["prompt_tokens": tokens, "total_tokens": tokens],
            ])
        case .chatCompletions, .completions:
            let prompt = Self.lastInput(of: request, endpoint: call.endpoint)
            let words = Self.words(in: prompt)
            let reply = words.isEmpty ? "(empty)" : words.joined(separator: " ")
            let usage = ["prompt_tokens": max(1, words.count), "completion_tokens": max(1, words.count), "total_tokens": 2 * max(1, words.count)]
            if call.stream {
                let includeUsage = ((request["stream_options"] as? [String: Any])?["include_usage"] as? Bool) == true
                return stream(
                    words: words.isEmpty ? ["(empty)"] : words,
                    id: id,
                    model: model,
                    created: created,
                    endpoint: call.endpoint,
                    usage: includeUsage ? usage : nil
                )
            }
            let choice: [String: Any] =
                call.endpoint == .chatCompletions
                ? ["index": 0, "message": ["role": "assistant", "content": reply], "finish_reason": "stop"]
                : ["index": 0, "text": reply, "finish_reason": "stop", "logprobs": NSNull()]
            return Self.json([
                "id": id, "object": call.endpoint == .chatCompletions ? "chat.completion" : "text_completion", "created": created,
                "model": model, "choices": [choice], "usage": usage,
            ])
        }
    }

    private func stream(words: [String], id: String, model: String, created: Int, endpoint: LLMEndpoint, usage: [String: Int]?) -> HTTPClientResponse
    {
        let delay = wordDelay
        let events = AsyncStream<ByteBuffer> { continuation in
            let task = Task {
                let object = endpoint == .chatCompletions ? "chat.completion.chunk" : "text_completion"
                for (index, word) in words.enumerated() {
                    let text = index == words.count - 1 ? word : word + " "
                    let choice: [String: Any] =
                        endpoint == .chatCompletions
                        ? ["index": 0, "delta": index == 0 ? ["role": "assistant", "content": text] : ["content": text], "finish_reason": NSNull()]
                        : ["index": 0, "text": text, "finish_reason": NSNull()]
                    continuation.yield(Self.event(["id": id, "object": object, "created": created, "model": model, "choices": [choice]]))
                    try? await Task.sleep(for: delay)
                }
                let last: [String: Any] =
                    endpoint == .chatCompletions
                    ? ["index": 0, "delta": [:] as [String: Any], "finish_reason": "stop"] : ["index": 0, "text": "", "finish_reason": "stop"]
                continuation.yield(Self.event(["id": id, "object": object, "created": created, "model": model, "choices": [last]]))
                if let usage {
                    continuation.yield(
                        Self.event(["id": id, "object": object, "created": created, "model": model, "choices": [] as [Any], "usage": usage])
                    )
                }
                continuation.yield(ByteBuffer(string: "data: [DONE]\n\n"))
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: "text/event-stream")
        return HTTPClientResponse(status: .ok, headers: headers, body: .stream(events))
    }

    private static func lastInput(of request: [String: Any], endpoint: LLMEndpoint) -> String {
        if endpoint == .completions {
            return (request["prompt"] as? String) ?? ((request["prompt"] as? [Any])?.last.map { "\($0)" } ?? "")
        }
        let messages = request["messages"] as? [[String: Any]] ?? []
        let user = messages.last { ($0["role"] as? String) == "user" } ?? messages.last
        if let text = user?["content"] as? String { return text }
        let parts = user?["content"] as? [[String: Any]] ?? []
        return parts.compactMap { $0["text"] as? String }.joined(separator: " ")
    }

    private static func words(in text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    private static func vector(for text: String) -> [Double] {
        let digest = Array(VirtualKey.digest(of: text).utf8.prefix(8))
        return digest.map { Double($0 % 16) / 15.0 }
    }

    private static func event(_ object: [String: Any]) -> ByteBuffer {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        var buffer = ByteBuffer(string: "data: ")
        buffer.writeBytes(data)
        buffer.writeString("\n\n")
        return buffer
    }

    private static func json(_ object: [String: Any]) -> HTTPClientResponse {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        var headers = HTTPHeaders()
        headers.add(name: "content-type", value: "application/json")
        return HTTPClientResponse(status: .ok, headers: headers, body: .bytes(ByteBuffer(bytes: data)))
    }
}
