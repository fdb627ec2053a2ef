import ArgumentParser
import Foundation
import GatewayModel
import GatewayServer
import GatewayStore
import Logging
import ServiceLifecycle

/// `llmproxy serve`: run the gateway until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the gateway.",
        discussion: """
            The role picks the planes: admin (management API and UI), worker (LLM API), or all. \
            DISABLE_ADMIN_UI, DISABLE_ADMIN_ENDPOINTS and DISABLE_LLM_API_ENDPOINTS switch planes off on top of it. \
            The master key comes from LLMPROXY_MASTER_KEY, LITELLM_MASTER_KEY or general_settings.master_key.
            """
    )

    @Option(help: "Which planes to serve: admin, worker or all.")
    var role: ServerRole?

    @Option(help: "Address to listen on (default 0.0.0.0).")
    var host: String?

    @Option(help: "Port to listen on (default 4000; 0 picks a free one).")
    var port: Int?

    @Option(help: "How this instance names itself in the fleet (default <hostname>:<port>).")
    var name: String?

    @Option(help: "The region this instance runs in, such as eu-west.")
    var region: String?

    @Option(help: "How admins and the UI reach this instance, such as https://eu.llm.example.com.")
    var publicUrl: String?

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Start even with a short or well-known master key (local experiments only).")
    var allowWeakMasterKey = false

    func validate() throws {
        if let port, !(0...65_535).contains(port) {
            throw ValidationError("--port must be from 0 to 65535.")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let flags = ServeFlags(
            role: role,
            host: host,
            port: port,
            configPath: database.configPath,
            databaseURL: database.databaseURL,
            name: name,
            region: region,
            publicURL: publicUrl
        )
        let config = try Startup.resolveConfig(flags, environment: environment)
        let logger = Startup.bootstrapLogging(level: config.logLevel)
        for warning in config.warnings {
            logger.warning("config: \(warning)")
        }
        if let masterKey = config.masterKey {
            if let weakness = MasterKeyPolicy.weakness(of: masterKey) {
                guard allowWeakMasterKey else {
                    Startup.fail("refusing to start: \(weakness). \(MasterKeyPolicy.howToGenerate) (or pass --allow-weak-master-key for local play).")
                }
                logger.warning("\(weakness); accepted because of --allow-weak-master-key")
            }
        } else {
            logger.warning("no master key set: management endpoints answer 401 until LLMPROXY_MASTER_KEY is set")
        }
        let planes = config.planes
        let store = Startup.openStore(config.database)
        let serving = ServiceAfterStartup {
            try await Startup.prepare(store, for: planes.role, logger: logger)
            var journal: SpendJournal?
            if planes.contains(.llm), let path = config.spendJournalPath {
                do throws(ConfigError) {
                    journal = try SpendJournal(path: path, logger: logger)
                } catch {
                    Startup.fail(error.message)
                }
            }
            return buildApplication(config: config, store: store, logger: logger, spendJournal: journal) { port in
                logger.info(
                    "llmproxy \(GatewayVersion.current) listening on http://\(config.host):\(port) (role \(planes.role.rawValue): \(planes.names.joined(separator: ", ")))"
                )
            }
        }
        // The store's connections come first: the group starts them before, and stops them after, what uses them.
        let group = ServiceGroup(
            configuration: .init(
                services: [StoreConnectionsService(store: store), serving],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        do {
            try await group.run()
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
        logger.info("llmproxy stopped")
    }
}
