import Foundation

/// A duration written the way LiteLLM's API takes it: `30d`, `12h`, `15m`, `45s`, `2w`, `1mo`.
///
/// Budgets and key lifetimes are given in this form; parsing it in one place keeps `30x` an error
/// everywhere instead of a silent zero.
public struct DurationSpec: Sendable, Equatable, CustomStringConvertible {
    /// The text as given, kept so it can be echoed back (`budget_duration` is returned as sent).
    public let text: String
    /// The length in seconds.
    public let seconds: Int

    private static let units: [(suffix: String, seconds: Int)] = [
        ("mo", 30 * 86_400), ("w", 7 * 86_400), ("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1),
    ]

    /// The longest duration taken, a hundred years: any date it reaches can be stored and formatted.
    public static let longest = 100 * 365 * 86_400

    /// Parses `text`; returns nil for anything that is not a positive whole number followed by a known unit.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let unit = Self.units.first(where: { trimmed.hasSuffix($0.suffix) }) else { return nil }
        let number = trimmed.dropLast(unit.suffix.count)
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit), let count = Int(number), count > 0 else { return nil }
        let (product, overflow) = count.multipliedReportingOverflow(by: unit.seconds)
        guard !overflow, product <= Self.longest else { return nil }
        self.text = trimmed
        self.seconds = product
    }

    /// Parses a request field, answering a 400 that names the field when the text is not a duration.
    public static func parse(_ text: String, field: String) throws(GatewayError) -> DurationSpec {
        guard let spec = DurationSpec(text) else {
            throw .badRequest(
                "Invalid duration '\(text)' for '\(field)': use a whole number and a unit, like 30d, 12h, 15m, 45s, 2w or 1mo, up to 100 years.",
                param: field
            )
        }
        return spec
    }

    public var description: String { text }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension DurationSpec: Encodable {
    /// A duration is sent as the text it was given (`30d`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
