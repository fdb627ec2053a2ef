import Foundation
import GRDB

/// Context names for shell completion: read-only, no migrations, nothing printed, so Tab stays fast and harmless.
public enum ContextNames {
    @Sendable public static func complete(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        names(environment: ProcessInfo.processInfo.environment).filter { $0.hasPrefix(prefix) }
    }

    /// The stored context names, sorted; empty when there is no store yet.
    public static func names(environment: [String: String]) -> [String] {
        let path = ContextStore.defaultDirectory(environment: environment).appendingPathComponent("llmctl.sqlite").path
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return [] }
        return (try? queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM context ORDER BY name") }) ?? []
    }
}
