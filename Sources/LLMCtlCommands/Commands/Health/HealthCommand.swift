import ArgumentParser
import GatewayModel

/// `llmctl health`: the readiness of the current context's proxy, or of every context.
public struct HealthCommand: LLMCtlCommand {
    public static let configuration = CommandConfiguration(
        commandName: "health",
        abstract: "Show a proxy's readiness: status, database, version, role."
    )

    @Flag(help: "Check every stored context.") var allContexts = false
    @OptionGroup var global: GlobalOptions

    public init() {}

    static let columns = ["context", "status", "db", "version", "role", "planes"]

    public func run(in environment: CommandEnvironment) throws(CLIError) {
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
            let report: JSONValue
            do {
                report = try target.client.call("GET", "/health/readiness", authenticated: false).body
            } catch {
                report = .object(["status": .string("unreachable"), "error": .string(error.message)])
            }
            if report["status"]?.stringValue != "healthy" { unhealthy += 1 }
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
}
