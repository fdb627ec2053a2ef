import GatewayModel

/// A path prefix on the data plane whose requests go, as they are, to a provider's own API: path, query and body
/// forwarded to `target`, the caller's virtual key replaced by the configured upstream credential.
///
/// `/anthropic`, `/vertex_ai` and `/bedrock` are built in and take their target and credential from the environment;
/// `general_settings.pass_through_endpoints` adds others (or replaces these), as in LiteLLM.
public struct PassThroughRoute: Sendable, Equatable {
    /// The prefix on this proxy, like `/anthropic`.
    public var path: String
    /// The base URL the rest of the path is appended to.
    public var target: String
    /// Headers added to every forwarded request: the upstream credential.
    public var headers: [String: String]
    /// Why the route cannot forward yet (a credential not set), answered as 503; nil when it can.
    public var unconfigured: String?

    public init(path: String, target: String, headers: [String: String], unconfigured: String? = nil) {
        self.path = path
        self.target = target
        self.headers = headers
        self.unconfigured = unconfigured
    }

    /// The built-in routes, with what `environment` sets.
    public static func builtIn(_ environment: [String: String]) -> [PassThroughRoute] {
        func route(_ path: String, _ target: String, _ variable: String, _ header: String, _ prefix: String) -> PassThroughRoute {
            let secret = environment[variable].flatMap { $0.isEmpty ? nil : $0 }
            return PassThroughRoute(
                path: path,
                target: target,
                headers: secret.map { [header: prefix + $0] } ?? [:],
                unconfigured: secret == nil ? "The \(path) pass-through has no upstream credential: set \(variable)." : nil
            )
        }
        let location = environment["VERTEXAI_LOCATION"] ?? environment["VERTEX_LOCATION"] ?? "us-central1"
        let region = environment["AWS_REGION_NAME"] ?? environment["AWS_REGION"] ?? "us-east-1"
        return [
            route("/anthropic", environment["ANTHROPIC_API_BASE"] ?? "https://api.anthropic.com", "ANTHROPIC_API_KEY", "x-api-key", ""),
            route(
                "/vertex_ai",
                environment["VERTEXAI_API_BASE"] ?? "https://\(location)-aiplatform.googleapis.com",
                "VERTEXAI_ACCESS_TOKEN",
                "authorization",
                "Bearer "
            ),
            route(
                "/bedrock",
                environment["BEDROCK_API_BASE"] ?? "https://bedrock-runtime.\(region).amazonaws.com",
                "AWS_BEARER_TOKEN_BEDROCK",
                "authorization",
                "Bearer "
            ),
        ]
    }

    /// The built-in routes with `general_settings.pass_through_endpoints` (`[{path, target, headers}]`) over them.
    static func resolve(_ value: JSONValue?, environment: [String: String]) throws(ConfigError) -> [PassThroughRoute] {
        var routes = builtIn(environment)
        guard let value, value != .null else { return routes }
        guard case .array(let entries) = value else {
            throw ConfigError("general_settings.pass_through_endpoints must be a list of {path, target, headers}.")
        }
        for (index, entry) in entries.enumerated() {
            let at = "general_settings.pass_through_endpoints[\(index)]"
            guard case .object(let fields) = entry, case .string(var path)? = fields["path"], case .string(let target)? = fields["target"],
                target.hasPrefix("http://") || target.hasPrefix("https://")
            else {
                throw ConfigError("\(at) needs a path like /cohere and a target http(s) URL.")
            }
            if !path.hasPrefix("/") { path = "/" + path }
            while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
            guard path.count > 1, Plane.of(path: path) == nil || Plane.of(path: path) == .llm, !path.hasPrefix("/v1") else {
                throw ConfigError("\(at).path '\(path)' is taken by the proxy's own routes.")
            }
            var headers: [String: String] = [:]
            switch fields["headers"] {
            case .none, .some(.null): break
            case .some(.object(let values)):
                for (name, value) in values {
                    guard case .string(let text) = value else { throw ConfigError("\(at).headers.\(name) must be a string.") }
                    headers[name.lowercased()] = try expand(text, at: "\(at).headers.\(name)", environment: environment)
                }
            case .some: throw ConfigError("\(at).headers must be a mapping of header names to values.")
            }
            routes.removeAll { $0.path == path }
            routes.append(PassThroughRoute(path: path, target: target, headers: headers))
        }
        return routes
    }

    /// `text` with every `os.environ/NAME` in it replaced (LiteLLM writes `Bearer os.environ/KEY`).
    private static func expand(_ text: String, at path: String, environment: [String: String]) throws(ConfigError) -> String {
        guard let range = text.range(of: ConfigValue.environmentPrefix) else { return text }
        let name = String(text[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
        guard let value = environment[name] else { throw ConfigError("\(path) reads os.environ/\(name), but \(name) is not set.") }
        let rest = String(text[text.index(range.upperBound, offsetBy: name.count)...])
        return String(text[..<range.lowerBound]) + value + (try expand(rest, at: path, environment: environment))
    }
}
