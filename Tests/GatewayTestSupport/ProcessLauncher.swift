import Foundation

/// Starts the built `llmproxy` binary as a child process for end-to-end tests and stops it by PID.
///
/// Output goes to a log file the test can read; the listening port is parsed from the start-up line.
public final class LaunchedProcess: @unchecked Sendable {
    public let process: Process
    public let logPath: String
    private let reaper: ChildReaper

    init(process: Process, logPath: String) {
        self.process = process
        self.logPath = logPath
        reaper = ChildReaper(process)
    }

    /// A test that failed before stopping its server still leaves no process behind.
    deinit {
        if reaper.isRunning {
            kill(process.processIdentifier, SIGKILL)
            _ = reaper.waitBlocking()
        }
    }

    /// Everything the process has written so far.
    public var log: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// Waits (at most `timeout`) for the start-up line and answers the port it names.
    public func waitForPort(timeout: Duration = .seconds(30)) async throws -> Int {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let port = Self.port(in: log) { return port }
            guard reaper.isRunning else { throw LaunchError("llmproxy exited before listening:\n\(log)") }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw LaunchError("llmproxy did not start within \(timeout):\n\(log)")
    }

    /// Sends SIGTERM and waits (at most `timeout`) for the exit status.
    public func terminate(timeout: Duration = .seconds(15)) async throws -> Int32 {
        if reaper.isRunning { kill(process.processIdentifier, SIGTERM) }
        return try await waitForExit(timeout: timeout)
    }

    /// Waits for the process to exit on its own and answers its status.
    public func waitForExit(timeout: Duration = .seconds(30)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let status = reaper.poll() { return status }
            guard ContinuousClock.now < deadline else {
                kill(process.processIdentifier, SIGKILL)
                throw LaunchError("llmproxy did not exit within \(timeout):\n\(log)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    static func port(in log: String) -> Int? {
        guard let range = log.range(of: "listening on http://") else { return nil }
        let rest = log[range.upperBound...]
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        return Int(rest[rest.index(after: colon)...].prefix(while: \.isNumber))
    }
}

/// Finds and starts the project's built executables.
public enum Launcher {
    /// The directory holding the built products: beside the test bundle, or `LLMPROXY_BUILD_DIR`.
    public static var productsDirectory: URL {
        if let directory = ProcessInfo.processInfo.environment["LLMPROXY_BUILD_DIR"] {
            return URL(fileURLWithPath: directory)
        }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("llmproxy").path) {
            url.deleteLastPathComponent()
        }
        return url
    }

    /// Starts `llmproxy` with `arguments` in `directory`, with only `environment` (plus PATH) set.
    public static func llmproxy(
        _ arguments: [String],
        in directory: TemporaryDirectory,
        environment: [String: String] = [:]
    ) throws -> LaunchedProcess {
        let binary = productsDirectory.appendingPathComponent("llmproxy")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw LaunchError("llmproxy is not built at \(binary.path): run swift build first")
        }
        let logPath = directory.path("llmproxy-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory.url
        process.environment = environment.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]) { a, _ in a }
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return LaunchedProcess(process: process, logPath: logPath)
    }
}

/// A child process that did not start, answer or stop as expected.
public struct LaunchError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// A finished command's exit status and its two output streams.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

extension Launcher {
    /// Runs a built tool (`llmctl`, `llmproxy`) to completion with only `environment` (plus PATH) set.
    public static func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> CommandResult {
        let binary = productsDirectory.appendingPathComponent(tool)
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw LaunchError("\(tool) is not built at \(binary.path): run swift build first")
        }
        let path = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        return try execute(binary, arguments, environment: environment.merging(path) { a, _ in a }, stdin: stdin)
    }

    /// Runs any program to completion in `directory` with exactly `environment`, feeding it `stdin`.
    public static func execute(
        _ executable: URL,
        _ arguments: [String],
        environment: [String: String],
        directory: URL? = nil,
        stdin: String? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
        }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        return CommandResult(
            status: ChildReaper(process).waitBlocking(),
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self)
        )
    }
}

extension Launcher {
    /// Starts `llmproxy serve` in `role` on 127.0.0.1 (a free port, `p.sqlite` in `directory`, the tests' master key)
    /// and answers it once it listens, with its port: the server the llmctl tests talk to.
    public static func llmproxyOnSQLite(in directory: TemporaryDirectory, role: String = "all") async throws -> (server: LaunchedProcess, port: Int) {
        let server = try llmproxy(
            ["serve", "--role", role, "--host", "127.0.0.1", "--port", "0", "--database-url", "sqlite:\(directory.path("p.sqlite"))"],
            in: directory,
            environment: ["LLMPROXY_MASTER_KEY": RunningServer.masterKey]
        )
        return (server, try await server.waitForPort())
    }
}
