import Foundation
import GatewayModel
import NIOCore

/// Turns Anthropic's streaming events (`message_start`, `content_block_start`, `content_block_delta`,
/// `message_delta`, `message_stop`, `error`) into OpenAI `chat.completion.chunk` events, ending with a usage chunk
/// (no choices) and `data: [DONE]`.
///
/// Text deltas become `delta.content`; a `tool_use` block becomes a `delta.tool_calls` entry (id and name first,
/// then its argument JSON piece by piece), numbered from 0 in the order the blocks open.
struct AnthropicStreamTranslator: Sendable {
    private var id = ""
    private var model = ""
    private let created: Int
    private var inputTokens = 0
    private var outputTokens = 0
    private var toolIndexByBlock: [Int: Int] = [:]
    private var finished = false

    init(created: Int = Int(Date().timeIntervalSince1970)) {
        self.created = created
    }

    /// The OpenAI events for one Anthropic event (its `data:` payload), as SSE bytes; often none.
    mutating func translate(_ data: [UInt8]) -> [UInt8] {
        guard let event = JSONValue.decode(data) else { return [] }
        switch event["type"]?.stringValue {
        case "message_start":
            id = event["message"]?["id"]?.stringValue ?? ""
            model = event["message"]?["model"]?.stringValue ?? ""
            let usage = event["message"]?["usage"]
            inputTokens =
                (usage?["input_tokens"]?.tokenCount ?? 0) + (usage?["cache_creation_input_tokens"]?.tokenCount ?? 0)
                + (usage?["cache_read_input_tokens"]?.tokenCount ?? 0)
            outputTokens = usage?["output_tokens"]?.tokenCount ?? 0
            return chunk(delta: ["role": .string("assistant"), "content": .string("")])
        case "content_block_start":
            guard let block = event["content_block"], block["type"]?.stringValue == "tool_use" else { return [] }
            let index = toolIndexByBlock.count
            toolIndexByBlock[event["index"]?.intValue ?? index] = index
            let call: JSONValue = .object([
                "index": .int(index),
                "id": block["id"] ?? .string(""),
                "type": .string("function"),
                "function": .object(["name": block["name"] ?? .string(""), "arguments": .string("")]),
            ])
            return chunk(delta: ["tool_calls": .array([call])])
        case "content_block_delta":
            let delta = event["delta"]
            switch delta?["type"]?.stringValue {
            case "text_delta":
                return chunk(delta: ["content": delta?["text"] ?? .string("")])
            case "input_json_delta":
                guard let index = toolIndexByBlock[event["index"]?.intValue ?? -1] else { return [] }
                let call: JSONValue = .object([
                    "index": .int(index), "function": .object(["arguments": delta?["partial_json"] ?? .string("")]),
                ])
                return chunk(delta: ["tool_calls": .array([call])])
            default:
                return []
            }
        case "message_delta":
            if let output = event["usage"]?["output_tokens"]?.tokenCount { outputTokens = output }
            return chunk(delta: [:], finishReason: AnthropicResponse.finishReason(event["delta"]?["stop_reason"]?.stringValue))
        case "message_stop":
            return finish()
        case "error":
            finished = true
            let error = event["error"]
            let body: JSONValue = .object([
                "error": .object([
                    "message": error?["message"] ?? .string("Anthropic reported an error mid-stream."),
                    "type": error?["type"] ?? .string("api_error"),
                    "param": .null,
                    "code": .null,
                ])
            ])
            return Self.event(body.encoded())
        default:
            return []
        }
    }

    /// What to send if the upstream stream ended without `message_stop`: nothing after an error, else the close.
    mutating func end() -> [UInt8] {
        finished ? [] : finish()
    }

    private mutating func finish() -> [UInt8] {
        finished = true
        var usageChunk = base()
        usageChunk["choices"] = .array([])
        usageChunk["usage"] = .object([
            "prompt_tokens": .int(inputTokens), "completion_tokens": .int(outputTokens), "total_tokens": .int(inputTokens + outputTokens),
        ])
        return Self.event(JSONValue.object(usageChunk).encoded()) + Array("data: [DONE]\n\n".utf8)
    }

    private func chunk(delta: [String: JSONValue], finishReason: JSONValue = .null) -> [UInt8] {
        var chunk = base()
        chunk["choices"] = .array([.object(["index": .int(0), "delta": .object(delta), "finish_reason": finishReason])])
        return Self.event(JSONValue.object(chunk).encoded())
    }

    private func base() -> [String: JSONValue] {
        ["id": .string(id), "object": .string("chat.completion.chunk"), "created": .int(created), "model": .string(model)]
    }

    private static func event(_ json: [UInt8]) -> [UInt8] {
        Array("data: ".utf8) + json + [0x0A, 0x0A]
    }
}

/// An Anthropic event stream read as OpenAI chunks, for the data plane to relay like any other stream.
struct AnthropicChunkStream<Upstream: AsyncSequence & Sendable>: AsyncSequence, Sendable where Upstream.Element == ByteBuffer {
    typealias Element = ByteBuffer
    let upstream: Upstream

    struct AsyncIterator: AsyncIteratorProtocol {
        var source: Upstream.AsyncIterator
        var splitter = SSEEventSplitter()
        var translator = AnthropicStreamTranslator()
        var done = false

        mutating func next() async throws -> ByteBuffer? {
            while !done {
                guard let chunk = try await source.next() else {
                    done = true
                    let tail = translator.end()
                    return tail.isEmpty ? nil : ByteBuffer(bytes: tail)
                }
                var out: [UInt8] = []
                for event in splitter.append(chunk.readableBytesView) {
                    out += translator.translate(SSEEvent(bytes: event).data)
                }
                if !out.isEmpty { return ByteBuffer(bytes: out) }
            }
            return nil
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(source: upstream.makeAsyncIterator())
    }
}
