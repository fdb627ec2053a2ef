import Foundation
import GatewayModel

/// Turns Anthropic Messages API answers into OpenAI's shapes: a message into a `chat.completion`, an error into
/// `{"error": {"message", "type", "param", "code"}}` with the upstream's own message.
enum AnthropicResponse {
    /// OpenAI's `finish_reason` for an Anthropic `stop_reason`.
    static func finishReason(_ stopReason: String?) -> JSONValue {
        switch stopReason {
        case nil: .null
        case "max_tokens": .string("length")
        case "tool_use": .string("tool_calls")
        case "refusal": .string("content_filter")
        default: .string("stop")
        }
    }

    /// OpenAI's usage object for Anthropic's (cache reads and writes count as prompt tokens).
    static func usage(_ usage: JSONValue?) -> JSONValue {
        let prompt =
            (usage?["input_tokens"]?.tokenCount ?? 0) + (usage?["cache_creation_input_tokens"]?.tokenCount ?? 0)
            + (usage?["cache_read_input_tokens"]?.tokenCount ?? 0)
        let completion = usage?["output_tokens"]?.tokenCount ?? 0
        return .object([
            "prompt_tokens": .int(prompt), "completion_tokens": .int(completion), "total_tokens": .int(prompt + completion),
        ])
    }

    /// A `chat.completion` for a Messages API response body; nil when the body is not a message.
    static func completion(from body: [UInt8], created: Int = Int(Date().timeIntervalSince1970)) -> [UInt8]? {
        guard let message = JSONValue.decode(body), message["type"]?.stringValue == "message" else { return nil }
        var texts: [String] = []
        var toolCalls: [JSONValue] = []
        for block in message["content"]?.arrayValue ?? [] {
            switch block["type"]?.stringValue {
            case "text":
                texts.append(block["text"]?.stringValue ?? "")
            case "tool_use":
                toolCalls.append(
                    .object([
                        "id": block["id"] ?? .string(""),
                        "type": .string("function"),
                        "function": .object([
                            "name": block["name"] ?? .string(""),
                            "arguments": .string(String(decoding: (block["input"] ?? .object([:])).encoded(), as: UTF8.self)),
                        ]),
                    ])
                )
            default:
                continue
            }
        }
        var reply: [String: JSONValue] = ["role": .string("assistant"), "content": texts.isEmpty ? .null : .string(texts.joined())]
        if !toolCalls.isEmpty { reply["tool_calls"] = .array(toolCalls) }
        return JSONValue.object([
            "id": message["id"] ?? .string(""),
            "object": .string("chat.completion"),
            "created": .int(created),
            "model": message["model"] ?? .string(""),
            "choices": .array([
                .object([
                    "index": .int(0), "message": .object(reply), "finish_reason": finishReason(message["stop_reason"]?.stringValue),
                ])
            ]),
            "usage": usage(message["usage"]),
        ]).encoded()
    }

    /// OpenAI's error body for an Anthropic error answer of `status`, keeping the upstream's message.
    static func error(from body: [UInt8], status: Int) -> [UInt8] {
        let upstream = JSONValue.decode(body)
        let message =
            upstream?["error"]?["message"]?.stringValue
            ?? String(decoding: body.prefix(500), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let type = upstream?["error"]?["type"]?.stringValue ?? (status >= 500 ? "api_error" : "invalid_request_error")
        return JSONValue.object([
            "error": .object([
                "message": .string(message.isEmpty ? "Anthropic answered \(status)." : message),
                "type": .string(type),
                "param": .null,
                "code": .string(String(status)),
            ])
        ]).encoded()
    }
}
