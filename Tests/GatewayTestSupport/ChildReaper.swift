import Foundation
import Synchronization

/// Learns when a child `Process` has ended by reaping it with `waitpid` itself.
///
/// Under the test runner Foundation's SIGCHLD-driven reaping was seen to miss children: they stayed zombies,
/// `isRunning` stayed true and `waitUntilExit()` never returned. Tests therefore never wait through Foundation.
public final class ChildReaper: Sendable {
    private let pid: pid_t
    private let foundationSays: @Sendable () -> Int32?
    private let status = Mutex<Int32?>(nil)

    public init(_ process: Process) {
        pid = process.processIdentifier
        foundationSays = { process.isRunning ? nil : process.terminationStatus }
    }

    /// The exit status (or the number of the signal that ended it) once the child has ended; nil while it runs.
    public func poll() -> Int32? {
        status.withLock { known in
            if let known { return known }
            var raw: Int32 = 0
            let result = waitpid(pid, &raw, WNOHANG)
            if result == pid {
                known = raw & 0x7f == 0 ? (raw >> 8) & 0xff : raw & 0x7f
            } else if result < 0 && errno == ECHILD {
                known = foundationSays()
            }
            return known
        }
    }

    public var isRunning: Bool { poll() == nil }

    /// Blocks the calling thread until the child ends and answers its status.
    public func waitBlocking() -> Int32 {
        while true {
            if let status = poll() { return status }
            usleep(2_000)
        }
    }
}
