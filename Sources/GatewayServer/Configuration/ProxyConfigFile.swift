import Foundation
import GatewayModel
import Yams

/// The YAML config file in LiteLLM's shape, read into plain values with `os.environ/NAME` resolved.
///
/// Keys this proxy does not act on are collected in `warnings` by name, so nothing in a config is ignored silently.
public struct ProxyConfigFile: Sendable, Equatable {
    public var modelList: [ModelListEntry] = []
    public var generalSettings: [String: JSONValue] = [:]
    public var routerSettings: [String: JSONValue] = [:]
    public var litellmSettings: [String: JSONValue] = [:]
    public var warnings: [String] = []

    public init() {}

    static let topLevelKeys: Set<String> = ["model_list", "general_settings", "router_settings", "litellm_settings"]
    /// `general_settings` keys this build acts on: the settings table's and the pass-through routes.
    static let generalSettingsKeys: Set<String> = {
        let prefix = "general_settings."
        let paths: [String] = ServerSetting.all.compactMap(\.configPath).filter { $0.hasPrefix(prefix) }
        return Set(paths.map { String($0.dropFirst(prefix.count)) }).union(["pass_through_endpoints"])
    }()

    /// Reads and parses the file at `path`.
    public static func load(path: String, environment: [String: String]) throws(ConfigError) -> ProxyConfigFile {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError("Cannot read config file \(path): \(error.localizedDescription)")
        }
        return try parse(yaml: text, source: path, environment: environment)
    }

    /// Parses YAML text; `source` names it in messages.
    public static func parse(yaml: String, source: String, environment: [String: String]) throws(ConfigError) -> ProxyConfigFile {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: yaml)
        } catch {
            throw ConfigError("\(source) is not valid YAML: \(error)")
        }
        guard let loaded else { return ProxyConfigFile() }
        let root = try ConfigValue.convert(loaded, at: "", environment: environment)
        guard case .object(let top) = root else {
            throw ConfigError("\(source) must be a mapping with keys like model_list and general_settings.")
        }
        var config = ProxyConfigFile()
        for key in top.keys.sorted() where !topLevelKeys.contains(key) {
            config.warnings.append("config key '\(key)' is not supported and is ignored")
        }
        config.generalSettings = try section(top, "general_settings")
        config.routerSettings = try section(top, "router_settings")
        config.litellmSettings = try section(top, "litellm_settings")
        for key in config.generalSettings.keys.sorted() where !generalSettingsKeys.contains(key) {
            config.warnings.append("general_settings.\(key) is not supported and is ignored")
        }
        for key in config.litellmSettings.keys.sorted() where key != "default_internal_user_params" {
            config.warnings.append("litellm_settings.\(key) is not supported yet and is ignored")
        }
        if case .object(let defaults)? = config.litellmSettings["default_internal_user_params"] {
            for key in defaults.keys.sorted() where key != "available_teams" {
                config.warnings.append("litellm_settings.default_internal_user_params.\(key) is not supported yet and is ignored")
            }
        }
        switch top["model_list"] {
        case .none, .some(.null):
            break
        case .some(.array(let entries)):
            for (index, entry) in entries.enumerated() {
                let (model, warnings) = try ModelListEntry.parse(entry, at: "model_list[\(index)]")
                config.modelList.append(model)
                config.warnings += warnings
            }
        case .some:
            throw ConfigError("model_list must be a list of models.")
        }
        return config
    }

    private static func section(_ top: [String: JSONValue], _ name: String) throws(ConfigError) -> [String: JSONValue] {
        switch top[name] {
        case .none, .some(.null): return [:]
        case .some(.object(let fields)): return fields
        case .some: throw ConfigError("\(name) must be a mapping.")
        }
    }

    /// The value at a dotted path such as `general_settings.max_request_size_mb`; nil when it is absent.
    func value(at path: String) throws(ConfigError) -> JSONValue? {
        let keys = path.split(separator: ".").map(String.init)
        var current: JSONValue = .object([
            "general_settings": .object(generalSettings), "router_settings": .object(routerSettings),
            "litellm_settings": .object(litellmSettings),
        ])
        for (depth, key) in keys.enumerated() {
            switch current {
            case .object(let fields):
                guard let next = fields[key] else { return nil }
                current = next
            case .null:
                return nil
            default:
                throw ConfigError("\(keys.prefix(depth).joined(separator: ".")) must be a mapping.")
            }
        }
        return current
    }
}

