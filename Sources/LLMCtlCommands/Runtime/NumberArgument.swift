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

    /// Seconds to wait for a server: more than zero, up to a day.
    static func timeout(_ text: String) throws -> Double {
        let seconds = try number(text, in: NumberRange.seconds)
        guard seconds > 0 else { throw ValidationError("must be more than 0 seconds") }
        return seconds
    }

    private static func number(_ text: String, in range: ClosedRange<Double>) throws -> Double {
        guard let number = JSONValue.string(text).number(in: range) else {
            throw ValidationError("must be \(NumberRange.describe(range))")
        }
        return number
    }
}
