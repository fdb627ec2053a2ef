import Foundation
import GatewayModel

/// Reads the `usage` object out of an OpenAI-format JSON body or stream chunk.
public enum UsageExtractor {
    /// The usage in a complete JSON object, nil when it reports none.
    public static func usage(inJSON bytes: [UInt8]) -> Usage? {
        guard let fields = JSONFieldScanner.fields(of: bytes, allowingNonFiniteNumbers: true), let field = fields.last(where: { $0.name == "usage" }),
            bytes[field.value].first == UInt8(ascii: "{"), case .object(let usage)? = JSONValue.decode(bytes[field.value])
        else { return nil }
        let prompt = usage["prompt_tokens"]?.tokenCount
        let completion = usage["completion_tokens"]?.tokenCount
        guard prompt != nil || completion != nil else { return nil }
        return Usage(promptTokens: prompt, completionTokens: completion)
    }
}

/// Splits a Server-Sent Events byte stream into whole events (each ending in a blank line), however the
/// network cut it, so the data plane can look at events while forwarding their bytes unchanged.
public struct SSEEventSplitter: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    /// Adds bytes; answers the events they complete, terminators included.
    public mutating func append(_ bytes: some Collection<UInt8>) -> [[UInt8]] {
        pending.append(contentsOf: bytes)
        var events: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + 1 < pending.count {
            if pending[index] == 0x0A && pending[index + 1] == 0x0A {
                events.append(Array(pending[start...(index + 1)]))
                index += 2
                start = index
            } else if index + 3 < pending.count, pending[index] == 0x0D, pending[index + 1] == 0x0A, pending[index + 2] == 0x0D,
                pending[index + 3] == 0x0A
            {
                events.append(Array(pending[start...(index + 3)]))
                index += 4
                start = index
            } else {
                index += 1
            }
        }
        if start > 0 {
            pending.removeFirst(start)
        }
        return events
    }

    /// Whatever is left after the stream ended (an event with no closing blank line).
    public mutating func remainder() -> [UInt8] {
        defer { pending.removeAll() }
        return pending
    }
}

/// What the data plane learns from one SSE event.
public struct SSEEvent: Sendable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The event's `data:` payload, lines joined.
    public var data: [UInt8] {
        var payload: [UInt8] = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            var line = line
            if line.last == 0x0D { line = line.dropLast() }
            guard line.starts(with: Array("data:".utf8)) else { continue }
            var value = line.dropFirst(5)
            if value.first == 0x20 { value = value.dropFirst() }
            if !payload.isEmpty { payload.append(0x0A) }
            payload.append(contentsOf: value)
        }
        return payload
    }

    public var isDone: Bool { data == Array("[DONE]".utf8) }

    /// Usage, when the event carries it (cheap check for the word first).
    public var usage: Usage? {
        guard bytes.containsSubsequence(Array("\"usage\"".utf8)) else { return nil }
        return UsageExtractor.usage(inJSON: data)
    }

    /// Whether this chunk has no choices: for an event that carries usage, the usage-only chunk a stream ends with
    /// when usage was requested. (The caller has already read `usage`, so it is not parsed again here.)
    public var isUsageOnly: Bool {
        let payload = data
        guard let fields = JSONFieldScanner.fields(of: payload, allowingNonFiniteNumbers: true),
            let choices = fields.last(where: { $0.name == "choices" })
        else {
            return true
        }
        let raw = payload[choices.value].filter { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }
        return raw == Array("[]".utf8)
    }
}

extension Array where Element == UInt8 {
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return false }
        let first = needle[0]
        var index = 0
        while index <= count - needle.count {
            if self[index] == first && self[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
