import Foundation
import GatewayModel
import NIOCore

/// Answers locally, without any upstream: chat and completions echo the last user input (word by word when
/// streaming), embeddings return a small deterministic vector. The built-in `demo` model and tests use it.
public struct MockAdapter: ProviderAdapter {
    /// The pause between streamed words, so a stream looks like one.
    let wordDelay: Duration

    public init(wordDelay: Duration = .milliseconds(20)) {
        self.wordDelay = wordDelay
    }

    public func send(_ call: UpstreamCall, to deployment: Deployment) async throws -> UpstreamReply {
        let request = JSONValue.decode(call.body) ?? [:]
        let model = request["model"]?.stringValue ?? deployment.upstreamModel
        let id = JSONValue.string("mock-\(call.requestId)")
        let created = JSONValue.int(Int(Date().timeIntervalSince1970))
        switch call.endpoint {
        case .embeddings:
            let inputs = request["input"]?.arrayValue ?? [request["input"] ?? ""]
            let data: [JSONValue] = inputs.enumerated().map { index, input in
                ["object": "embedding", "index": .int(index), "embedding": .array(Self.vector(for: Self.text(input)).map(JSONValue.double))]
            }
            let tokens = JSONValue.int(inputs.reduce(0) { $0 + Self.words(in: Self.text($1)).count })
            return Self.json([
                "object": "list", "model": .string(model), "data": .array(data), "usage": ["prompt_tokens": tokens, "total_tokens": tokens],
            ])
        case .chatCompletions, .completions:
            let words = Self.words(in: Self.lastInput(of: request, endpoint: call.endpoint))
            let reply = JSONValue.string(words.isEmpty ? "(empty)" : words.joined(separator: " "))
            let count = JSONValue.int(max(1, words.count))
            let usage: JSONValue = ["prompt_tokens": count, "completion_tokens": count, "total_tokens": .int(2 * max(1, words.count))]
            if call.stream {
                return stream(
                    words: words.isEmpty ? ["(empty)"] : words,
                    header: ["id": id, "created": created, "model": .string(model)],
                    endpoint: call.endpoint,
                    usage: request["stream_options"]?["include_usage"] == .bool(true) ? usage : nil
                )
            }
            let choice: JSONValue =
                call.endpoint == .chatCompletions
                ? ["index": 0, "message": ["role": "assistant", "content": reply], "finish_reason": "stop"]
                : ["index": 0, "text": reply, "finish_reason": "stop", "logprobs": nil]
            return Self.json([
                "id": id, "object": call.endpoint == .chatCompletions ? "chat.completion" : "text_completion", "created": created,
                "model": .string(model), "choices": [choice], "usage": usage,
            ])
        }
    }

    /// The answer as Server-Sent Events: a chunk per word, a last chunk with the finish reason, the usage chunk when
    /// asked for, and `[DONE]`; `header` holds the fields every chunk repeats.
    private func stream(words: [String], header: [String: JSONValue], endpoint: LLMEndpoint, usage: JSONValue?) -> UpstreamReply {
        let delay = wordDelay
        let object: JSONValue = endpoint == .chatCompletions ? "chat.completion.chunk" : "text_completion"
        func chunk(_ extra: [String: JSONValue]) -> ByteBuffer {
            Self.event(.object(header.merging(extra) { _, new in new }.merging(["object": object]) { _, new in new }))
        }
        let events = AsyncStream<ByteBuffer> { continuation in
            let task = Task {
                for (index, word) in words.enumerated() {
                    let text = JSONValue.string(index == words.count - 1 ? word : word + " ")
                    let choice: JSONValue =
                        endpoint == .chatCompletions
                        ? ["index": 0, "delta": index == 0 ? ["role": "assistant", "content": text] : ["content": text], "finish_reason": nil]
                        : ["index": 0, "text": text, "finish_reason": nil]
                    continuation.yield(chunk(["choices": [choice]]))
                    try? await Task.sleep(for: delay)
                }
                let last: JSONValue =
                    endpoint == .chatCompletions
                    ? ["index": 0, "delta": [:], "finish_reason": "stop"] : ["index": 0, "text": "", "finish_reason": "stop"]
                continuation.yield(chunk(["choices": [last]]))
                if let usage {
                    continuation.yield(chunk(["choices": [], "usage": usage]))
                }
                continuation.yield(ByteBuffer(string: "data: [DONE]\n\n"))
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
        return .eventStream(events)
    }

    private static func lastInput(of request: JSONValue, endpoint: LLMEndpoint) -> String {
        if endpoint == .completions {
            return request["prompt"]?.stringValue ?? request["prompt"]?.arrayValue?.last.map(text) ?? ""
        }
        let messages = request["messages"]?.arrayValue ?? []
        let user = messages.last { $0["role"]?.stringValue == "user" } ?? messages.last
        if let content = user?["content"]?.stringValue { return content }
        return (user?["content"]?.arrayValue ?? []).compactMap { $0["text"]?.stringValue }.joined(separator: " ")
    }

    /// A value as the text it stands for: a string as it is, anything else as its JSON.
    private static func text(_ value: JSONValue) -> String {
        value.stringValue ?? String(decoding: value.encoded(), as: UTF8.self)
    }

    private static func words(in text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    private static func vector(for text: String) -> [Double] {
        let digest = Array(VirtualKey.digest(of: text).utf8.prefix(8))
        return digest.map { Double($0 % 16) / 15.0 }
    }

    private static func event(_ object: JSONValue) -> ByteBuffer {
        var buffer = ByteBuffer(string: "data: ")
        buffer.writeBytes(object.encoded())
        buffer.writeString("\n\n")
        return buffer
    }

    private static func json(_ object: JSONValue) -> UpstreamReply {
        .json(status: 200, object.encoded())
    }
}
