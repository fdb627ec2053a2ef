import Foundation
import GatewayModel
import GatewayProviders
import GatewayStore
import Logging

/// Everything an instance needs to start, resolved once: flag > environment > config file > default, by the table
/// of `ServerSetting.all` (model list, router settings and pass-through routes have their own parsers).
public struct ServerConfig: Sendable {
    public var host: String
    public var port: Int
    public var planes: EnabledPlanes
    public var database: DatabaseURL
    public var masterKey: String?
    public var corsOrigins: CORSOrigins
    public var maxRequestBodyBytes: Int
    /// The deployments the data plane serves; the built-in `demo` model when the config lists none.
    public var deployments: [Deployment]
    /// Problems worth telling the operator about at start-up (unknown config keys and the like).
    public var warnings: [String]
    public var logLevel: Logger.Level
    /// Where the spend recorder journals entries until the database holds them (`LLMPROXY_SPEND_JOURNAL`; by default
    /// beside the SQLite file, or `llmproxy.spend-journal` in the working directory); nil for none.
    public var spendJournalPath: String?
    /// How often the spend recorder writes to the database at the latest (`general_settings.proxy_batch_write_at`,
    /// seconds; default 1).
    public var spendFlushInterval: Duration
    /// Whether a worker keeps serving keys it has cached while the database is unreachable
    /// (`general_settings.allow_requests_on_db_unavailable`, default true).
    public var allowRequestsOnDBUnavailable: Bool
    /// How long a worker trusts a cached key without hearing of a change (`LLMPROXY_KEY_CACHE_TTL`, seconds;
    /// default 60): the bound on staleness should every change notification be missed.
    public var keyCacheTTL: Duration
    /// Routing strategy, retries, fallbacks and cooldowns (`router_settings`).
    public var router: RouterSettings
    /// The base URL the admin UI shows in sample code, when the UI runs on another host than the proxy
    /// (`LLMPROXY_UI_API_BASE_URL`, or LiteLLM's `LITELLM_UI_API_DOC_BASE_URL`).
    public var uiAPIBaseURL: String?
    /// Provider APIs forwarded as they are (`/anthropic`, `/vertex_ai`, `/bedrock`, `pass_through_endpoints`).
    public var passThroughRoutes: [PassThroughRoute]
    /// Teams any user may see and join (`litellm_settings.default_internal_user_params.available_teams`), for
    /// `GET /team/available`.
    public var availableTeams: [String] = []
    /// How this instance names itself in the fleet (`--name`, default `<hostname>:<port>`).
    public var instanceName: String?
    /// The region this instance runs in, free text such as `eu-west` (`--region`).
    public var region: String?
    /// How admins and the UI reach this instance (`--public-url`).
    public var publicURL: String?
    /// How often the instance writes its heartbeat (`general_settings.heartbeat_interval`, seconds; default 5).
    public var heartbeatInterval: Duration = .seconds(5)

    public static let defaultPort = 4000

    /// The name an instance takes in the fleet when `--name` gives none.
    static func defaultInstanceName(port: Int) -> String {
        "\(ProcessInfo.processInfo.hostName):\(port)"
    }
    public static let defaultDatabasePath = "llmproxy.sqlite"
    public static let defaultMaxRequestBodyBytes = 10 * 1024 * 1024

    public init(
        host: String = "0.0.0.0",
        port: Int = ServerConfig.defaultPort,
        planes: EnabledPlanes = EnabledPlanes(role: .all, planes: ServerRole.all.planes),
        database: DatabaseURL = .sqlite(path: ServerConfig.defaultDatabasePath),
        masterKey: String? = nil,
        corsOrigins: CORSOrigins = .none,
        maxRequestBodyBytes: Int = ServerConfig.defaultMaxRequestBodyBytes,
        deployments: [Deployment] = [.demo],
        warnings: [String] = [],
        logLevel: Logger.Level = .info,
        spendJournalPath: String? = nil,
        spendFlushInterval: Duration = .seconds(1),
        allowRequestsOnDBUnavailable: Bool = true,
        keyCacheTTL: Duration = .seconds(60),
        router: RouterSettings = RouterSettings(),
        passThroughRoutes: [PassThroughRoute] = PassThroughRoute.builtIn([:])
    ) {
        self.host = host
        self.port = port
        self.planes = planes
        self.database = database
        self.masterKey = masterKey
        self.corsOrigins = corsOrigins
        self.maxRequestBodyBytes = maxRequestBodyBytes
        self.deployments = deployments
        self.warnings = warnings
        self.logLevel = logLevel
        self.spendJournalPath = spendJournalPath
        self.spendFlushInterval = spendFlushInterval
        self.allowRequestsOnDBUnavailable = allowRequestsOnDBUnavailable
        self.keyCacheTTL = keyCacheTTL
        self.router = router
        self.passThroughRoutes = passThroughRoutes
        self.uiAPIBaseURL = nil
    }
}

/// The `serve` flags as given on the command line; nil means "not given".
public struct ServeFlags: Sendable {
    public var role: ServerRole?
    public var host: String?
    public var port: Int?
    public var configPath: String?
    public var databaseURL: String?
    public var name: String?
    public var region: String?
    public var publicURL: String?

    public init(
        role: ServerRole? = nil,
        host: String? = nil,
        port: Int? = nil,
        configPath: String? = nil,
        databaseURL: String? = nil,
        name: String? = nil,
        region: String? = nil,
        publicURL: String? = nil
    ) {
        self.role = role
        self.host = host
        self.port = port
        self.configPath = configPath
        self.databaseURL = databaseURL
        self.name = name
        self.region = region
        self.publicURL = publicURL
    }
}

extension ServerConfig {
    /// Resolves flags, environment and the config file into a configuration.
    public static func resolve(flags: ServeFlags, environment: [String: String]) throws(ConfigError) -> ServerConfig {
        let file =
            try flags.configPath.map { path throws(ConfigError) in try ProxyConfigFile.load(path: path, environment: environment) }
            ?? ProxyConfigFile()
        var config = ServerConfig()
        config.warnings = file.warnings
        for setting in ServerSetting.all {
            let inputs = try setting.inputs(flags: flags, environment: environment, file: file)
            if inputs.isEmpty { setting.applyDefault(&config) }
            for input in setting.eachSourceApplies ? inputs : Array(inputs.prefix(1)) {
                try setting.apply(input, &config)
            }
        }
        config.passThroughRoutes = try PassThroughRoute.resolve(file.generalSettings["pass_through_endpoints"], environment: environment)
        let (router, routerWarnings) = try RouterSettings.parse(file.routerSettings)
        config.router = router
        config.warnings += routerWarnings
        config.deployments = try DeploymentParser.deployments(from: file.modelList, defaultTimeout: router.timeout)
        let names = Set(config.deployments.map(\.modelName))
        for (model, targets) in router.fallbacks.sorted(by: { $0.key < $1.key }) {
            for target in targets where !names.contains(target) {
                config.warnings.append(
                    "router_settings.fallbacks: '\(model)' falls back to '\(target)', which model_list does not name (it may be added with /model/new)"
                )
            }
        }
        return config
    }
}

/// Which browser origins may call this instance.
public enum CORSOrigins: Sendable, Equatable {
    case none
    case any
    case list([String])

    /// Parses a comma-separated list; `*` allows any origin, an empty list none.
    public init(list: String) {
        let origins = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if origins.contains("*") {
            self = .any
        } else if origins.isEmpty {
            self = .none
        } else {
            self = .list(origins.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 })
        }
    }
}
