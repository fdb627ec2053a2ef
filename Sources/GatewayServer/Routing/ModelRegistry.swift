import Crypto
import Foundation
import GatewayProviders
import Synchronization

/// The public model names this instance serves and the deployments behind each: those of the config file, joined by
/// those stored in the database (`/model/new`), which change at run time.
final class ModelRegistry: Sendable {
    private struct Snapshot: Sendable {
        var byName: [String: [Deployment]] = [:]
        var names: [String] = []
        var all: [Deployment] = []
        var storedIds: Set<String> = []
        /// SHA-256 over what routes each deployment (secrets left out), so equal digests mean equal registries.
        var digest = ""
        /// The read whose result this is; an older read that finishes later is not applied.
        var read = 0
    }

    private let configured: [Deployment]
    private let snapshot: Mutex<Snapshot>
    private let storedLoaded = Atomic<Bool>(false)
    private let reads = Atomic<Int>(0)

    init(configured: [Deployment]) {
        self.configured = configured
        snapshot = Mutex(Self.snapshot(configured: configured, stored: []))
    }

    /// Public model names, sorted, as `/v1/models` lists them.
    var modelNames: [String] { snapshot.withLock(\.names) }

    /// What the heartbeat reports of the registry: its digest and the model names.
    var summary: (digest: String, names: [String]) { snapshot.withLock { ($0.digest, $0.names) } }

    /// Every deployment, configured ones first.
    var allDeployments: [Deployment] { snapshot.withLock(\.all) }

    func deployments(for modelName: String) -> [Deployment] {
        snapshot.withLock { $0.byName[modelName] ?? [] }
    }

    /// Whether the deployment came from the database rather than the config file.
    func isStored(_ id: String) -> Bool {
        snapshot.withLock { $0.storedIds.contains(id) }
    }

    /// Numbers a read of the stored deployments about to start, for `replaceStored`.
    func beginRead() -> Int {
        reads.add(1, ordering: .relaxed).newValue
    }

    /// Replaces the stored deployments with `stored`, the result of read number `read` (a configured deployment keeps
    /// its id if both name one); a read older than the one applied last is dropped, so overlapping reloads cannot
    /// bring back a state the database has left.
    func replaceStored(_ stored: [Deployment], read: Int) {
        var next = Self.snapshot(configured: configured, stored: stored)
        next.read = read
        snapshot.withLock { current in
            if read > current.read { current = next }
        }
        storedLoaded.store(true, ordering: .releasing)
    }

    /// Waits, at most `limit`, until the stored deployments have been read once: a call for a name the database adds
    /// that arrives just after start-up waits for it rather than being told the model does not exist.
    func waitForStoredDeployments(upTo limit: Duration = .seconds(2)) async {
        let start = ContinuousClock.now
        while !storedLoaded.load(ordering: .acquiring) && ContinuousClock.now - start < limit {
            try? await Task.sleep(for: .milliseconds(10))
        }
    }

    private static func snapshot(configured: [Deployment], stored: [Deployment]) -> Snapshot {
        let configuredIds = Set(configured.map(\.id))
        let added = stored.filter { !configuredIds.contains($0.id) }
        let all = configured + added
        let byName = Dictionary(grouping: all, by: \.modelName)
        return Snapshot(byName: byName, names: byName.keys.sorted(), all: all, storedIds: Set(added.map(\.id)), digest: digest(of: all))
    }

    private static func digest(of deployments: [Deployment]) -> String {
        let lines = deployments.map { deployment in
            [
                deployment.id, deployment.modelName, deployment.provider.rawValue, deployment.upstreamModel, deployment.apiBase ?? "",
                deployment.apiVersion ?? "", "\(deployment.weight)", deployment.rpm.map(String.init) ?? "", deployment.tpm.map(String.init) ?? "",
            ].joined(separator: "\u{1F}")
        }
        let hash = SHA256.hash(data: Array(lines.sorted().joined(separator: "\n").utf8))
        return hash.map { String(format: "%02x", $0) }.joined()
    }
}
