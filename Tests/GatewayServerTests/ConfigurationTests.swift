import Foundation
import GatewayModel
import GatewayServer
import GatewayStore
import GatewayTestSupport
import Testing

@Suite("Configuration: file, environment, flags")
struct ConfigurationTests {
    static let yaml = """
        model_list:
          - model_name: gpt-4o
            litellm_params:
              model: openai/gpt-4o
              api_key: os.environ/OPENAI_API_KEY
            model_info:
              input_cost_per_token: 0.0000025
        general_settings:
          master_key: sk-from-file-0123456789abcdef
          database_url: sqlite:/tmp/from-file.sqlite
          cors_origins: ["http://a.example"]
          alerting: ["slack"]
        router_settings:
          routing_strategy: least-busy
        mystery: 1
        """

    @Test func fileIsParsedAndUnknownKeysAreWarnedByName() throws {
        let file = try ProxyConfigFile.parse(yaml: Self.yaml, source: "test.yaml", environment: ["OPENAI_API_KEY": "sk-upstream"])
        #expect(
            file.modelList == [
                ModelListEntry(
                    modelName: "gpt-4o",
                    litellmParams: ["model": .string("openai/gpt-4o"), "api_key": .string("sk-upstream")],
                    modelInfo: ["input_cost_per_token": .double(0.0000025)]
                )
            ]
        )
        #expect(
            file.warnings == [
                "config key 'mystery' is not supported and is ignored",
                "general_settings.alerting is not supported and is ignored",
            ]
        )
    }

    @Test func missingEnvironmentVariableIsAnErrorNamingIt() {
        #expect(throws: ConfigError("model_list[0].litellm_params.api_key reads os.environ/OPENAI_API_KEY, but OPENAI_API_KEY is not set.")) {
            try ProxyConfigFile.parse(yaml: Self.yaml, source: "test.yaml", environment: [:])
        }
    }

    @Test func precedenceIsFlagThenEnvironmentThenFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("config.yaml")
        try Self.yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let environment = ["OPENAI_API_KEY": "sk-upstream"]

        let fromFile = try ServerConfig.resolve(flags: ServeFlags(configPath: path), environment: environment)
        #expect(fromFile.masterKey == "sk-from-file-0123456789abcdef")
        #expect(fromFile.database == .sqlite(path: "/tmp/from-file.sqlite"))
        #expect(fromFile.corsOrigins == .list(["http://a.example"]))
        #expect(fromFile.planes.role == .all)

        let fromEnvironment = try ServerConfig.resolve(
            flags: ServeFlags(configPath: path),
            environment: environment.merging([
                "LITELLM_MASTER_KEY": "sk-litellm-env-0123456789", "DATABASE_URL": "sqlite:/tmp/env.sqlite", "LLMPROXY_CORS_ORIGINS": "*",
            ]) { $1 }
        )
        #expect(fromEnvironment.masterKey == "sk-litellm-env-0123456789")
        #expect(fromEnvironment.database == .sqlite(path: "/tmp/env.sqlite"))
        #expect(fromEnvironment.corsOrigins == .any)

        let preferred = try ServerConfig.resolve(
            flags: ServeFlags(role: .worker, port: 8080, configPath: path, databaseURL: "sqlite:/tmp/flag.sqlite"),
            environment: environment.merging([
                "LLMPROXY_MASTER_KEY": "sk-llmproxy-env-0123456", "LITELLM_MASTER_KEY": "sk-other-0123456789",
                "DATABASE_URL": "sqlite:/tmp/env.sqlite",
            ]) { $1 }
        )
        #expect(preferred.masterKey == "sk-llmproxy-env-0123456")
        #expect(preferred.database == .sqlite(path: "/tmp/flag.sqlite"))
        #expect(preferred.port == 8080)
        #expect(preferred.planes.role == .worker)
    }

    @Test func defaultsServeEverythingOnSQLiteAtPort4000() throws {
        let config = try ServerConfig.resolve(flags: ServeFlags(), environment: [:])
        #expect(config.port == 4000)
        #expect(config.host == "0.0.0.0")
        #expect(config.database == .sqlite(path: "llmproxy.sqlite"))
        #expect(config.masterKey == nil)
        #expect(config.corsOrigins == .none)
        #expect(config.maxRequestBodyBytes == 10 * 1024 * 1024)
        #expect(config.spendJournalPath == "llmproxy.sqlite.4000.spend-journal")
        #expect(config.spendFlushInterval == .seconds(1))
        #expect(config.keyCacheTTL == .seconds(60))
    }

    @Test func spendJournalAndBatchIntervalAreConfigurable() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("config.yaml")
        try "general_settings:\n  proxy_batch_write_at: 0.25\n".write(toFile: path, atomically: true, encoding: .utf8)
        let config = try ServerConfig.resolve(
            flags: ServeFlags(configPath: path, databaseURL: "postgres://u:p@127.0.0.1:5432/db"),
            environment: [:]
        )
        #expect(config.spendFlushInterval == .milliseconds(250))
        #expect(config.allowRequestsOnDBUnavailable)
        #expect(config.spendJournalPath == "llmproxy-4000.spend-journal")
        #expect(config.warnings.isEmpty)
        let chosen = try ServerConfig.resolve(flags: ServeFlags(), environment: ["LLMPROXY_SPEND_JOURNAL": "/var/lib/llmproxy/spend"])
        #expect(chosen.spendJournalPath == "/var/lib/llmproxy/spend")
        #expect(try ServerConfig.resolve(flags: ServeFlags(), environment: ["LLMPROXY_KEY_CACHE_TTL": "2.5"]).keyCacheTTL == .milliseconds(2500))
        #expect(throws: ConfigError.self) { try ServerConfig.resolve(flags: ServeFlags(), environment: ["LLMPROXY_KEY_CACHE_TTL": "0"]) }
        try "general_settings:\n  allow_requests_on_db_unavailable: false\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try ServerConfig.resolve(flags: ServeFlags(configPath: path), environment: [:]).allowRequestsOnDBUnavailable == false)
        try "general_settings:\n  allow_requests_on_db_unavailable: sometimes\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ConfigError.self) { try ServerConfig.resolve(flags: ServeFlags(configPath: path), environment: [:]) }
        try "general_settings:\n  proxy_batch_write_at: -1\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ConfigError.self) { try ServerConfig.resolve(flags: ServeFlags(configPath: path), environment: [:]) }
    }

    @Test(arguments: ["sk-1234", "sk-admin", "changeme", "sk-short", "sk-aaaaaaaaaaaaaaaaaaaaaaaa"])
    func weakMasterKeysAreRecognised(key: String) {
        #expect(MasterKeyPolicy.weakness(of: key) != nil)
    }

    @Test func strongMasterKeyPasses() {
        #expect(MasterKeyPolicy.weakness(of: RunningServer.masterKey) == nil)
    }
}
