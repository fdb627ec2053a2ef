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
        let recorder = SpendRecorder(store: store, cache: KeyCache(store: store), logger: Logger(label: "test"))
        recorder.record(entry("a", key: key.digest))
        recorder.record(entry("b", key: key.digest))
        #expect(recorder.unflushed(key: key.digest, user: nil, team: nil).key == 1.0)
        #expect(await recorder.flush())
        #expect(recorder.pendingCount == 0)
        #expect(recorder.unflushed(key: key.digest, user: nil, team: nil).key == 0)
        #expect(try await store.key(digest: key.digest)?.limits.spend == 1.0)
        try await store.close()
    }

    @Test func aFailedWriteKeepsEveryEntryAndItsSpend() async throws {
        let (store, directory) = try await TestStores.sqlite()
        defer { withExtendedLifetime(directory) {} }
        let recorder = SpendRecorder(store: store, cache: KeyCache(store: store), logger: Logger(label: "test"))
        try await store.close()
        recorder.record(entry("a", key: "digest"))
        #expect(await recorder.flush() == false)
        #expect(recorder.pendingCount == 1)
        #expect(recorder.unflushed(key: "digest", user: nil, team: nil).key == 0.5)
    }
}
