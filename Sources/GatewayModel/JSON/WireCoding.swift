import Foundation

/// The JSON encoder and decoder settings of the wire format, shared by server, store and clients.
///
/// Dates travel as ISO 8601 with fractional seconds in UTC (`2026-11-24T10:00:00.000Z`), as LiteLLM sends them.
public enum WireCoding {
    /// An encoder for API bodies: ISO 8601 dates, sorted keys so answers are stable byte for byte.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(formatTimestamp(date))
        }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A decoder for API bodies that accepts ISO 8601 dates with or without fractional seconds.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parseTimestamp(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an ISO 8601 date, got '\(text)'")
            }
            return date
        }
        return decoder
    }

    /// Formats a date as `yyyy-MM-ddTHH:mm:ss.SSSZ` in UTC.
    public static func formatTimestamp(_ date: Date) -> String {
        date.formatted(withFractionalSeconds)
    }

    /// Parses ISO 8601 timestamps with or without fractional seconds, and plain dates (`2026-11-24`).
    public static func parseTimestamp(_ text: String) -> Date? {
        if let date = try? withFractionalSeconds.parse(text) { return date }
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        return try? Date.ISO8601FormatStyle().year().month().day().parse(text)
    }

    private static let withFractionalSeconds = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}

extension JSONValue {
    /// The value an `Encodable` is on the wire, for an answer that nests it among other JSON values.
    public init(encoding value: some Encodable) throws {
        self = try WireCoding.makeDecoder().decode(JSONValue.self, from: try WireCoding.makeEncoder().encode(value))
    }

    /// The value decoded as a `Decodable` reads it on the wire.
    public func decoded<T: Decodable>(as type: T.Type) throws -> T {
        try WireCoding.makeDecoder().decode(T.self, from: try WireCoding.makeEncoder().encode(self))
    }
}