/// One `model_list` entry: a public model name and the deployment behind it.
public struct ModelListEntry: Sendable, Equatable {
    public var modelName: String
    public var litellmParams: [String: JSONValue]
    public var modelInfo: [String: JSONValue]

    public init(modelName: String, litellmParams: [String: JSONValue], modelInfo: [String: JSONValue] = [:]) {
        self.modelName = modelName
        self.litellmParams = litellmParams
        self.modelInfo = modelInfo
    }

    static func parse(_ value: JSONValue, at path: String) throws(ConfigError) -> (ModelListEntry, [String]) {
        guard case .object(let fields) = value else { throw ConfigError("\(path) must be a mapping.") }
        guard case .string(let name)? = fields["model_name"], !name.isEmpty else {
            throw ConfigError("\(path).model_name must be a non-empty string.")
        }
        guard case .object(let params)? = fields["litellm_params"] else {
            throw ConfigError("\(path).litellm_params must be a mapping with at least 'model'.")
        }
        guard case .string(let model)? = params["model"], !model.isEmpty else {
            throw ConfigError("\(path).litellm_params.model must be a string like openai/gpt-4o.")
        }
        var info: [String: JSONValue] = [:]
        switch fields["model_info"] {
        case .none, .some(.null): break
        case .some(.object(let object)): info = object
        case .some: throw ConfigError("\(path).model_info must be a mapping.")
        }
        let warnings = fields.keys.sorted().filter { !["model_name", "litellm_params", "model_info"].contains($0) }
            .map { "\(path).\($0) is not supported and is ignored" }
        return (ModelListEntry(modelName: name, litellmParams: params, modelInfo: info), warnings)
    }
}

/// A config file or setting that cannot be used, with a message that says what to fix.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// Converts YAML values into `JSONValue`, resolving `os.environ/NAME` strings from the environment.
enum ConfigValue {
    static let environmentPrefix = "os.environ/"

    static func convert(_ value: Any, at path: String, environment: [String: String]) throws(ConfigError) -> JSONValue {
        switch value {
        case is NSNull:
            return .null
        case let bool as Bool:
            return .bool(bool)
        case let int as Int:
            return .int(int)
        case let double as Double:
            return .double(double)
        case let string as String:
            guard string.hasPrefix(environmentPrefix) else { return .string(string) }
            let name = String(string.dropFirst(environmentPrefix.count))
            guard let resolved = environment[name] else {
                throw ConfigError("\(path.isEmpty ? "config" : path) reads os.environ/\(name), but \(name) is not set.")
            }
            return .string(resolved)
        case let date as Date:
            return .string(WireCoding.formatTimestamp(date))
        case let array as [Any]:
            var items: [JSONValue] = []
            for (index, item) in array.enumerated() {
                items.append(try convert(item, at: "\(path)[\(index)]", environment: environment))
            }
            return .array(items)
        case let mapping as [String: Any]:
            var fields: [String: JSONValue] = [:]
            for (name, item) in mapping {
                fields[name] = try convert(item, at: path.isEmpty ? name : "\(path).\(name)", environment: environment)
            }
            return .object(fields)
        case let mapping as [AnyHashable: Any]:
            var fields: [String: JSONValue] = [:]
            for (key, item) in mapping {
                let name = "\(key.base)"
                fields[name] = try convert(item, at: path.isEmpty ? name : "\(path).\(name)", environment: environment)
            }
            return .object(fields)
        default:
            return .string("\(value)")
        }
    }
}
