import Foundation
import GatewayStore

/// Makes real, migrated stores for tests: an SQLite file in a temporary directory.
public enum TestStores {
    /// A migrated SQLite store in its own file; keep `directory` alive as long as the store.
    public static func sqlite(pollInterval: Duration = .milliseconds(50)) async throws -> (store: SQLiteStore, directory: TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let store = try SQLiteStore(path: directory.path("store.sqlite"), pollInterval: pollInterval)
        try await store.migrate()
        return (store, directory)
    }
}
