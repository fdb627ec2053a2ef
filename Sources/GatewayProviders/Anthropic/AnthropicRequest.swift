import GatewayModel

/// Turns an OpenAI chat-completions body into an Anthropic Messages API body.
///
/// System and developer messages become the top-level `system`; tool calls become `tool_use` blocks and tool
/// answers `tool_result` blocks in a user turn; consecutive turns of one role are merged, as the Messages API
/// requires them to alternate; `max_tokens` defaults to 4096.
enum AnthropicRequest {
    static let defaultMaxTokens = 4096

    /// Why a body cannot be translated: the client's mistake, answered with 400.
    struct Invalid: Error, Sendable {
        let message: String
        let param: String?
    }

    static func translate(_ body: [UInt8], upstreamModel: String, stream: Bool) throws(Invalid) -> [UInt8] {
        guard let request = JSONValue.decode(body)?.objectValue else { throw Invalid(message: "The body is not a JSON object.", param: nil) }
        guard let messages = request["messages"]?.arrayValue else { throw Invalid(message: "'messages' must be a list.", param: "messages") }
        var system: [String] = []
        var turns: [(role: String, blocks: [JSONValue])] = []
        for (index, message) in messages.enumerated() {
            let role = message["role"]?.stringValue ?? ""
            switch role {
            case "system", "developer":
                system.append(text(of: message["content"]))
            case "user":
                append(&turns, "user", try blocks(of: message["content"], at: index))
            case "assistant":
                var content = try blocks(of: message["content"], at: index)
                for call in message["tool_calls"]?.arrayValue ?? [] {
                    content.append(try toolUse(call, at: index))
                }
                append(&turns, "assistant", content)
            case "tool", "function":
                let result: [String: JSONValue] = [
                    "type": .string("tool_result"),
                    "tool_use_id": message["tool_call_id"] ?? message["name"] ?? .string(""),
                    "content": .string(text(of: message["content"])),
                ]
                append(&turns, "user", [.object(result)])
            default:
                throw Invalid(message: "messages[\(index)].role '\(role)' is not one of system, user, assistant, tool.", param: "messages")
            }
        }
        var out: [String: JSONValue] = [
            "model": .string(upstreamModel),
            "messages": .array(turns.map { .object(["role": .string($0.role), "content": .array($0.blocks)]) }),
            "max_tokens": request["max_tokens"] ?? request["max_completion_tokens"] ?? .int(defaultMaxTokens),
        ]
        if !system.isEmpty { out["system"] = .string(system.joined(separator: "\n\n")) }
        if stream { out["stream"] = .bool(true) }
        for name in ["temperature", "top_p", "top_k"] {
            if let value = request[name], value != .null { out[name] = value }
        }
        switch request["stop"] {
        case .string(let stop)?: out["stop_sequences"] = .array([.string(stop)])
        case .array(let stops)?: out["stop_sequences"] = .array(stops)
        default: break
        }
        if let user = request["user"]?.stringValue { out["metadata"] = .object(["user_id": .string(user)]) }
        if let tools = request["tools"]?.arrayValue {
            out["tools"] = .array(try tools.map(tool))
        }
        if let choice = request["tool_choice"] { out["tool_choice"] = try toolChoice(choice) }
        return JSONValue.object(out).encoded()
    }

    /// The text of a content value (a string, or the text parts of a list).
    static func text(of content: JSONValue?) -> String {
        switch content {
        case .string(let text)?: return text
        case .array(let parts)?: return parts.compactMap { $0["text"]?.stringValue }.joined(separator: "\n")
        default: return ""
        }
    }

    private static func append(_ turns: inout [(role: String, blocks: [JSONValue])], _ role: String, _ blocks: [JSONValue]) {
        guard !blocks.isEmpty else { return }
        if let last = turns.last, last.role == role {
            turns[turns.count - 1].blocks += blocks
        } else {
            turns.append((role, blocks))
        }
    }

    private static func blocks(of content: JSONValue?, at index: Int) throws(Invalid) -> [JSONValue] {
        switch content {
        case .none, .null?:
            return []
        case .string(let text)?:
            return text.isEmpty ? [] : [.object(["type": .string("text"), "text": .string(text)])]
        case .array(let parts)?:
            var blocks: [JSONValue] = []
            for part in parts {
                switch part["type"]?.stringValue {
                case "text":
                    blocks.append(.object(["type": .string("text"), "text": part["text"] ?? .string("")]))
                case "image_url":
                    blocks.append(try image(part["image_url"], at: index))
                default:
                    throw Invalid(message: "messages[\(index)].content has a part of a type Anthropic cannot take.", param: "messages")
                }
            }
            return blocks
        default:
            throw Invalid(message: "messages[\(index)].content must be a string or a list of parts.", param: "messages")
        }
    }

    private static func image(_ value: JSONValue?, at index: Int) throws(Invalid) -> JSONValue {
        let url = value?["url"]?.stringValue ?? value?.stringValue ?? ""
        if url.hasPrefix("data:"), let comma = url.firstIndex(of: ","), url[..<comma].hasSuffix(";base64") {
            let mediaType = url[url.index(url.startIndex, offsetBy: 5)..<comma].dropLast(";base64".count)
            return .object([
                "type": .string("image"),
                "source": .object([
                    "type": .string("base64"), "media_type": .string(String(mediaType)), "data": .string(String(url[url.index(after: comma)...])),
                ]),
            ])
        }
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
            throw Invalid(message: "messages[\(index)] has an image_url that is neither a data: nor an http(s) URL.", param: "messages")
        }
        return .object(["type": .string("image"), "source": .object(["type": .string("url"), "url": .string(url)])])
    }

    private static func toolUse(_ call: JSONValue, at index: Int) throws(Invalid) -> JSONValue {
        guard let name = call["function"]?["name"]?.stringValue else {
            throw Invalid(message: "messages[\(index)].tool_calls entries need function.name.", param: "messages")
        }
        let arguments = call["function"]?["arguments"]?.stringValue ?? "{}"
        guard let input = JSONValue.decode(Array(arguments.utf8)), case .object = input else {
            throw Invalid(message: "messages[\(index)].tool_calls function.arguments must be a JSON object.", param: "messages")
        }
        return .object(["type": .string("tool_use"), "id": call["id"] ?? .string(""), "name": .string(name), "input": input])
    }

    private static func tool(_ value: JSONValue) throws(Invalid) -> JSONValue {
        guard let function = value["function"], let name = function["name"]?.stringValue else {
            throw Invalid(message: "tools entries must be {\"type\": \"function\", \"function\": {\"name\": …}}.", param: "tools")
        }
        var tool: [String: JSONValue] = [
            "name": .string(name),
            "input_schema": function["parameters"] ?? .object(["type": .string("object"), "properties": .object([:])]),
        ]
        if let description = function["description"] { tool["description"] = description }
        return .object(tool)
    }

    private static func toolChoice(_ value: JSONValue) throws(Invalid) -> JSONValue {
        switch value {
        case .string("auto"): return .object(["type": .string("auto")])
        case .string("required"): return .object(["type": .string("any")])
        case .string("none"): return .object(["type": .string("none")])
        default:
            guard let name = value["function"]?["name"]?.stringValue else {
                throw Invalid(message: "tool_choice must be auto, required, none or {\"type\": \"function\", …}.", param: "tool_choice")
            }
            return .object(["type": .string("tool"), "name": .string(name)])
        }
    }
}
