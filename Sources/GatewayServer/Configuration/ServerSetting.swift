import GatewayModel

/// One setting of `serve`: where its value may come from, in precedence order (the flag, then each environment
/// variable in turn, then the config file), its default as the README states it, and how a value becomes part of
/// `ServerConfig`.
///
/// `ServerSetting.all` is the one table `ServerConfig.resolve` walks, and the README's settings table is checked
/// against it, so a setting cannot gain a source or change its default without the documentation saying so.
public struct ServerSetting: Sendable {
    public let name: String
    public let flag: String?
    public let environment: [String]
    /// A dotted path into the config file, such as `general_settings.max_request_size_mb`.
    public let configPath: String?
    /// The default as the README states it.
    public let defaultValue: String
    /// Whether every source that is set applies (switches that each turn something off), rather than the first.
    let eachSourceApplies: Bool
    let apply: @Sendable (SettingInput, inout ServerConfig) throws(ConfigError) -> Void
    /// Sets a default that depends on settings resolved before this one; runs when no source is set.
    let applyDefault: @Sendable (inout ServerConfig) -> Void

    init(
        _ name: String,
        flag: String? = nil,
        environment: [String] = [],
        configPath: String? = nil,
        default defaultValue: String,
        eachSourceApplies: Bool = false,
        applyDefault: @escaping @Sendable (inout ServerConfig) -> Void = { _ in },
        apply: @escaping @Sendable (SettingInput, inout ServerConfig) throws(ConfigError) -> Void
    ) {
        self.name = name
        self.flag = flag
        self.environment = environment
        self.configPath = configPath
        self.defaultValue = defaultValue
        self.eachSourceApplies = eachSourceApplies
        self.applyDefault = applyDefault
        self.apply = apply
    }

    /// The values its sources give, in precedence order. An empty environment variable and a null in the file count
    /// as not set.
    func inputs(flags: ServeFlags, environment values: [String: String], file: ProxyConfigFile) throws(ConfigError) -> [SettingInput] {
        var inputs: [SettingInput] = []
        if let flag, let text = flags.value(of: flag) {
            inputs.append(SettingInput(value: .text(text), origin: flag))
        }
        for name in environment {
            if let text = values[name], !text.isEmpty { inputs.append(SettingInput(value: .text(text), origin: name)) }
        }
        if let configPath, let value = try file.value(at: configPath), value != .null {
            inputs.append(SettingInput(value: .json(value), origin: configPath))
        }
        return inputs
    }
}

/// A value one source gave a setting, and where it came from, so a message can name both.
public struct SettingInput: Sendable {
    public enum Value: Sendable {
        /// From a flag or an environment variable.
        case text(String)
        /// From the config file.
        case json(JSONValue)
    }

    public let value: Value
    /// The flag, environment variable or config path.
    public let origin: String

    /// The value as text: a flag's or variable's own, or a string in the file.
    func string(_ expectation: String = "a string") throws(ConfigError) -> String {
        switch value {
        case .text(let text): return text
        case .json(.string(let text)): return text
        case .json: throw problem(expectation)
        }
    }

    /// The value as the file would hold it: text as a string, which `JSONValue.number(in:)` reads strictly.
    var json: JSONValue {
        switch value {
        case .text(let text): .string(text)
        case .json(let json): json
        }
    }

    /// A number in `range`, from text or a number in the file.
    func number(in range: ClosedRange<Double>, _ expectation: String) throws(ConfigError) -> Double {
        guard let number = json.number(in: range) else { throw problem(expectation) }
        return number
    }

    /// The failure for a value that is not `expectation`, naming where it came from.
    func problem(_ expectation: String) -> ConfigError {
        switch value {
        case .text(let text): ConfigError("\(origin)='\(text)' must be \(expectation).")
        case .json: ConfigError("\(origin) must be \(expectation).")
        }
    }
}

extension ServeFlags {
    /// The text a flag was given, by its name; nil when it was not given.
    func value(of flag: String) -> String? {
        switch flag {
        case "--role": role?.rawValue
        case "--host": host
        case "--port": port.map(String.init)
        case "--database-url": databaseURL
        case "--name": name
        case "--region": region
        case "--public-url": publicURL
        default: nil
        }
    }
}
