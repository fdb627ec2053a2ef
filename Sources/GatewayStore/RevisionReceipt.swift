import Synchronization

/// Collects the control-plane revision that the writes of one task produced, so a management response can say which
/// revision its change is (`x-llmproxy-revision`) and a client can wait for the fleet to apply exactly that one.
///
/// The server binds a receipt to the task that handles a management request; every store write made in that task
/// records the revision its transaction left behind, read inside the transaction.
public final class RevisionReceipt: Sendable {
    @TaskLocal public static var current: RevisionReceipt?

    private let highest = Mutex<Int64?>(nil)

    public init() {}

    /// The highest revision recorded, nil when the task wrote nothing.
    public var revision: Int64? { highest.withLock { $0 } }

    func record(_ revision: Int64) {
        highest.withLock { $0 = max($0 ?? revision, revision) }
    }
}
