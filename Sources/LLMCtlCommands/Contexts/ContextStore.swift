import Foundation
import GRDB

/// The named connections and the current one, kept in `llmctl.sqlite` in the llmctl home (mode 0600).
///
/// Every change is one SQLite transaction, so two `llmctl` processes writing at once both land.
public final class ContextStore: Sendable {
    private let queue: DatabaseQueue
    public let path: String

    /// `$LLMCTL_HOME`, else `$XDG_CONFIG_HOME/llmctl`, else `~/.config/llmctl`.
    public static func defaultDirectory(environment: [String: String]) -> URL {
        if let home = environment["LLMCTL_HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home)
        }
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return URL(fileURLWithPath: config).appendingPathComponent("llmctl")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/llmctl")
    }

    /// Opens the store in `directory`, creating it owner-only. Every open also narrows a folder or file that
    /// became readable by others back to 0700 and 0600. Creation and migration hold a lock, so processes starting at
    /// once on a fresh home create the store once, and the rest wait for it.
    public init(directory: URL) throws(ContextStoreError) {
        let fileManager = FileManager.default
        path = directory.appendingPathComponent("llmctl.sqlite").path
        do {
            if !fileManager.fileExists(atPath: directory.path) {
                try fileManager.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            try Self.restrict(directory.path, to: 0o700)
            let lock = try CreationLock(path: path + ".lock")
            defer { lock.release() }
            if !fileManager.fileExists(atPath: path) {
                guard fileManager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw ContextStoreError("cannot create \(path)")
                }
            }
            try Self.restrict(path, to: 0o600)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(queue)
        } catch let error as ContextStoreError {
            throw error
        } catch {
            throw ContextStoreError("cannot open the context store at \(path): \(error)")
        }
    }

    public func all() throws(ContextStoreError) -> [CLIContext] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM context ORDER BY name").map(Self.context) }
    }

    public func context(named name: String) throws(ContextStoreError) -> CLIContext? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM context WHERE name = ?", arguments: [name]).map(Self.context) }
    }

    /// The context `name`, or the error kubectl gives for a missing one.
    public func require(_ name: String) throws(ContextStoreError) -> CLIContext {
        guard let context = try context(named: name) else { throw .missing(name) }
        return context
    }

    public func currentName() throws(ContextStoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'current-context'") }
    }

    public func add(_ context: CLIContext, makeCurrent: Bool) throws(ContextStoreError) {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM context WHERE name = ?)", arguments: [context.name]) == true {
                throw ContextStoreError("a context named \"\(context.name)\" already exists")
            }
            try Self.insert(context, db)
            let hasCurrent = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'current-context'") != nil
            if makeCurrent || !hasCurrent {
                try Self.setCurrent(context.name, db)
            }
        }
    }

    public func use(_ name: String) throws(ContextStoreError) {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM context WHERE name = ?)", arguments: [name]) == true else {
                throw ContextStoreError.missing(name)
            }
            try Self.setCurrent(name, db)
        }
    }

    /// Replaces the stored fields of `context` (matched by name).
    public func update(_ context: CLIContext) throws(ContextStoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM context WHERE name = ?", arguments: [context.name])
            guard db.changesCount == 1 else { throw ContextStoreError.missing(context.name) }
            try Self.insert(context, db)
        }
    }

    public func rename(_ old: String, to new: String) throws(ContextStoreError) {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM context WHERE name = ?)", arguments: [new]) == true {
                throw ContextStoreError("a context named \"\(new)\" already exists")
            }
            try db.execute(sql: "UPDATE context SET name = ? WHERE name = ?", arguments: [new, old])
            guard db.changesCount == 1 else { throw ContextStoreError.missing(old) }
            try db.execute(sql: "UPDATE setting SET value = ? WHERE key = 'current-context' AND value = ?", arguments: [new, old])
        }
    }

    public func remove(_ name: String) throws(ContextStoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM context WHERE name = ?", arguments: [name])
            guard db.changesCount == 1 else { throw ContextStoreError.missing(name) }
            try db.execute(sql: "DELETE FROM setting WHERE key = 'current-context' AND value = ?", arguments: [name])
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(ContextStoreError) -> T {
        do {
            return try queue.read(body)
        } catch let error as ContextStoreError {
            throw error
        } catch {
            throw ContextStoreError("cannot read the context store at \(path): \(error)")
        }
    }

    private func write<T>(_ body: (Database) throws -> T) throws(ContextStoreError) -> T {
        do {
            return try queue.write(body)
        } catch let error as ContextStoreError {
            throw error
        } catch {
            throw ContextStoreError("cannot write the context store at \(path): \(error)")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE context (
                        name TEXT PRIMARY KEY NOT NULL,
                        url TEXT NOT NULL,
                        api_key TEXT,
                        api_key_env TEXT,
                        region TEXT,
                        note TEXT,
                        last_test TEXT
                    );
                    CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                    """
            )
        }
        return migrator
    }

    private static func insert(_ context: CLIContext, _ db: Database) throws {
        let lastTest = try context.lastTest.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        try db.execute(
            sql: "INSERT INTO context (name, url, api_key, api_key_env, region, note, last_test) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [context.name, context.url, context.apiKey, context.apiKeyEnvironment, context.region, context.note, lastTest]
        )
    }

    private static func setCurrent(_ name: String, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('current-context', ?)", arguments: [name])
    }

    private static func context(_ row: Row) -> CLIContext {
        let lastTest = (row["last_test"] as String?).flatMap { try? JSONDecoder().decode(ContextTestResult.self, from: Data($0.utf8)) }
        return CLIContext(
            name: row["name"],
            url: row["url"],
            apiKey: row["api_key"],
            apiKeyEnvironment: row["api_key_env"],
            region: row["region"],
            note: row["note"],
            lastTest: lastTest
        )
    }

    /// Takes away any permission beyond `mode` from the file or folder at `path`.
    private static func restrict(_ path: String, to mode: mode_t) throws(ContextStoreError) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw ContextStoreError("cannot read the permissions of \(path)") }
        guard status.st_mode & 0o777 & ~mode != 0 else { return }
        guard chmod(path, status.st_mode & 0o777 & mode) == 0 else {
            throw ContextStoreError("\(path) is readable by others and its mode cannot be changed to \(String(mode, radix: 8))")
        }
    }
}

/// A context-store failure, worded as kubectl words its own.
public struct ContextStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public static func missing(_ name: String) -> ContextStoreError {
        ContextStoreError("no context exists with the name: \"\(name)\"")
    }

    public var description: String { message }
}

/// An exclusive `flock` on a file beside the store, held while the store is created and migrated.
private struct CreationLock {
    let descriptor: Int32

    init(path: String) throws(ContextStoreError) {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw ContextStoreError("cannot open \(path)") }
        guard flock(descriptor, LOCK_EX) == 0 else {
            close(descriptor)
            throw ContextStoreError("cannot lock \(path)")
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
