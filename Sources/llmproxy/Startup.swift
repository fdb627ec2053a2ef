import ArgumentParser
import Foundation
import GatewayServer
import GatewayStore
import Logging

/// The steps `serve` and `migrate` share: resolve settings, set up logging, open and migrate the store.
enum Startup {
    /// Resolves the configuration or exits with status 78 (configuration error) and the reason.
    static func resolveConfig(_ flags: ServeFlags, environment: [String: String]) throws -> ServerConfig {
        do {
            return try ServerConfig.resolve(flags: flags, environment: environment)
        } catch {
            fail(error.message)
        }
    }

    static func bootstrapLogging(level: Logger.Level) -> Logger {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        var logger = Logger(label: "llmproxy")
        logger.logLevel = level
        return logger
    }

    /// The store a database URL names; nothing is sent to the database yet.
    static func openStore(_ url: DatabaseURL) -> any GatewayStore {
        do {
            return try StoreFactory.open(absolute(url))
        } catch {
            fail("database: \(error)")
        }
    }

    /// Readies a running store for `role`: an admin (or `all`) applies pending migrations; a worker never migrates,
    /// and refuses a schema that is not exactly the one this build knows.
    static func prepare(_ store: any GatewayStore, for role: ServerRole, logger: Logger) async throws {
        role == .worker ? try await checkSchema(store, logger: logger) : try await migrate(store, logger: logger)
    }

    /// Applies pending migrations and says where the store is.
    static func migrate(_ store: any GatewayStore, logger: Logger) async throws {
        do {
            let applied = try await store.migrate()
            logger.info("database: \(store.location)\(applied.isEmpty ? " (schema up to date)" : " (applied \(applied.joined(separator: ", ")))")")
        } catch let error as StoreError {
            fail("database: \(error.message)")
        }
    }

    private static func checkSchema(_ store: any GatewayStore, logger: Logger) async throws {
        let status: SchemaStatus
        do {
            status = try await store.schemaStatus()
        } catch let error as StoreError {
            fail("database: \(error.message)")
        }
        if let problem = schemaProblem(status) {
            fail("database \(store.location): \(problem)")
        }
        logger.info("database: \(store.location) (schema up to date)")
    }

    /// Why a worker cannot use a database with `status`, or nil when it can.
    static func schemaProblem(_ status: SchemaStatus) -> String? {
        if !status.unknown.isEmpty {
            return "its schema is newer than this build (unknown migrations: \(status.unknown.joined(separator: ", "))); upgrade llmproxy"
        }
        if status.applied.isEmpty {
            return "it has no schema yet; run 'llmproxy migrate' with this database URL, or start the admin instance first"
        }
        if !status.pending.isEmpty {
            return
                "its schema is older than this build (pending migrations: \(status.pending.joined(separator: ", "))); run 'llmproxy migrate' or upgrade the admin instance first"
        }
        return nil
    }

    /// An SQLite path made absolute, so the start-up message says exactly which file is used.
    private static func absolute(_ url: DatabaseURL) -> DatabaseURL {
        guard case .sqlite(let path) = url, !path.hasPrefix("/") else { return url }
        let directory = FileManager.default.currentDirectoryPath
        return .sqlite(path: URL(fileURLWithPath: directory).appendingPathComponent(path).path)
    }

    /// Prints `message` to stderr and exits with EX_CONFIG (78).
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("llmproxy: \(message)\n".utf8))
        Foundation.exit(78)
    }
}
