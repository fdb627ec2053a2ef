import Foundation

/// Runs a built tool on a pseudo-terminal, as a person at a keyboard would: keystrokes in, screen output read back.
///
/// The child is started through `setsid --ctty --wait` (which forks when it must and then waits, so the exit seen
/// is the tool's own), so the terminal is its controlling terminal and Ctrl-C raises
/// SIGINT in it exactly as in a real terminal.
public final class PseudoTerminal: @unchecked Sendable {
    private let master: Int32
    private let process: Process
    private let reaper: ChildReaper
    /// Everything the tool has written to the terminal so far.
    public private(set) var screen = ""

    public init(_ tool: String, _ arguments: [String] = [], environment: [String: String]) throws {
        let binary = Launcher.productsDirectory.appendingPathComponent(tool)
        master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw LaunchError("no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slave = try FileHandle(forUpdating: URL(fileURLWithPath: String(cString: name)))
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["--ctty", "--wait", binary.path] + arguments
        process.environment = environment.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]) { a, _ in a }
        process.standardInput = slave
        process.standardOutput = slave
        process.standardError = slave
        try process.run()
        reaper = ChildReaper(process)
        try slave.close()
    }

    deinit {
        if reaper.isRunning {
            kill(process.processIdentifier, SIGKILL)
            _ = reaper.waitBlocking()
        }
        close(master)
    }

    /// Types `keys` (control characters and escape sequences included).
    public func type(_ keys: String) {
        var bytes = Array(keys.utf8)
        _ = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until the output written since `mark` contains `text`, for at most `timeout`; answers that output.
    @discardableResult
    public func expect(_ text: String, after mark: Int = 0, timeout: Duration = .seconds(10)) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while !output(after: mark).contains(text) {
            guard ContinuousClock.now < deadline else {
                throw LaunchError("the terminal never showed \(text.debugDescription); it shows:\n\(screen)")
            }
            try await readAvailable()
        }
        return output(after: mark)
    }

    /// Where the output ends now (in bytes), to expect only what comes after it.
    public var mark: Int { screen.utf8.count }

    private func output(after mark: Int) -> String {
        String(decoding: screen.utf8.dropFirst(mark), as: UTF8.self)
    }

    /// Waits (at most `timeout`) for the tool to exit and answers its status.
    public func waitForExit(timeout: Duration = .seconds(10)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let status = reaper.poll() { return status }
            guard ContinuousClock.now < deadline else {
                kill(process.processIdentifier, SIGKILL)
                throw LaunchError("the tool on the terminal did not exit; it shows:\n\(screen)")
            }
            try await readAvailable()
        }
    }

    /// Reads what is waiting on the terminal, or sleeps a little (never blocking a concurrency thread) when nothing is.
    private func readAvailable() async throws {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else {
            try await Task.sleep(for: .milliseconds(20))
            return
        }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            screen += String(decoding: buffer[..<count], as: UTF8.self)
        }
    }
}

// glibc declares the pseudo-terminal calls only under _XOPEN_SOURCE, which the Glibc module does not set; they are
// plain C functions, bound here by name.
@_silgen_name("posix_openpt") private func posix_openpt(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantpt(_ descriptor: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockpt(_ descriptor: Int32) -> Int32
@_silgen_name("ptsname") private func ptsname(_ descriptor: Int32) -> UnsafeMutablePointer<CChar>?
