import ArgumentParser
import Foundation
import GatewayServer
import GatewayStore

/// `llmproxy migrate`: apply pending database migrations and exit.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending database migrations and exit.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let flags = ServeFlags(configPath: database.configPath, databaseURL: database.databaseURL)
        let config = try Startup.resolveConfig(flags, environment: ProcessInfo.processInfo.environment)
        let logger = Startup.bootstrapLogging(level: config.logLevel)
        let store = Startup.openStore(config.database)
        try await store.whileRunning { try await Startup.migrate(store, logger: logger) }
        try await store.close()
    }
}
