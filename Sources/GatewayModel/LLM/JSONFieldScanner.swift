/// Finds the top-level fields of a JSON object without decoding it, so the proxy can read and replace
/// `model` (and add `stream_options`) while forwarding every other byte of a request body unchanged.
public struct JSONFieldScanner {
    /// One top-level field: its name and the byte range of its raw value.
    public struct Field: Sendable, Equatable {
        public let name: String
        public let value: Range<Int>
    }

    /// Scans `bytes`; nil when they are not one JSON object. `allowingNonFiniteNumbers` is for reading what an
    /// upstream answered, which may carry Python's `NaN` and `Infinity`; what clients send is held to strict JSON.
    public static func fields(of bytes: [UInt8], allowingNonFiniteNumbers: Bool = false) -> [Field]? {
        try? parseFields(of: bytes, allowingNonFiniteNumbers: allowingNonFiniteNumbers)
    }

    /// Scans `bytes`, validating every nested value as it skips it, so a body is read once and forwarded only when it
    /// is exactly one well-formed JSON object; the error says where it is not.
    public static func parseFields(of bytes: [UInt8], allowingNonFiniteNumbers: Bool = false) throws(JSONSyntaxError) -> [Field] {
        let result: Result<[Field], JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var cursor = JSONSyntaxCursor(buffer, allowsNonFiniteNumbers: allowingNonFiniteNumbers)
            do throws(JSONSyntaxError) {
                return .success(try topLevelFields(&cursor, bytes: bytes))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func topLevelFields(_ cursor: inout JSONSyntaxCursor, bytes: [UInt8]) throws(JSONSyntaxError) -> [Field] {
        cursor.skipWhitespace()
        guard cursor.take(UInt8(ascii: "{")) else { throw cursor.failure("expected a JSON object") }
        var fields: [Field] = []
        cursor.skipWhitespace()
        if cursor.take(UInt8(ascii: "}")) {
            try cursor.expectEnd()
            return fields
        }
        while true {
            let nameRange = try cursor.memberName()
            cursor.skipWhitespace()
            let start = cursor.index
            try cursor.value()
            fields.append(Field(name: decodeString(bytes[nameRange]) ?? "", value: start..<cursor.index))
            cursor.skipWhitespace()
            if cursor.take(UInt8(ascii: ",")) {
                try cursor.rejectTrailingComma()
                continue
            }
            guard cursor.take(UInt8(ascii: "}")) else { throw cursor.failure(cursor.atEnd ? "unexpected end of input" : "expected ',' or '}'") }
            try cursor.expectEnd()
            return fields
        }
    }

    /// The text of a raw JSON string value (quotes included in `raw`), or nil when `raw` is not a string.
    public static func stringValue(_ raw: ArraySlice<UInt8>) -> String? {
        guard raw.count >= 2, raw.first == UInt8(ascii: "\""), raw.last == UInt8(ascii: "\"") else { return nil }
        return decodeString(raw.dropFirst().dropLast())
    }

    /// A JSON string literal for `text`, quotes included.
    public static func encodeString(_ text: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += Array("\\\"".utf8)
            case "\\": out += Array("\\\\".utf8)
            case "\n": out += Array("\\n".utf8)
            case "\r": out += Array("\\r".utf8)
            case "\t": out += Array("\\t".utf8)
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    out += Array(String(scalar).utf8)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }

    /// Decodes the content of a validated JSON string (quotes excluded).
    private static func decodeString(_ content: ArraySlice<UInt8>) -> String? {
        if !content.contains(UInt8(ascii: "\\")) {
            return String(validating: content, as: UTF8.self)
        }
        var text = ""
        var index = content.startIndex
        var pending: [UInt8] = []
        func hexUnit(at start: Int) -> UInt32? {
            guard start + 4 <= content.endIndex else { return nil }
            return UInt32(String(decoding: content[start..<start + 4], as: UTF8.self), radix: 16)
        }
        while index < content.endIndex {
            let byte = content[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < content.endIndex else {
                pending.append(byte)
                index += 1
                continue
            }
            text += String(decoding: pending, as: UTF8.self)
            pending.removeAll()
            let escaped = content[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "n"): text += "\n"
            case UInt8(ascii: "t"): text += "\t"
            case UInt8(ascii: "r"): text += "\r"
            case UInt8(ascii: "b"): text += "\u{08}"
            case UInt8(ascii: "f"): text += "\u{0C}"
            case UInt8(ascii: "u"):
                guard var unit = hexUnit(at: index) else { return nil }
                index += 4
                if (0xD800...0xDBFF).contains(unit) {
                    guard index + 6 <= content.endIndex, content[index] == UInt8(ascii: "\\"), let low = hexUnit(at: index + 2),
                        (0xDC00...0xDFFF).contains(low)
                    else { return nil }
                    index += 6
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(unit) else { return nil }
                text.unicodeScalars.append(scalar)
            default: text.unicodeScalars.append(Unicode.Scalar(escaped))
            }
        }
        text += String(decoding: pending, as: UTF8.self)
        return text
    }
}
