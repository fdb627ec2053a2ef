import ArgumentParser
import Foundation
import GatewayModel

/// `llmctl fleet`: the instances sharing the current context's store, and whether they have applied a change.
public struct FleetCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "fleet",
        abstract: "See the instances that share this proxy's database and wait for them to converge.",
        subcommands: [FleetStatus.self, FleetWait.self],
        defaultSubcommand: FleetStatus.self
    )

    public init() {}
}

/// One instance as `fleet status` reads it.
typealias FleetRow = FleetInstance<InstanceSummary>

/// How instances print, for every fleet command.
enum FleetRows {
    static func listing(at now: Date = Date()) -> Listing<FleetRow> {
        Listing<FleetRow>(
            name: \.report.name,
            columns: [
                ("name", \.report.name),
                ("region", { $0.report.region ?? "" }),
                ("role", { $0.report.role ?? "" }),
                ("version", { $0.report.version ?? "" }),
                ("revision", { String($0.report.appliedRevision) }),
                ("lag", { String($0.revisionLag) }),
                ("last-seen", { $0.report.lastSeen.map { ago($0, now: now) } ?? "" }),
                ("status", status),
            ]
        )
    }

    /// The status, with the admin's probe when it ran: `live`, `live (unreachable)`.
    static func status(_ row: FleetRow) -> String {
        guard let reachable = row.reachable else { return row.status.rawValue }
        return reachable ? "\(row.status.rawValue) (\(Renderer.number(row.roundTripMilliseconds)) ms)" : "\(row.status.rawValue) (unreachable)"
    }

    static func ago(_ time: Date, now: Date) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(time).rounded()))
        switch seconds {
        case ..<120: return "\(seconds)s ago"
        case ..<7200: return "\(seconds / 60)m ago"
        default: return "\(seconds / 3600)h ago"
        }
    }
}

/// `llmctl fleet status`: every instance with its region, role, version, applied revision, lag and liveness.
public struct FleetStatus: LLMCtlCommand {
    public static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "List the instances: name, region, role, version, applied revision, lag, last heartbeat and status."
    )

    @Flag(help: "Have the admin probe each live instance's readiness and show whether it answered.") var probe = false
    @Flag(help: "Include stale and stopped instances.") var all = false
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let path = "/fleet/\(all ? "instances" : "status")\(probe ? "?probe=true" : "")"
        let answer = try Connection.resolve(global, in: environment).perform("GET", path, reading: FleetAnswer<Raw<FleetRow>>.self)
        switch global.output {
        case .json: environment.output(Renderer.json(answer.json) + "\n")
        case .yaml: environment.output(Renderer.yaml(answer.json, indent: 0))
        case .name, .table:
            environment.output(FleetRows.listing().render(answer.value.instances, global))
            if global.output == .table && !global.noHeaders {
                let state = answer.value.converged ? "converged" : "not converged"
                environment.say("revision \(answer.value.revision): \(state)")
            }
        }
    }
}

/// `llmctl fleet wait`: returns once every live instance has applied a revision (by default the current one); the
/// CI gate that proves a change, such as a revocation, is everywhere.
public struct FleetWait: LLMCtlCommand {
    public static let configuration = CommandConfiguration(
        commandName: "wait",
        abstract: "Wait until every live instance has applied a revision (default: the current one).",
        discussion: "Exits 0 once converged, 69 when --timeout (default 10s) passes first, naming the instances that lag."
    )

    @Option(help: "The revision to wait for, as x-llmproxy-revision or 'fleet status' showed it.") var revision: Int64?
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        if let revision, revision < 0 { throw ValidationError("--revision must be 0 or more.") }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let connection = try Connection.resolve(global, in: environment)
        let answer = try FleetWaiter(connection: connection, timeout: global.timeout ?? FleetWaiter.defaultTimeout).wait(for: revision)
        switch global.output {
        case .json: environment.output(Renderer.json(answer.json) + "\n")
        case .yaml: environment.output(Renderer.yaml(answer.json, indent: 0))
        case .name: environment.output(answer.value.instances.map { $0.value.report.name + "\n" }.joined())
        case .table:
            let count = answer.value.instances.count
            environment.say("\(count) live instance\(count == 1 ? "" : "s") applied revision \(answer.target).")
        }
    }
}
