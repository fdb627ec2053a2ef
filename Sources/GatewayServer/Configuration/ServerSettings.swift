import Foundation
import GatewayModel
import GatewayStore
import Logging

extension ServerSetting {
    /// Every setting `serve` resolves, in the order they are resolved (a setting whose default depends on others
    /// comes after them) and as the README's settings table lists them.
    public static let all: [ServerSetting] = [
        role, planesSwitchedOff, host, port, instanceName, region, publicURL, heartbeatInterval, database, masterKey,
        corsOrigins, requestBodyLimit, logLevel, spendWriteInterval, spendJournal, servesCachedKeysWhileDatabaseIsDown,
        keyCacheTTL, uiAPIBaseURL, availableTeams,
    ]

    static let role = ServerSetting("role", flag: "--role", environment: ["LLMPROXY_ROLE"], default: "`all`") { input, config throws(ConfigError) in
        guard let role = ServerRole(rawValue: try input.string()) else { throw input.problem("a role: admin, worker or all") }
        config.planes = EnabledPlanes(role: role, planes: role.planes)
    }

    static let planesSwitchedOff = ServerSetting(
        "planes switched off (`true`/`1`)",
        environment: ["DISABLE_ADMIN_UI", "DISABLE_ADMIN_ENDPOINTS", "DISABLE_LLM_API_ENDPOINTS"],
        default: "none",
        eachSourceApplies: true
    ) { input, config throws(ConfigError) in
        let remaining = EnabledPlanes(role: config.planes.role, environment: [input.origin: try input.string()]).planes
        config.planes = EnabledPlanes(role: config.planes.role, planes: config.planes.planes.intersection(remaining))
    }

    static let host = ServerSetting("address to listen on", flag: "--host", environment: ["LLMPROXY_HOST"], default: "`0.0.0.0`") {
        input,
        config throws(ConfigError) in
        config.host = try input.string()
    }

    static let port = ServerSetting("port", flag: "--port", environment: ["LLMPROXY_PORT", "PORT"], default: "`4000`") {
        input,
        config throws(ConfigError) in
        guard let port = input.json.wholeNumber(in: 0...65_535) else { throw input.problem("a whole number from 0 to 65535") }
        config.port = port
    }

    static let instanceName = ServerSetting(
        "instance name in the fleet",
        flag: "--name",
        environment: ["LLMPROXY_INSTANCE_NAME"],
        default: "`<hostname>:<port>`",
        applyDefault: { config in config.instanceName = ServerConfig.defaultInstanceName(port: config.port) }
    ) { input, config throws(ConfigError) in
        let name = try input.string().trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 200 else { throw input.problem("a name of 1 to 200 characters") }
        config.instanceName = name
    }

    static let region = ServerSetting("region (free text, such as `eu-west`)", flag: "--region", environment: ["LLMPROXY_REGION"], default: "none") {
        input,
        config throws(ConfigError) in
        let region = try input.string().trimmingCharacters(in: .whitespaces)
        guard !region.isEmpty, region.count <= 100 else { throw input.problem("a region name of 1 to 100 characters") }
        config.region = region
    }

    static let publicURL = ServerSetting(
        "public URL (how admins and the UI reach it)",
        flag: "--public-url",
        environment: ["LLMPROXY_PUBLIC_URL"],
        default: "none"
    ) { input, config throws(ConfigError) in
        let text = try input.string()
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
            throw input.problem("an http:// or https:// URL")
        }
        config.publicURL = text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    static let heartbeatInterval = ServerSetting(
        "heartbeat interval (seconds)",
        configPath: "general_settings.heartbeat_interval",
        default: "5"
    ) { input, config throws(ConfigError) in
        let seconds = try input.number(in: 0.1...3_600, "a number of seconds from 0.1 to 3600")
        config.heartbeatInterval = .milliseconds(Int64((seconds * 1000).rounded()))
    }

    static let database = ServerSetting(
        "database",
        flag: "--database-url",
        environment: ["DATABASE_URL"],
        configPath: "general_settings.database_url",
        default: "`sqlite:llmproxy.sqlite`"
    ) { input, config throws(ConfigError) in
        let text = try input.string()
        do {
            config.database = try DatabaseURL(parsing: text)
        } catch {
            throw ConfigError("\(input.origin): \(error)")
        }
    }

    static let masterKey = ServerSetting(
        "master key",
        environment: ["LLMPROXY_MASTER_KEY", "LITELLM_MASTER_KEY"],
        configPath: "general_settings.master_key",
        default: "none: the management API answers 401"
    ) { input, config throws(ConfigError) in
        let key = try input.string()
        if !key.isEmpty { config.masterKey = key }
    }

