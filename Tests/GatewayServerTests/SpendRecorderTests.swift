import Foundation
import GatewayModel
import GatewayServer
import GatewayStore
import GatewayTestSupport
import Logging
import Testing

@Suite("Spend recorder")
struct SpendRecorderTests {
    private func entry(_ id: String, key: String) -> SpendLogEntry {
        SpendLogEntry(
            requestId: id,
            callType: "acompletion",
            apiKey: key,
            userId: nil,
            teamId: nil,
            model: "m",
            modelGroup: "m",
            modelId: "m",
            promptTokens: 1,
            completionTokens: 1,
            spend: 0.5,
            startTime: Date(),
            endTime: Date(),
            status: "success"
        )
    }

    @Test func spendCountsAtOnceAndFlushedSpendMovesToTheStore() async throws {
        let (store, directory) = try await TestStores.sqlite()
        defer { withExtendedLifetime(directory) {} }
        let key = VirtualKey.generate()
        try await store.insertKey(KeyRecord(token: key.digest, keyName: key.displayForm, createdAt: Date(), updatedAt: Date()))
        let ledger = SpendLedger()
        let grant = try #require(try await KeyCache(store: store, ledger: ledger).grant(for: key.digest))
        let recorder = SpendRecorder(store: store, ledger: ledger, logger: Logger(label: "test"))
        recorder.record(entry("a", key: key.digest))
        recorder.record(entry("b", key: key.digest))
        #expect(ledger.unflushed(key: key.digest, user: nil, team: nil).key == 1.0)
        #expect(ledger.spent(by: grant).key == 1.0)
        #expect(await recorder.flush())
        #expect(recorder.pendingCount == 0)
        #expect(ledger.unflushed(key: key.digest, user: nil, team: nil).key == 0)
        #expect(ledger.spent(by: grant).key == 1.0, "written spend moved from unflushed to stored, counted once")
        #expect(try await store.key(digest: key.digest)?.limits.spend == 1.0)
        try await store.close()
    }

    @Test func aFailedWriteKeepsEveryEntryAndItsSpend() async throws {
        let (store, directory) = try await TestStores.sqlite()
        defer { withExtendedLifetime(directory) {} }
        let ledger = SpendLedger()
        let recorder = SpendRecorder(store: store, ledger: ledger, logger: Logger(label: "test"))
        try await store.close()
        recorder.record(entry("a", key: "digest"))
        #expect(await recorder.flush() == false)
        #expect(recorder.pendingCount == 1)
        #expect(ledger.unflushed(key: "digest", user: nil, team: nil).key == 0.5)
    }

    @Test func theJournalHoldsWhatTheDatabaseDoesNotAndIsCutBackAfterAFlush() async throws {
        let (store, directory) = try await TestStores.sqlite()
        defer { withExtendedLifetime(directory) {} }
        let path = directory.path("spend.journal")
        let journal = try SpendJournal(path: path, logger: Logger(label: "test"))
        let recorder = SpendRecorder(store: store, ledger: SpendLedger(), logger: Logger(label: "test"), journal: journal)
        recorder.record(entry("a", key: "digest"))
        recorder.record(entry("b", key: "digest"))
        #expect(journal.entries().map(\.requestId) == ["a", "b"])
        #expect(await recorder.flush())
        #expect(journal.entries().isEmpty)
        recorder.record(entry("c", key: "digest"))
        #expect(journal.entries().map(\.requestId) == ["c"])
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        try await store.close()
    }

    @Test func journalLinesKeepEveryFieldExactly() async throws {
        let (store, directory) = try await TestStores.sqlite()
        defer { withExtendedLifetime(directory) {} }
        let journal = try SpendJournal(path: directory.path("spend.journal"), logger: Logger(label: "test"))
        let recorder = SpendRecorder(store: store, ledger: SpendLedger(), logger: Logger(label: "test"), journal: journal)
        let odd = SpendLogEntry(
            requestId: "req\t1",
            callType: "embedding",
            apiKey: nil,
            userId: "tab\there, newline\nthere, back\\slash, \\N",
            teamId: nil,
            model: "gpt-4o",
            modelGroup: "gpt\r4o",
            modelId: nil,
            promptTokens: 123_456,
            completionTokens: 0,
            spend: 0.1 + 0.2,
            startTime: Date(timeIntervalSince1970: 1_790_000_000.5),
            endTime: Date(timeIntervalSince1970: 1_790_000_001.25),
            status: "failure"
        )
        recorder.record(odd)
        recorder.record(entry("plain", key: "digest"))
        let read = journal.entries()
        #expect(read.count == 2)
        #expect(read.first == odd)
        try await store.close()
    }

    @Test func aSecondProcessCannotShareAJournal() throws {
        let directory = try TemporaryDirectory()
        let first = try SpendJournal(path: directory.path("spend.journal"), logger: Logger(label: "test"))
        #expect(throws: ConfigError.self) { try SpendJournal(path: directory.path("spend.journal"), logger: Logger(label: "test")) }
        withExtendedLifetime(first) {}
    }

    @Test func aRestartReplaysTheJournalWithoutCountingTwice() async throws {
        let (store, directory) = try await TestStores.sqlite()
        defer { withExtendedLifetime(directory) {} }
        let key = VirtualKey.generate()
        try await store.insertKey(KeyRecord(token: key.digest, keyName: key.displayForm, createdAt: Date(), updatedAt: Date()))
        let path = directory.path("spend.journal")
        do {
            let journal = try SpendJournal(path: path, logger: Logger(label: "test"))
            let crashed = SpendRecorder(store: store, ledger: SpendLedger(), logger: Logger(label: "test"), journal: journal)
            crashed.record(entry("written-before-the-crash", key: key.digest))
            crashed.record(entry("never-written", key: key.digest))
            // The first entry reached the database, but the process died before cutting the journal back.
            try await store.recordSpend([entry("written-before-the-crash", key: key.digest)])
        }
        var torn = try Data(contentsOf: URL(fileURLWithPath: path))
        torn.append(Data("s1\thalf-writ".utf8))
        try torn.write(to: URL(fileURLWithPath: path))

        let journal = try SpendJournal(path: path, logger: Logger(label: "test"))
        let restarted = SpendRecorder(store: store, ledger: SpendLedger(), logger: Logger(label: "test"), journal: journal)
        #expect(restarted.pendingCount == 2)
        #expect(await restarted.flush())
        #expect(journal.entries().isEmpty)
        let logs = try await store.spendLogs(SpendLogQuery(page: PageRequest(page: 1, size: 10)))
        #expect(Set(logs.items.map(\.requestId)) == ["written-before-the-crash", "never-written"])
        #expect(try await store.key(digest: key.digest)?.limits.spend == 1.0)
        try await store.close()
    }
}
