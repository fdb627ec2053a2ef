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

    static let columns = ["context", "status", "db", "version", "role", "planes"]

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
        var rows: [OutputRow] = []
        var unhealthy = 0
        for target in targets {
            let report = ReadinessProbe.check(target.client).report
            if report["status"]?.stringValue != "healthy" {
                unhealthy += 1
                if let reason = report["error"]?.stringValue { environment.errors("context \"\(target.name)\": \(reason)\n") }
            }
            var cells: [String] = [target.name, report["status"]?.stringValue ?? "unknown"]
            cells.append(report["db"]?.stringValue ?? "")
            cells.append(report["version"]?.stringValue ?? "")
            cells.append(report["role"]?.stringValue ?? "")
            cells.append((report["planes"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: ","))
            rows.append(OutputRow(name: target.name, cells: cells, object: report))
        }
        environment.output(Renderer.render(rows, columns: Self.columns, format: global.output, headers: !global.noHeaders))
        if unhealthy > 0 {
            throw CLIError(.unavailable, "\(unhealthy) of \(targets.count) proxies are not healthy")
        }
    }

    static let deploymentColumns = ["model", "deployment", "upstream", "status", "error"]

    /// `GET /health`: the deployments that answered and those that did not.
    static let deploymentReportShape: AnswerShape = {
        let endpoint = AnswerShape.object(optional: ["model_name": .text, "model_id": .text, "model": .text, "error": .text])
        return .object(required: ["healthy_endpoints": .list(of: endpoint), "unhealthy_endpoints": .list(of: endpoint)])
    }()

    /// `GET /health`: a row per deployment, healthy first; fails with 69 when any is unhealthy.
    private func checkDeployments(_ connection: Connection, _ environment: CommandEnvironment) throws(CLIError) {
        let path = "/health" + (model.map { "?model=\(Query.escape($0))" } ?? "")
        let report = try connection.perform("GET", path, expecting: Self.deploymentReportShape, answered: [503])
        var rows: [OutputRow] = []
        for (status, key) in [("healthy", "healthy_endpoints"), ("unhealthy", "unhealthy_endpoints")] {
            for endpoint in report[key]?.arrayValue ?? [] {
                guard case .object(var object) = endpoint else { continue }
                object["status"] = .string(status)
                let cells = [
                    endpoint["model_name"]?.stringValue ?? "", endpoint["model_id"]?.stringValue ?? "", endpoint["model"]?.stringValue ?? "",
                    status, endpoint["error"]?.stringValue ?? "",
                ]
                rows.append(OutputRow(name: endpoint["model_id"]?.stringValue ?? "", cells: cells, object: .object(object)))
            }
        }
        environment.output(Renderer.render(rows, columns: Self.deploymentColumns, format: global.output, headers: !global.noHeaders))
        let unhealthy = rows.count { $0.cells[3] == "unhealthy" }
        if unhealthy > 0 || rows.isEmpty {
            throw CLIError(.unavailable, "\(unhealthy) of \(rows.count) deployments are not healthy")
        }
    }
}
