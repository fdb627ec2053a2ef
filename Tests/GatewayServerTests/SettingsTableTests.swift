import Foundation
import GatewayServer
import GatewayTestSupport
import Testing

@Suite("The settings table")
struct SettingsTableTests {
    /// The README's table, row for row, is `ServerSetting.all`: names, flags, variables, config paths and defaults.
    @Test func theReadmeListsExactlyTheSettingsServeResolves() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let lines = try String(contentsOf: readme, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex(of: "| setting | flag | environment | config file | default |"))
        let documented = lines[(header + 2)...].prefix { $0.hasPrefix("|") }.map(String.init)
        let expected = ServerSetting.all.map { setting in
            let code = { (text: String) in "`\(text)`" }
            let environment = setting.environment.isEmpty ? "—" : setting.environment.map(code).joined(separator: ", ")
            return
                "| \(setting.name) | \(setting.flag.map(code) ?? "—") | \(environment) | \(setting.configPath.map(code) ?? "—") | \(setting.defaultValue) |"
        }
        #expect(documented == expected)
    }

    @Test func eachVariableIsTriedInOrderAndAnEmptyOneCountsAsUnset() throws {
        let config = try ServerConfig.resolve(flags: ServeFlags(), environment: ["LLMPROXY_PORT": "", "PORT": "8081", "LOG_LEVEL": "debug"])
        #expect(config.port == 8081)
        #expect(config.logLevel == .debug)
        let second = try ServerConfig.resolve(flags: ServeFlags(), environment: ["LLMPROXY_LOG_LEVEL": "error"])
        #expect(second.logLevel == .error)
    }

    @Test func everySwitchThatIsSetTurnsItsPlaneOff() throws {
        let config = try ServerConfig.resolve(
            flags: ServeFlags(role: .all),
            environment: ["DISABLE_ADMIN_UI": "true", "DISABLE_LLM_API_ENDPOINTS": "1", "DISABLE_ADMIN_ENDPOINTS": "no"]
        )
        #expect(config.planes.names == ["admin", "health"])
        #expect(config.spendJournalPath == nil)
    }

    @Test func aBadValueIsRefusedNamingWhereItCameFrom() throws {
        #expect(throws: ConfigError("PORT='80.5' must be a whole number from 0 to 65535.")) {
            try ServerConfig.resolve(flags: ServeFlags(), environment: ["PORT": "80.5"])
        }
        #expect(throws: ConfigError("LLMPROXY_ROLE='boss' must be a role: admin, worker or all.")) {
            try ServerConfig.resolve(flags: ServeFlags(), environment: ["LLMPROXY_ROLE": "boss"])
        }
        let directory = try TemporaryDirectory()
        let path = directory.path("config.yaml")
        try "general_settings:\n  max_request_size_mb: -1\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ConfigError("general_settings.max_request_size_mb must be a positive number of megabytes up to 10240.")) {
            try ServerConfig.resolve(flags: ServeFlags(configPath: path), environment: [:])
        }
        try "litellm_settings:\n  default_internal_user_params: [1]\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ConfigError("litellm_settings.default_internal_user_params must be a mapping.")) {
            try ServerConfig.resolve(flags: ServeFlags(configPath: path), environment: [:])
        }
    }
}
