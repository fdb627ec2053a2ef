import Foundation
import GatewayModel
import Logging
import Synchronization

/// The spend recorder's local journal, so a crash or a database outage loses no spend entry.
///
/// Each entry is appended as one line (`SpendJournalLine`; a plain `write`, no fsync) before its response completes; once the
/// database holds a batch, the journal is cut back to what is still waiting. At start, whatever it holds is
/// replayed: spend-log rows are keyed by request id, so an entry written just before a crash is not counted twice.
public final class SpendJournal: Sendable {
    public let path: String
    private let descriptor: Mutex<Int32>
    /// Held open (and locked) for the process's life: the journal file itself is replaced when cut back.
    private let lockDescriptor: Int32
    private let logger: Logger

    /// Opens (creating, mode 0600) the journal at `path` and locks it: two processes sharing one journal could cut
    /// each other's waiting entries, so a second one is refused.
    public init(path: String, logger: Logger) throws(ConfigError) {
        let lockDescriptor = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lockDescriptor >= 0 else {
            throw ConfigError("Cannot open the spend journal's lock \(path).lock: \(String(cString: strerror(errno))).")
        }
        guard flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(lockDescriptor)
            throw ConfigError(
                "The spend journal \(path) is in use by another llmproxy process; give each worker its own with LLMPROXY_SPEND_JOURNAL."
            )
        }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            close(lockDescriptor)
            throw ConfigError("Cannot open the spend journal at \(path): \(String(cString: strerror(errno))).")
        }
        self.lockDescriptor = lockDescriptor
        self.path = path
        self.descriptor = Mutex(descriptor)
        self.logger = logger
    }

    deinit {
        _ = descriptor.withLock { close($0) }
        close(lockDescriptor)
    }

    /// The entries the journal holds, oldest first; a line cut short by a crash is skipped.
    public func entries() -> [SpendLogEntry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var entries: [SpendLogEntry] = []
        var unreadable = 0
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if let entry = SpendJournalLine.decode(line) {
                entries.append(entry)
            } else {
                unreadable += 1
            }
        }
        if unreadable > 0 {
            logger.warning("spend journal: skipped unreadable lines", metadata: ["lines": "\(unreadable)", "path": "\(path)"])
        }
        return entries
    }

    /// Appends `line` (made by `SpendJournalLine.encode`).
    func append(_ line: [UInt8]) {
        let failed = descriptor.withLock { descriptor in
            line.withUnsafeBytes { bytes in write(descriptor, bytes.baseAddress, bytes.count) != bytes.count }
        }
        if failed {
            logger.error("spend journal: append failed; the entry is kept in memory only", metadata: ["error": "\(String(cString: strerror(errno)))"])
        }
    }

    /// Replaces the journal's contents with `entries` (those still waiting for the database).
    func rewrite(keeping entries: [SpendLogEntry]) {
        descriptor.withLock { descriptor in
            guard !entries.isEmpty else {
                if ftruncate(descriptor, 0) != 0 {
                    logger.error("spend journal: truncate failed", metadata: ["error": "\(String(cString: strerror(errno)))"])
                }
                return
            }
            var data = Data()
            for entry in entries {
                data.append(contentsOf: SpendJournalLine.encode(entry))
            }
            let temporary = path + ".next"
            do {
                try data.write(to: URL(fileURLWithPath: temporary))
                chmod(temporary, 0o600)
                guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                let reopened = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
                guard reopened >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                close(descriptor)
                descriptor = reopened
            } catch {
                logger.error("spend journal: rewrite failed; it keeps written entries too", metadata: ["error": "\(error)"])
            }
        }
    }
}
