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
    }

    private let configured: [Deployment]
    private let snapshot: Mutex<Snapshot>
    private let storedLoaded = Atomic<Bool>(false)

    init(configured: [Deployment]) {
        self.configured = configured
        snapshot = Mutex(Self.snapshot(configured: configured, stored: []))
    }

    /// Public model names, sorted, as `/v1/models` lists them.
    var modelNames: [String] { snapshot.withLock(\.names) }

    /// Every deployment, configured ones first.
    var allDeployments: [Deployment] { snapshot.withLock(\.all) }

    func deployments(for modelName: String) -> [Deployment] {
        snapshot.withLock { $0.byName[modelName] ?? [] }
    }

    /// Whether the deployment came from the database rather than the config file.
    func isStored(_ id: String) -> Bool {
        snapshot.withLock { $0.storedIds.contains(id) }
    }

    /// Replaces the stored deployments with `stored` (a configured deployment keeps its id if both name one).
    func replaceStored(_ stored: [Deployment]) {
        let next = Self.snapshot(configured: configured, stored: stored)
        snapshot.withLock { $0 = next }
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
        return Snapshot(byName: byName, names: byName.keys.sorted(), all: all, storedIds: Set(added.map(\.id)))
    }
}
