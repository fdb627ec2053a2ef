import ArgumentParser
import GatewayModel

/// `llmctl health`: the readiness of the current context's proxy, or of every context.
public struct HealthCommand: LLMCtlCommand {
    public static let configuration = CommandConfiguration(
        commandName: "health",
        abstract: "Show a proxy's readiness: status, database, version, role.",
        discussion: "With --models, call every deployment the proxy serves once (GET /health) and show which answer."
    )

    @Flag(help: "Check every stored context.") var allContexts = false
    @Flag(help: "Check each upstream deployment with a minimal call instead of the proxy's readiness.") var models = false
    @Option(help: "With --models, check only this model name.") var model: String?
    @OptionGroup var global: GlobalOptions

    public init() {}

    /// How readiness prints: a row per context.
    static let readiness = Listing<(context: String, report: ReadinessReport)>(
        name: \.context,
        columns: [
            ("context", \.context),
            ("status", \.report.status),
            ("db", { $0.report.db ?? "" }),
            ("version", { $0.report.version ?? "" }),
            ("role", { $0.report.role ?? "" }),
            ("planes", { ($0.report.planes ?? []).joined(separator: ",") }),
        ]
    )

    public func validate() throws {
        if model != nil && !models { throw ValidationError("--model needs --models.") }
        if models && allContexts { throw ValidationError("--models checks one context's deployments; leave out --all-contexts.") }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        if models {
            try checkDeployments(try Connection.resolve(global, in: environment), environment)
            return
        }
        var targets: [Connection] = []
        if allContexts {
            let store = try environment.contextStore()
            let names: [String]
            do {
                names = try store.all().map(\.name)
            } catch {
                throw CLIError(error)
            }
            for name in names {
                var options = global
                options.context = name
                targets.append(try Connection.resolve(options, in: environment))
            }
        } else {
            targets = [try Connection.resolve(global, in: environment)]
        }
        var reports: [(context: String, report: ReadinessReport)] = []
        var objects: [JSONValue] = []
        var unhealthy = 0
        for target in targets {
            let (report, json, _) = ReadinessProbe.check(target.client)
            if report.status != "healthy" {
                unhealthy += 1
                if let reason = report.error { environment.errors("context \"\(target.name)\": \(reason)\n") }
            }
            reports.append((target.name, report))
            objects.append(json)
        }
        environment.output(Self.readiness.render(reports, json: objects, global))
        if unhealthy > 0 {
            throw CLIError(.unavailable, "\(unhealthy) of \(targets.count) proxies are not healthy")
        }
    }

    /// How deployment checks print: a row per deployment.
    static let deployments = Listing<(status: String, endpoint: EndpointHealth)>(
        name: { $0.endpoint.modelId ?? "" },
        columns: [
            ("model", { $0.endpoint.modelName ?? "" }),
            ("deployment", { $0.endpoint.modelId ?? "" }),
            ("upstream", { $0.endpoint.model ?? "" }),
            ("status", \.status),
            ("error", { $0.endpoint.error ?? "" }),
        ]
    )

    /// `GET /health`: a row per deployment, healthy first; fails with 69 when any is unhealthy.
    private func checkDeployments(_ connection: Connection, _ environment: CommandEnvironment) throws(CLIError) {
        let path = "/health" + (model.map { "?model=\(Query.escape($0))" } ?? "")
        let report = try connection.perform("GET", path, reading: DeploymentHealthReport<Raw<EndpointHealth>>.self, answered: [503])
        var rows: [(status: String, endpoint: EndpointHealth)] = []
        var objects: [JSONValue] = []
        for (status, endpoints) in [("healthy", report.value.healthyEndpoints), ("unhealthy", report.value.unhealthyEndpoints)] {
            // JSON and YAML print each endpoint as the server sent it, with its status added.
            for endpoint in endpoints {
                guard case .object(var object) = endpoint.json else { continue }
                object["status"] = .string(status)
                rows.append((status, endpoint.value))
                objects.append(.object(object))
            }
        }
        environment.output(Self.deployments.render(rows, json: objects, global))
        let unhealthy = rows.count { $0.status == "unhealthy" }
        if unhealthy > 0 || rows.isEmpty {
            throw CLIError(.unavailable, "\(unhealthy) of \(rows.count) deployments are not healthy")
        }
    }
}
