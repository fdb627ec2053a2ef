import Foundation

/// Where and why some bytes are not JSON, for a 400 that helps the client find the mistake.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The byte offset at which the text stopped being JSON.
    public let offset: Int
    public let reason: String

    public var description: String { "\(reason) at byte \(offset)" }
}

/// Reads JSON text strictly as RFC 8259 defines it, without building any value.
///
/// Every body the gateway acts on or forwards passes through here first: Foundation's decoder accepts trailing
/// commas, and a scanner that only skipped nested values would forward `tru`, `NaN` or invalid UTF-8 upstream.
/// Strings must be valid UTF-8 with valid escapes and paired surrogates; numbers follow the JSON grammar; nesting
/// is bounded (iteratively, so a deep body cannot exhaust the stack).
struct JSONSyntaxCursor: ~Copyable {
    /// Deeper nesting is refused, as Foundation's decoder refuses it.
    static let maximumDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether `NaN`, `Infinity` and `-Infinity` pass as numbers: never in what clients send, but Python upstreams
    /// (`json.dumps` allows them) put them in logprobs, and a response must still be read for its usage.
    let allowsNonFiniteNumbers: Bool
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, allowsNonFiniteNumbers: Bool = false) {
        self.bytes = bytes
        self.allowsNonFiniteNumbers = allowsNonFiniteNumbers
    }

    var atEnd: Bool { index >= bytes.count }

    func failure(_ reason: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: index, reason: reason)
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Checks that nothing but whitespace follows.
    mutating func expectEnd() throws(JSONSyntaxError) {
        skipWhitespace()
        guard atEnd else { throw failure("unexpected text after the JSON value") }
    }

    /// Skips one object member's name and its colon, answering the name's content range (quotes excluded).
    mutating func memberName() throws(JSONSyntaxError) -> Range<Int> {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw failure(atEnd ? "unexpected end of input, expected a member name" : "expected a member name in double quotes")
        }
        let name = try string()
        skipWhitespace()
        guard take(UInt8(ascii: ":")) else { throw failure("expected ':' after a member name") }
        return name
    }

    /// Skips one value of any type, nested containers included.
    mutating func value() throws(JSONSyntaxError) {
        var open: [UInt8] = []
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw failure("unexpected end of input, expected a value") }
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let opener = bytes[index]
                index += 1
                skipWhitespace()
                if !take(Self.closer(of: opener)) {
                    guard open.count < Self.maximumDepth else { throw failure("nesting deeper than \(Self.maximumDepth) levels") }
                    open.append(opener)
                    if opener == UInt8(ascii: "{") { _ = try memberName() }
                    continue
                }
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "N") where allowsNonFiniteNumbers: try literal("NaN")
            case UInt8(ascii: "I") where allowsNonFiniteNumbers: try literal("Infinity")
            case UInt8(ascii: "-") where allowsNonFiniteNumbers && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "I"):
                index += 1
                try literal("Infinity")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw failure("expected a value")
            }
            // A value ended: close every container it completes, or move on to the container's next element.
            while let innermost = open.last {
                skipWhitespace()
                if take(UInt8(ascii: ",")) {
                    try rejectTrailingComma()
                    if innermost == UInt8(ascii: "{") { _ = try memberName() }
                    break
                }
                let closer = Self.closer(of: innermost)
                guard take(closer) else {
                    throw failure(atEnd ? "unexpected end of input" : "expected ',' or '\(Character(Unicode.Scalar(closer)))'")
                }
                open.removeLast()
            }
            if open.isEmpty { return }
        }
    }

    private static func closer(of opener: UInt8) -> UInt8 {
        opener == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
    }

    mutating func rejectTrailingComma() throws(JSONSyntaxError) {
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") || bytes[index] == UInt8(ascii: "]") {
            throw failure("trailing comma")
        }
    }

    /// Skips a string, answering the range of its content (quotes excluded).
    mutating func string() throws(JSONSyntaxError) -> Range<Int> {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return start..<(index - 1)
            } else if byte == UInt8(ascii: "\\") {
                try escape()
            } else if byte < 0x20 {
                throw failure("control character in a string (escape it)")
            } else if byte < 0x80 {
                index += 1
            } else {
                try multiByteCharacter()
            }
        }
        throw failure("unterminated string")
    }

    private mutating func escape() throws(JSONSyntaxError) {
        index += 1
        guard index < bytes.count else { throw failure("unterminated string") }
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 1
        case UInt8(ascii: "u"):
            let unit = try hexEscape()
            switch unit {
            case 0xD800...0xDBFF:
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw failure("unpaired surrogate in a \\u escape")
                }
                index += 1
                guard (0xDC00...0xDFFF).contains(try hexEscape()) else { throw failure("unpaired surrogate in a \\u escape") }
            case 0xDC00...0xDFFF:
                throw failure("unpaired surrogate in a \\u escape")
            default: break
            }
        default:
            throw failure("invalid escape in a string")
        }
    }

    /// Reads `uXXXX` (the cursor on the `u`) and answers the code unit.
    private mutating func hexEscape() throws(JSONSyntaxError) -> UInt32 {
        index += 1
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw failure("unterminated \\u escape") }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape")
            }
            unit = unit << 4 | UInt32(digit)
            index += 1
        }
        return unit
    }

    /// Checks one UTF-8 sequence of two to four bytes: no overlong forms, no surrogates, nothing past U+10FFFF.
    private mutating func multiByteCharacter() throws(JSONSyntaxError) {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        default: throw failure("invalid UTF-8")
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { throw failure("invalid UTF-8") }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
            throw failure("invalid UTF-8")
        }
        index += length
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw failure("invalid literal (expected \(word))") }
        let matches = word.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
        }
        guard matches else { throw failure("invalid literal (expected \(word))") }
        index += count
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func number() throws(JSONSyntaxError) {
        _ = take(UInt8(ascii: "-"))
        if take(UInt8(ascii: "0")) {
            if digits() > 0 { throw failure("invalid number (leading zero)") }
        } else if digits() == 0 {
            throw failure("invalid number")
        }
        if take(UInt8(ascii: ".")), digits() == 0 { throw failure("invalid number (no digit after '.')") }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            if digits() == 0 { throw failure("invalid number (no digit in the exponent)") }
        }
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }
}

/// Strict validation of whole JSON texts.
public enum JSONSyntax {
    /// Checks that `bytes` are exactly one JSON value (whitespace around it allowed).
    public static func validate(_ bytes: some ContiguousBytes) throws(JSONSyntaxError) {
        let result: Result<Void, JSONSyntaxError> = bytes.withUnsafeBytes { raw in
            var cursor = JSONSyntaxCursor(raw.bindMemory(to: UInt8.self))
            do throws(JSONSyntaxError) {
                try cursor.value()
                try cursor.expectEnd()
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }
}
