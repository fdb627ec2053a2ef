import AsyncHTTPClient
import GatewayModel
import GatewayProviders
import GatewayStore
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Builds the HTTP application for `config` on `store`; `llmproxy serve` and the tests both call this.
///
/// The caller owns `store` (opens, migrates and closes it); the application runs its change feed. With a
/// `spendJournal`, spend entries survive a crash or a database outage (see `SpendJournal`).
public func buildApplication(
    config: ServerConfig,
    store: any GatewayStore,
    logger: Logger,
    spendJournal: SpendJournal? = nil,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let metrics = GatewayMetrics()
    let ledger = SpendLedger()
    let cache = KeyCache(store: store, ledger: ledger, ttl: config.keyCacheTTL)
    let recorder = SpendRecorder(store: store, ledger: ledger, logger: logger, journal: spendJournal, interval: config.spendFlushInterval)
    let httpClient = HTTPClientService.makeClient()
    let health = config.allowRequestsOnDBUnavailable || !config.planes.contains(.llm) ? nil : StoreHealth(store: store, logger: logger)
    let registry = ModelRegistry(configured: config.deployments)
    let deploymentRouter = DeploymentRouter(registry: registry, settings: config.router, metrics: metrics)
    let catalog = ModelCatalog(
        store: store,
        registry: registry,
        states: deploymentRouter.states,
        defaultTimeout: config.router.timeout,
        logger: logger
    )
    let applied = AppliedRevision()
    let tally = CallTally()
    let router = GatewayRoutes(
        config: config,
        store: store,
        metrics: metrics,
        cache: cache,
        admission: CallAdmission(ledger: ledger, recorder: recorder, limiter: RateLimiter(), metrics: metrics, tally: tally),
        adapters: ProviderAdapters(client: httpClient),
        httpClient: httpClient,
        health: health,
        registry: registry,
        deploymentRouter: deploymentRouter,
        catalog: catalog
    ).build()
    let heartbeat = HeartbeatService(
        store: store,
        identity: InstanceIdentity(config: config),
        applied: applied,
        cache: cache,
        registry: registry,
        tally: tally,
        recorder: recorder,
        logger: logger
    )
    var services: [any Service] = [
        StoreService(store: store, cache: cache, catalog: catalog, applied: applied, logger: logger), recorder, heartbeat,
        HTTPClientService(client: httpClient),
    ]
    if let health { services.append(health) }
    return Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "llmproxy/\(GatewayVersion.current)"),
        services: services,
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? config.port) },
        logger: logger
    )
}

/// The route table: which controllers serve which paths on each plane, behind which middleware.
struct GatewayRoutes {
    typealias Context = GatewayRequestContext

    let config: ServerConfig
    let store: any GatewayStore
    let metrics: GatewayMetrics
    let cache: KeyCache
    let admission: CallAdmission
    let adapters: ProviderAdapters
    let httpClient: HTTPClient
    let health: StoreHealth?
    let registry: ModelRegistry
    let deploymentRouter: DeploymentRouter
    let catalog: ModelCatalog

    func build() -> Router<Context> {
        let router = Router(context: Context.self)
        router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
        router.add(middleware: CORSPolicy(origins: config.corsOrigins))
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: PlaneGate(planes: config.planes))
        addHealthPlane(router)
        if config.planes.contains(.admin) {
            addAdminPlane(router)
        }
        if config.planes.contains(.llm) {
            addLLMPlane(router)
        }
        if config.planes.contains(.ui) {
            UIController(assets: UIAssets.locate(), planes: config.planes, apiBaseURL: config.uiAPIBaseURL).addRoutes(to: router)
        }
        return router
    }

    private func addHealthPlane(_ router: Router<Context>) {
        HealthController(store: store, planes: config.planes, databaseKind: databaseKind).addRoutes(to: router.group("health"))
        let upstreams = DeploymentHealthController(registry: registry, adapters: adapters)
        router.group().add(middleware: LLMAuth(authenticator: authenticator, health: nil)).get("health", use: upstreams.check)
        router.get("metrics") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: metrics.render()))
            )
        }
    }

    private func addAdminPlane(_ router: Router<Context>) {
        let body = BodyReader(limit: config.maxRequestBodyBytes)
        let admin = router.group().add(middleware: ManagementAuth(authenticator: authenticator)).add(middleware: RevisionHeader(store: store))
        KeyController(store: store, body: body, cache: cache).addRoutes(to: admin.group("key"))
        let users = UserController(store: store, body: body, cache: cache)
        users.addRoutes(to: admin.group("user"))
        admin.group("v2/user").get("info", use: users.infoV2)
        let teams = TeamController(store: store, body: body, cache: cache, availableTeams: config.availableTeams)
        teams.addRoutes(to: admin.group("team"))
        admin.group("v2/team").get("list", use: teams.listV2)
        SpendController(store: store).addRoutes(to: admin.group("spend"))
        GlobalSpendController(store: store).addRoutes(to: admin.group("global/spend"))
        let models = ModelController(
            store: store,
            registry: registry,
            catalog: catalog,
            body: body,
            states: config.planes.contains(.llm) ? deploymentRouter.states : nil
        )
        models.addRoutes(to: admin.group("model"))
        admin.group("v1/model").get("info", use: models.info)
        admin.group("v2/model").get("info", use: models.info)
        admin.group("model_group").get("info", use: models.groupInfo)
        FleetController(store: store, probe: FleetProbe(client: httpClient)).addRoutes(to: admin.group("fleet"))
    }

    private func addLLMPlane(_ router: Router<Context>) {
        let llm = router.group().add(middleware: LLMAuth(authenticator: authenticator, health: health))
        LLMController(
            registry: registry,
            router: deploymentRouter,
            adapters: adapters,
            admission: admission,
            body: BodyReader(limit: config.maxRequestBodyBytes)
        ).addRoutes(to: llm)
        PassThroughController(
            routes: config.passThroughRoutes,
            transport: HTTPClientTransport(client: httpClient),
            registry: registry,
            admission: admission,
            maxBodyBytes: config.maxRequestBodyBytes,
            timeout: config.router.timeout ?? .seconds(600)
        ).addRoutes(to: llm)
    }

    private var authenticator: KeyAuthenticator {
        KeyAuthenticator(masterKey: config.masterKey, cache: cache)
    }

    private var databaseKind: String {
        switch config.database {
        case .sqlite: "sqlite"
        case .postgres: "postgresql"
        }
    }
}
