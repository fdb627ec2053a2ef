import Foundation

/// A PostgreSQL cluster of a test's own (`scripts/postgres-cluster`), for tests that stop and restart the server.
///
/// The script is run with `posix_spawn` and `waitpid` rather than Foundation's `Process`, whose wait never saw
/// this script end inside the test runner (the exited shell stayed a zombie).
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

    /// Runs the script with `arguments`, answering what it printed; its standard output goes through a file.
    @discardableResult
    private static func run(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("postgres-cluster-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([script] + arguments).map { strdup($0) } + [nil]
        defer {
            for argument in argv { free(argument) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, script, &actions, nil, argv, environ)
        guard spawned == 0 else { throw LaunchError("cannot run \(script): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status == 0 else { throw LaunchError("postgres-cluster \(arguments.joined(separator: " ")) failed (\(status)): \(printed)") }
        return printed
    }
}
