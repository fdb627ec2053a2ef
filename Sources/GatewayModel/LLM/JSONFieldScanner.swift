/// Finds the top-level fields of a JSON object without decoding it, so the proxy can read and replace
/// `model` (and add `stream_options`) while forwarding every other byte of a request body unchanged.
public struct JSONFieldScanner {
    /// One top-level field: its name and the byte range of its raw value.
    public struct Field: Sendable, Equatable {
        public let name: String
        public let value: Range<Int>
    }

    /// Scans `bytes`; nil when they are not one JSON object (the caller answers 400).
    public static func fields(of bytes: [UInt8]) -> [Field]? {
        var scanner = Cursor(bytes: bytes)
        scanner.skipWhitespace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        var fields: [Field] = []
        scanner.skipWhitespace()
        if scanner.take(UInt8(ascii: "}")) {
            scanner.skipWhitespace()
            return scanner.atEnd ? [] : nil
        }
        while true {
            scanner.skipWhitespace()
            guard let nameRange = scanner.string() else { return nil }
            scanner.skipWhitespace()
            guard scanner.take(UInt8(ascii: ":")) else { return nil }
            scanner.skipWhitespace()
            let start = scanner.index
            guard scanner.value() else { return nil }
            let name = JSONFieldScanner.decodeString(bytes[nameRange]) ?? ""
            fields.append(Field(name: name, value: start..<scanner.index))
            scanner.skipWhitespace()
            if scanner.take(UInt8(ascii: ",")) { continue }
            guard scanner.take(UInt8(ascii: "}")) else { return nil }
            scanner.skipWhitespace()
            return scanner.atEnd ? fields : nil
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

    private static func decodeString(_ content: ArraySlice<UInt8>) -> String? {
        if !content.contains(UInt8(ascii: "\\")) {
            return String(decoding: content, as: UTF8.self)
        }
        var text = ""
        var iterator = content.makeIterator()
        var pending: [UInt8] = []
        func flush() {
            text += String(decoding: pending, as: UTF8.self)
            pending.removeAll()
        }
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "\\") else {
                pending.append(byte)
                continue
            }
            flush()
            guard let escaped = iterator.next() else { return nil }
            switch escaped {
            case UInt8(ascii: "n"): text += "\n"
            case UInt8(ascii: "t"): text += "\t"
            case UInt8(ascii: "r"): text += "\r"
            case UInt8(ascii: "b"): text += "\u{08}"
            case UInt8(ascii: "f"): text += "\u{0C}"
            case UInt8(ascii: "u"):
                var hex: [UInt8] = []
                for _ in 0..<4 {
                    guard let digit = iterator.next() else { return nil }
                    hex.append(digit)
                }
                guard let value = UInt32(String(decoding: hex, as: UTF8.self), radix: 16), let scalar = Unicode.Scalar(value) else {
                    return nil
                }
                text.unicodeScalars.append(scalar)
            default: text.unicodeScalars.append(Unicode.Scalar(escaped))
            }
        }
        flush()
        return text
    }

    /// A position in the bytes being scanned.
    private struct Cursor {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool { index >= bytes.count }

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// Skips a string and answers the range of its content (quotes excluded).
        mutating func string() -> Range<Int>? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\\"): index += 2
                case UInt8(ascii: "\""):
                    index += 1
                    return start..<(index - 1)
                default: index += 1
                }
            }
            return nil
        }

        /// Skips one value of any type; false when the bytes are not a value.
        mutating func value() -> Bool {
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return string() != nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: "\""):
                        guard string() != nil else { return false }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 {
                            index += 1
                            return true
                        }
                    default: break
                    }
                    index += 1
                }
                return false
            default:
                let start = index
                while index < bytes.count, !",}] \t\r\n".utf8.contains(bytes[index]) { index += 1 }
                return index > start
            }
        }
    }
}
