import ArgumentParser
import GatewayModel

/// Reads the numeric options, once for every command: a JSON number, finite and within the range the server takes
/// (`NumberRange`), so `--timeout inf` stops with 64 naming the option instead of crashing, and `--max-budget nan`
/// is refused instead of sending a body without the field.
enum NumberArgument {
    static func money(_ text: String) throws -> Double {
        try number(text, in: NumberRange.money)
    }

    static func pricePerToken(_ text: String) throws -> Double {
        try number(text, in: NumberRange.pricePerToken)
    }

    /// Seconds to wait: more than zero, up to a day, bare (`10`) or with a unit (`10s`, `500ms`, `2m`).
    static func timeout(_ text: String) throws -> Double {
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60)]
        let unit = units.first { text.hasSuffix($0.suffix) && text.count > $0.suffix.count }
        let digits = unit.map { String(text.dropLast($0.suffix.count)) } ?? text
        guard let number = JSONValue.string(digits).number(in: NumberRange.seconds) else {
            throw ValidationError("must be a number of seconds (10, 10s, 500ms or 2m) from more than 0 up to a day")
        }
        let seconds = number * (unit?.seconds ?? 1)
        guard seconds > 0, seconds <= NumberRange.seconds.upperBound else {
            throw ValidationError("must be more than 0 seconds and at most a day")
        }
        return seconds
    }

    private static func number(_ text: String, in range: ClosedRange<Double>) throws -> Double {
        guard let number = JSONValue.string(text).number(in: range) else {
            throw ValidationError("must be \(NumberRange.describe(range))")
        }
        return number
    }
}
