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
        let (variables, options) = (environment.variables, global)
        DispatchQueue.concurrentPerform(iterations: contexts.count) { index in
            results.set(index, Self.probe(contexts[index], environment: variables, options: options))
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
        let failed = zip(contexts, results.values).filter { !$0.1.passed }
        for (context, result) in failed {
            environment.errors("context \"\(context.name)\": \(result.error ?? "status \(result.status), auth \(result.auth ?? "unknown")")\n")
        }
        if !failed.isEmpty {
            throw CLIError(.unavailable, "\(failed.count) of \(contexts.count) contexts failed the test")
        }
    }

    /// Readiness, then one call that needs the credential: `/v1/models` on a data plane, `/key/list` on a control
    /// plane; both with the command's timeout and TLS options.
    static func probe(_ context: CLIContext, environment: [String: String], options: GlobalOptions) -> ContextTestResult {
        let key = context.credential(environment: environment)
        let client = ProxyClient(
            baseURL: context.url,
            apiKey: key,
            timeout: options.requestTimeout,
            insecure: options.insecure,
            caCertificatePath: options.cacert
        )
        let now = Date()
        let (report, _, seconds) = ReadinessProbe.check(client)
        var result = ContextTestResult(
            status: report.status,
            version: report.version,
            role: report.role,
            database: report.db,
            latencyMilliseconds: seconds.map { $0 * 1000 },
            testedAt: now
        )
        result.error = report.error
        guard seconds != nil, result.status != "invalid" else { return result }
        // A worker proves the key on the models it may call, an admin on a one-key listing.
        let llm = (report.planes ?? []).contains("llm")
        let path = llm ? "/v1/models" : "/key/list?size=1"
        do {
            let check = try client.call("GET", path)
            switch check.status {
            case 200..<300:
                let fits =
                    llm
                    ? Connection.decode(check, as: DataList<ModelObject>.self).map { _ in () }
                    : Connection.decode(check, as: KeyPage<JSONValue>.self).map { _ in () }
                if case .failure(let problem) = fits {
                    result.auth = "invalid"
                    result.error = Connection.invalidResponse(from: client.baseURL + path, problem.text)
                } else {
                    result.auth = "ok"
                }
            case 401: result.auth = key == nil ? "missing" : "rejected"
            case 403: result.auth = "forbidden"
            default: result.auth = "HTTP \(check.status)"
            }
            if result.auth != "ok", result.error == nil {
                result.error = Connection.mask(in: "the key was not accepted: \(check.errorMessage) (HTTP \(check.status))")
            }
        } catch {
            result.auth = "unknown"
            result.error = Connection.mask(in: error.message)
        }
        return result
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