    static let corsOrigins = ServerSetting(
        "CORS origins (comma list or `*`)",
        environment: ["LLMPROXY_CORS_ORIGINS"],
        configPath: "general_settings.cors_origins",
        default: "none"
    ) { input, config throws(ConfigError) in
        switch input.value {
        case .text(let list), .json(.string(let list)): config.corsOrigins = CORSOrigins(list: list)
        case .json(.array(let items)) where items.allSatisfy({ $0.stringValue != nil }):
            config.corsOrigins = CORSOrigins(list: items.compactMap(\.stringValue).joined(separator: ","))
        case .json: throw input.problem("a string or a list of origins")
        }
    }

    static let requestBodyLimit = ServerSetting(
        "request body limit (MB)",
        configPath: "general_settings.max_request_size_mb",
        default: "10"
    ) { input, config throws(ConfigError) in
        let megabytes = try input.number(in: 0...10_240, "a positive number of megabytes up to 10240")
        guard megabytes > 0 else { throw input.problem("a positive number of megabytes up to 10240") }
        config.maxRequestBodyBytes = Int(megabytes * 1024 * 1024)
    }

    static let logLevel = ServerSetting("log level", environment: ["LOG_LEVEL", "LLMPROXY_LOG_LEVEL"], default: "`info`") {
        input,
        config throws(ConfigError) in
        guard let level = Logger.Level(rawValue: try input.string().lowercased()) else {
            throw input.problem("a level: trace, debug, info, notice, warning, error or critical")
        }
        config.logLevel = level
    }

    static let spendWriteInterval = ServerSetting(
        "spend write interval (seconds)",
        configPath: "general_settings.proxy_batch_write_at",
        default: "1"
    ) { input, config throws(ConfigError) in
        let seconds = try input.number(in: 0.01...86_400, "a number of seconds from 0.01 to 86400")
        config.spendFlushInterval = .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// One journal per instance, named by its port: unique on a host, and the same after a restart.
    static let spendJournal = ServerSetting(
        "spend journal",
        environment: ["LLMPROXY_SPEND_JOURNAL"],
        default: "`<sqlite file>.<port>.spend-journal`, or `llmproxy-<port>.spend-journal` on PostgreSQL; none without the LLM plane",
        applyDefault: { config in
            guard config.planes.contains(.llm) else { return }
            switch config.database {
            case .sqlite(let path): config.spendJournalPath = "\(path).\(config.port).spend-journal"
            case .postgres: config.spendJournalPath = "llmproxy-\(config.port).spend-journal"
            }
        }
    ) { input, config throws(ConfigError) in
        config.spendJournalPath = try input.string()
    }

    static let servesCachedKeysWhileDatabaseIsDown = ServerSetting(
        "serve cached keys while the database is down",
        configPath: "general_settings.allow_requests_on_db_unavailable",
        default: "`true`"
    ) { input, config throws(ConfigError) in
        guard case .json(.bool(let allowed)) = input.value else { throw input.problem("true or false") }
        config.allowRequestsOnDBUnavailable = allowed
    }

    static let keyCacheTTL = ServerSetting("key cache TTL (seconds)", environment: ["LLMPROXY_KEY_CACHE_TTL"], default: "60") {
        input,
        config throws(ConfigError) in
        let seconds = try input.number(in: 0...86_400, "a number of seconds above 0, up to 86400")
        guard seconds > 0 else { throw input.problem("a number of seconds above 0, up to 86400") }
        config.keyCacheTTL = .milliseconds(Int64(seconds * 1000))
    }

    static let uiAPIBaseURL = ServerSetting(
        "base URL in the UI's sample code",
        environment: ["LLMPROXY_UI_API_BASE_URL", "LITELLM_UI_API_DOC_BASE_URL"],
        default: "the address the browser used"
    ) { input, config throws(ConfigError) in
        config.uiAPIBaseURL = try input.string()
    }

    static let availableTeams = ServerSetting(
        "teams any user may join (`/team/available`)",
        configPath: "litellm_settings.default_internal_user_params.available_teams",
        default: "none"
    ) { input, config throws(ConfigError) in
        guard case .json(.array(let items)) = input.value, items.allSatisfy({ $0.stringValue != nil }) else {
            throw input.problem("a list of team ids")
        }
        config.availableTeams = items.compactMap(\.stringValue)
    }
}
