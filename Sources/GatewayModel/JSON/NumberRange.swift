/// The ranges every number of the API and the config file is held to where it is decoded, so that arithmetic on
/// money, weights and durations stays finite and every conversion to a whole-number type is exact.
///
/// A `timeout` of `1e300` once reached `Int64(seconds * 1000)` and killed the process; a price of `"1e400"` wrote
/// `spend = Inf` into a key. Each field names its range here once, and `JSONValue.number(in:)` checks it.
public enum NumberRange {
    /// Seconds of a timeout, a cooldown or an interval: up to a day.
    public static let seconds: ClosedRange<Double> = 0...86_400
    /// Money in dollars (budgets, spend): up to a trillion, so sums of many stay exact to the cent.
    public static let money: ClosedRange<Double> = 0...1e12
    /// A price per token in dollars.
    public static let pricePerToken: ClosedRange<Double> = 0...1_000
    /// A routing weight.
    public static let weight: ClosedRange<Double> = 0...1e6
    /// Counts per minute (requests, tokens) and other whole-number limits.
    public static let count: ClosedRange<Double> = 0...1e12

    /// `range` in words, for messages: "a number from 0 to 86400".
    public static func describe(_ range: ClosedRange<Double>, whole: Bool = false) -> String {
        "\(whole ? "a whole number" : "a number") from \(format(range.lowerBound)) to \(format(range.upperBound))"
    }

    private static func format(_ bound: Double) -> String {
        bound == bound.rounded() && abs(bound) < 1e15 ? String(Int64(bound)) : "\(bound)"
    }
}

extension JSONValue {
    /// The number inside when it is finite and within `range`: from an integer, a double, or a string that holds
    /// exactly a JSON number (YAML and some clients quote prices); `"inf"`, `"NaN"` and `"1e400"` are not numbers here.
    public func number(in range: ClosedRange<Double>) -> Double? {
        let number: Double?
        switch self {
        case .int(let value): number = Double(value)
        case .double(let value): number = value
        case .string(let text): number = Self.strictNumber(text)
        default: number = nil
        }
        guard let number, number.isFinite, range.contains(number) else { return nil }
        return number
    }

    /// A whole number within `range` (taken as `number(in:)` takes it).
    public func wholeNumber(in range: ClosedRange<Double>) -> Int? {
        guard let number = number(in: range), number == number.rounded(), abs(number) < 9e18 else { return nil }
        return Int(number)
    }

    private static func strictNumber(_ text: String) -> Double? {
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
            (try? JSONSyntax.validate(Array(text.utf8))) != nil
        else { return nil }
        return Double(text)
    }
}
