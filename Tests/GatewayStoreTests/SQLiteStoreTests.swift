import Foundation
import GatewayModel
import GatewayStore
import GatewayTestSupport
import Testing

@Suite("SQLiteStore specifics")
struct SQLiteStoreTests {
    @Test func twoStoresOnOneFileSeeEachOthersWrites() async throws {
        let directory = try TemporaryDirectory()
        let writer = try SQLiteStore(path: directory.path("shared.sqlite"))
        try await writer.migrate()
        let watcher = try SQLiteStore(path: directory.path("shared.sqlite"), pollInterval: .milliseconds(20))
        let key = Fixtures.key()
        try await writer.insertKey(key)
        let changes = try await ChangeRecorder.record(from: writer, reader: watcher) {
            _ = try await writer.deleteKeys(digests: [key.token], aliases: [])
        } until: {
            $0.contains(.key(key.token))
        }
        #expect(changes.contains(.key(key.token)))
        try await writer.close()
        try await watcher.close()
    }

    @Test func storeUsesWriteAheadLogging() async throws {
        let (store, directory) = try await TestStores.sqlite()
        try await store.ping()
        #expect(FileManager.default.fileExists(atPath: directory.path("store.sqlite-wal")))
        try await store.close()
    }

    @Test func databaseURLParsing() throws {
        #expect(try DatabaseURL(parsing: "sqlite:/tmp/a.sqlite") == .sqlite(path: "/tmp/a.sqlite"))
        #expect(try DatabaseURL(parsing: "sqlite:///tmp/a.sqlite") == .sqlite(path: "/tmp/a.sqlite"))
        #expect(try DatabaseURL(parsing: "local.sqlite") == .sqlite(path: "local.sqlite"))
        #expect(try DatabaseURL(parsing: "postgresql://u:p@h:5432/db") == .postgres("postgresql://u:p@h:5432/db"))
        #expect(throws: StoreError.self) { try DatabaseURL(parsing: "mysql://x") }
        #expect(throws: StoreError.self) { try DatabaseURL(parsing: "sqlite:") }
    }

    @Test func closedStoreAnswersUnavailable() async throws {
        let (store, directory) = try await TestStores.sqlite()
        try await store.close()
        let error = await expectStoreError(.unavailable) { try await store.ping() }
        #expect(error != nil)
        withExtendedLifetime(directory) {}
    }
}
