/// The OpenAI-format endpoints the data plane proxies.
public enum LLMEndpoint: String, Sendable, CaseIterable {
    case chatCompletions = "/chat/completions"
    case completions = "/completions"
    case embeddings = "/embeddings"

    /// The field that must carry the input, and the JSON type it must have.
    var inputField: (name: String, opener: [UInt8]) {
        switch self {
        case .chatCompletions: ("messages", [UInt8(ascii: "[")])
        case .completions: ("prompt", [UInt8(ascii: "\""), UInt8(ascii: "[")])
        case .embeddings: ("input", [UInt8(ascii: "\""), UInt8(ascii: "[")])
        }
    }

    /// The `call_type` spend logs record, as LiteLLM names it.
    public var callType: String {
        switch self {
        case .chatCompletions: "acompletion"
        case .completions: "atext_completion"
        case .embeddings: "aembedding"
        }
    }

    /// Whether the endpoint can stream.
    public var streams: Bool { self != .embeddings }
}

/// An LLM request body as the proxy needs it: the few fields it reads, checked, and the original bytes
/// to forward with only `model` (and, for streams, `stream_options`) replaced.
public struct LLMRequestBody: Sendable {
    public let bytes: [UInt8]
    public let model: String
    public let stream: Bool
    /// Whether the client itself asked for the usage chunk at the end of a stream.
    public let clientWantsUsage: Bool
    private let fields: [JSONFieldScanner.Field]

    /// Reads and checks `bytes` for `endpoint`; a 400 naming the field when something required is missing or mistyped.
    public init(bytes: [UInt8], endpoint: LLMEndpoint) throws(GatewayError) {
        guard !bytes.isEmpty else { throw .badRequest("Request body is empty; send a JSON object.") }
        let fields: [JSONFieldScanner.Field]
        do {
            fields = try JSONFieldScanner.parseFields(of: bytes)
        } catch {
            throw .badRequest("Malformed JSON in request body: \(error).")
        }
        func raw(_ name: String) -> ArraySlice<UInt8>? {
            fields.last { $0.name == name }.map { bytes[$0.value] }
        }
        guard let modelRaw = raw("model") else { throw .badRequest("Missing required field 'model'.", param: "model") }
        guard let model = JSONFieldScanner.stringValue(modelRaw), !model.isEmpty else {
            throw .badRequest("Field 'model' must be a non-empty string.", param: "model")
        }
        let input = endpoint.inputField
        guard let inputRaw = raw(input.name) else {
            throw .badRequest("Missing required field '\(input.name)'.", param: input.name)
        }
        guard let first = inputRaw.first, input.opener.contains(first) else {
            let expected = endpoint == .chatCompletions ? "an array of messages" : "a string or an array"
            throw .badRequest("Field '\(input.name)' has the wrong type: expected \(expected).", param: input.name)
        }
        var stream = false
        if let streamRaw = raw("stream") {
            switch String(decoding: streamRaw, as: UTF8.self) {
            case "true": stream = true
            case "false", "null": stream = false
            default: throw .badRequest("Field 'stream' has the wrong type: expected true or false.", param: "stream")
            }
        }
        if stream && !endpoint.streams {
            throw .badRequest("Field 'stream' is not supported on \(endpoint.rawValue).", param: "stream")
        }
        var wantsUsage = false
        if let optionsRaw = raw("stream_options"), optionsRaw.first == UInt8(ascii: "{") {
            let options = Array(optionsRaw)
            if let includeUsage = JSONFieldScanner.fields(of: options)?.last(where: { $0.name == "include_usage" }) {
                wantsUsage = options[includeUsage.value].elementsEqual("true".utf8)
            }
        }
        self.bytes = bytes
        self.model = model
        self.stream = stream
        self.clientWantsUsage = wantsUsage
        self.fields = fields
    }

    /// The body to send upstream: `model` replaced by `upstreamModel`; for a stream, usage requested at its end.
    /// When nothing changes, the original bytes are returned as they are.
    public func forwarded(upstreamModel: String) -> [UInt8] {
        var edits: [(range: Range<Int>, replacement: [UInt8])] = []
        if upstreamModel != model, let field = fields.last(where: { $0.name == "model" }) {
            edits.append((field.value, JSONFieldScanner.encodeString(upstreamModel)))
        }
        if stream && !clientWantsUsage {
            if let field = fields.last(where: { $0.name == "stream_options" }) {
                edits.append((field.value, Array(#"{"include_usage":true}"#.utf8)))
            } else if let closing = bytes.lastIndex(of: UInt8(ascii: "}")) {
                edits.append((closing..<closing, Array(#","stream_options":{"include_usage":true}"#.utf8)))
            }
        }
        guard !edits.isEmpty else { return bytes }
        var result = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: edit.replacement)
        }
        return result
    }
}
