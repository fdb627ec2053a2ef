import GatewayModel

/// How the data plane spreads calls over deployments and recovers from their failures: the config file's
/// `router_settings`, in LiteLLM's names.
public struct RouterSettings: Sendable, Equatable {
    /// How one deployment of a model name is chosen among those available.
    public enum Strategy: String, Sendable, CaseIterable {
        /// At random, in proportion to each deployment's `weight`.
        case simpleShuffle = "simple-shuffle"
        /// The deployment with the fewest calls in flight on this instance.
        case leastBusy = "least-busy"
        /// The deployment whose recent answers came fastest; ones not yet tried go first.
        case latencyBased = "latency-based-routing"
    }

    public var strategy: Strategy = .simpleShuffle
    /// Further attempts after a failed one, on the same model name, before its fallbacks are tried.
    public var numRetries = 2
    /// The least wait before a retry; later retries wait twice as long as the one before, up to two seconds.
    public var retryAfter: Duration = .milliseconds(100)
    /// The upstream timeout of deployments that set none of their own.
    public var timeout: Duration?
    /// Model names to try, in order, when every attempt on a name failed.
    public var fallbacks: [String: [String]] = [:]
    /// Failures a deployment may have within a minute before it is cooled down (a 429 cools it down at once).
    public var allowedFails = 3
    /// How long a cooled-down deployment is left out.
    public var cooldownTime: Duration = .seconds(5)

    public init() {}

    /// The settings in `fields` (the `router_settings` mapping); keys it does not act on are returned as warnings.
    static func parse(_ fields: [String: JSONValue]) throws(ConfigError) -> (RouterSettings, [String]) {
        var settings = RouterSettings()
        var warnings: [String] = []
        for key in fields.keys.sorted() {
            let value = fields[key] ?? .null
            if value == .null { continue }
            switch key {
            case "routing_strategy":
                guard case .string(let name) = value, let strategy = Strategy(rawValue: name) else {
                    let known = Strategy.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ConfigError("router_settings.routing_strategy must be one of \(known).")
                }
                settings.strategy = strategy
            case "num_retries":
                settings.numRetries = try count(value, key, upTo: 10)
            case "allowed_fails":
                settings.allowedFails = try count(value, key, upTo: 1_000_000)
            case "retry_after":
                settings.retryAfter = try seconds(value, key)
            case "timeout":
                settings.timeout = try seconds(value, key)
            case "cooldown_time":
                settings.cooldownTime = try seconds(value, key)
            case "fallbacks":
                settings.fallbacks = try fallbackTable(value)
            default:
                warnings.append("router_settings.\(key) is not supported and is ignored")
            }
        }
        return (settings, warnings)
    }

    private static func count(_ value: JSONValue, _ key: String, upTo limit: Int) throws(ConfigError) -> Int {
        guard case .int(let number) = value, (0...limit).contains(number) else {
            throw ConfigError("router_settings.\(key) must be a whole number from 0 to \(limit).")
        }
        return number
    }

    private static func seconds(_ value: JSONValue, _ key: String) throws(ConfigError) -> Duration {
        guard let number = value.number(in: NumberRange.seconds) else {
            throw ConfigError("router_settings.\(key) must be a number of seconds from 0 to 86400.")
        }
        return .milliseconds(Int64((number * 1000).rounded()))
    }

    /// `[{"gpt-4o": ["gpt-4o-mini"]}, …]`, LiteLLM's list of one-entry mappings (a single mapping is taken too).
    private static func fallbackTable(_ value: JSONValue) throws(ConfigError) -> [String: [String]] {
        let message = #"router_settings.fallbacks must be a list like [{"gpt-4o": ["gpt-4o-mini"]}]."#
        let mappings: [JSONValue]
        switch value {
        case .array(let items): mappings = items
        case .object: mappings = [value]
        default: throw ConfigError(message)
        }
        var table: [String: [String]] = [:]
        for mapping in mappings {
            guard case .object(let entries) = mapping else { throw ConfigError(message) }
            for (name, targets) in entries {
                switch targets {
                case .string(let single): table[name, default: []].append(single)
                case .array(let items):
                    for item in items {
                        guard case .string(let target) = item else { throw ConfigError(message) }
                        table[name, default: []].append(target)
                    }
                default: throw ConfigError(message)
                }
            }
        }
        return table
    }
}
