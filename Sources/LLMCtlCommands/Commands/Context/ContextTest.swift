import AdminClient
import ArgumentParser
import Dispatch
import Foundation
import GatewayModel

/// `llmctl context test`: is the proxy up, which version and role, is its database connected, and is the key accepted.
public struct ContextTest: LLMCtlCommand {
    public static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Check a context: readiness, version, role, database, and one authenticated call."
    )

    @Argument(help: "The context to test (default: the current one).", completion: .custom(ContextNames.complete)) var name: String?
    @Flag(help: "Test every context at once.") var all = false
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        if all && name != nil { throw ValidationError("Give a context name or --all, not both.") }
    }

    static let columns = ["name", "status", "version", "role", "db", "auth", "latency"]

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let store = try environment.contextStore()
        let contexts: [CLIContext]
        do {
            if all {
                contexts = try store.all()
            } else if let target = try name ?? global.context ?? environment.variables["LLMCTL_CONTEXT"] ?? store.currentName() {
                contexts = [try store.require(target)]
            } else {
                throw CLIError(.usage, "no current context: name one, or add one with llmctl context add")
            }
        } catch let error as ContextStoreError {
            throw CLIError(error)
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError(.refused, "\(error)")
        }
        let results = ResultsBox(count: contexts.count)
        let (variables, seconds) = (environment.variables, global.timeout)
        DispatchQueue.concurrentPerform(iterations: contexts.count) { index in
            results.set(index, Self.probe(contexts[index], environment: variables, timeout: seconds))
        }
        var rows: [OutputRow] = []
        for (context, result) in zip(contexts, results.values) {
            var updated = context
            updated.lastTest = result
            try? store.update(updated)
            rows.append(
                OutputRow(
                    name: context.name,
                    cells: [
                        context.name, result.status, result.version ?? "", result.role ?? "", result.database ?? "", result.auth ?? "",
                        result.latencyMilliseconds.map { "\(Int($0.rounded()))ms" } ?? "",
                    ],
                    object: ContextObject.json(updated, current: false)
                )
            )
        }
        environment.output(Renderer.render(rows, columns: Self.columns, format: global.output, headers: !global.noHeaders))
        if results.values.contains(where: { $0.status != "healthy" }) {
            throw CLIError(.unavailable, "\(results.values.filter { $0.status != "healthy" }.count) of \(contexts.count) contexts are not healthy")
        }
    }

    /// Readiness, then one call that needs the credential: `/v1/models` on a data plane, `/key/list` on a control plane.
    static func probe(_ context: CLIContext, environment: [String: String], timeout: Double) -> ContextTestResult {
        let client = ProxyClient(baseURL: context.url, apiKey: context.credential(environment: environment), timeout: timeout)
        let now = Date()
        let readiness: APIResponse
        do {
            readiness = try client.call("GET", "/health/readiness", authenticated: false)
        } catch {
            return ContextTestResult(status: "unreachable", testedAt: now)
        }
        let planes = readiness.body["planes"]?.arrayValue?.compactMap(\.stringValue) ?? []
        var auth = "unknown"
        if context.credential(environment: environment) == nil {
            auth = "missing"
        } else if let check = try? client.call("GET", planes.contains("llm") ? "/v1/models" : "/key/list?size=1") {
            auth = check.succeeded ? "ok" : (check.status == 403 ? "forbidden" : (check.status == 401 ? "rejected" : "HTTP \(check.status)"))
        }
        return ContextTestResult(
            status: readiness.body["status"]?.stringValue ?? (readiness.succeeded ? "healthy" : "unhealthy"),
            version: readiness.body["version"]?.stringValue,
            role: readiness.body["role"]?.stringValue,
            database: readiness.body["db"]?.stringValue,
            auth: auth,
            latencyMilliseconds: readiness.seconds * 1000,
            testedAt: now
        )
    }
}

/// Results written by concurrent probes, one slot each.
private final class ResultsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ContextTestResult?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: ContextTestResult) {
        lock.withLock { slots[index] = result }
    }

    var values: [ContextTestResult] {
        lock.withLock { slots.compactMap { $0 } }
    }
}

extension JSONValue {
    subscript(_ key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }
}
