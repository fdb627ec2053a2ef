import ArgumentParser
import Foundation
import GatewayModel

/// Polls `/fleet/status` until every live instance has applied a revision, or a time limit passes: shared by
/// `fleet wait` and every write command's `--wait`.
struct FleetWaiter {
    static let defaultTimeout = 10.0
    static let pollInterval = 0.2

    let connection: Connection
    let timeout: Double

    struct Converged {
        let target: Int64
        let value: FleetAnswer<Raw<FleetRow>>
        let json: JSONValue
    }

    /// Waits for `revision`, or for the revision current at the first poll; throws 69 naming the instances that
    /// still lag when the time is up.
    func wait(for revision: Int64?) throws(CLIError) -> Converged {
        let deadline = Date().addingTimeInterval(timeout)
        var target = revision
        while true {
            let remaining = deadline.timeIntervalSinceNow
            let answer = try connection.withTimeout(max(0.2, min(remaining, 30)))
                .perform("GET", "/fleet/status", reading: FleetAnswer<Raw<FleetRow>>.self)
            let wanted = target ?? answer.value.revision
            target = wanted
            let lagging = answer.value.instances.map(\.value).filter { $0.status == .live && $0.report.appliedRevision < wanted }
            if lagging.isEmpty {
                return Converged(target: wanted, value: answer.value, json: answer.json)
            }
            if Date() >= deadline {
                let names = lagging.map { "\($0.report.name) (applied \($0.report.appliedRevision))" }.joined(separator: ", ")
                throw CLIError(.unavailable, "the fleet did not apply revision \(wanted) within \(Renderer.number(timeout))s: \(names)")
            }
            Thread.sleep(forTimeInterval: min(Self.pollInterval, max(0, deadline.timeIntervalSinceNow)))
        }
    }
}

/// `--wait` for a write command: after the write, wait until the fleet has applied the revision it produced.
struct FleetWaitOption: ParsableArguments {
    @Flag(help: "Return only once every live instance has applied this change (bounded by --timeout, default 10s).")
    var wait = false

    init() {}

    /// Waits for `revision` when `--wait` was given; an answer without a revision (an older server) cannot be
    /// waited for and says so.
    func settle(_ revision: Int64?, on connection: Connection, _ global: GlobalOptions) throws(CLIError) {
        guard wait else { return }
        guard let revision else {
            throw CLIError(.unavailable, "--wait: \(connection.name) did not say which revision the change is (no x-llmproxy-revision header)")
        }
        _ = try FleetWaiter(connection: connection, timeout: global.timeout ?? FleetWaiter.defaultTimeout).wait(for: revision)
    }
}
