import Foundation

/// A PostgreSQL cluster of a test's own (`scripts/postgres-cluster`), for tests that stop and restart the server.
public final class PostgresCluster: Sendable {
    public let directory: String
    /// The URL of the cluster's `postgres` database.
    public let url: String

    private static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/postgres-cluster").path

    public init() throws {
        let lines = try Self.run(["start"]).split(separator: "\n").map(String.init)
        guard lines.count == 2 else { throw LaunchError("postgres-cluster start printed: \(lines)") }
        directory = lines[0]
        url = lines[1]
    }

    deinit {
        _ = try? Self.run(["stop", directory])
    }

    /// Stops the server, keeping its data: an outage.
    public func pause() throws {
        try Self.run(["pause", directory])
    }

    /// Starts the server again on the same port.
    public func resume() throws {
        try Self.run(["resume", directory])
    }

    /// Runs the script with `arguments`, answering what it printed.
    @discardableResult
    private static func run(_ arguments: [String]) throws -> String {
        let result = try Launcher.execute(URL(fileURLWithPath: script), arguments, environment: ProcessInfo.processInfo.environment)
        guard result.status == 0 else {
            throw LaunchError("postgres-cluster \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }
}
