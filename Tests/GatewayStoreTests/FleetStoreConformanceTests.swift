import Foundation
import GatewayModel
import GatewayStore
import GatewayTestSupport
import Testing

@Suite("FleetStore conformance", .timeLimit(.minutes(1)))
struct FleetStoreConformanceTests {
    @Test(arguments: StoreKind.allCases)
    func everyAdministrativeWriteRaisesTheRevisionItsReceiptRecords(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let start = try await store.currentRevision()
            let receipt = RevisionReceipt()
            try await RevisionReceipt.$current.withValue(receipt) {
                try await store.createTeam(Fixtures.team("eng"))
            }
            let afterTeam = try await store.currentRevision()
            #expect(afterTeam > start)
            #expect(receipt.revision == afterTeam)
            try await store.createUser(Fixtures.user("alice"), teams: [], firstKey: nil)
            #expect(try await store.currentRevision() > afterTeam)
            let beforeSpend = try await store.currentRevision()
            let key = Fixtures.key(user: "alice")
            try await store.insertKey(key)
            let afterKey = try await store.currentRevision()
            #expect(afterKey > beforeSpend)
            try await store.recordSpend([Fixtures.spend("r1", key: key.token, user: "alice", cost: 1)])
            #expect(try await store.currentRevision() == afterKey)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func theFeedReportsTheRevisionAfterTheChanges(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let stream = store.changes()
            let feed = Task { try await store.runChangeFeed() }
            defer { feed.cancel() }
            var iterator = stream.makeAsyncIterator()
            #expect(await iterator.next() == .everything)
            #expect(await iterator.next() == .revision(try await store.currentRevision()))
            try await store.createTeam(Fixtures.team("ops"))
            let written = try await store.currentRevision()
            var seen: [StoreChange] = []
            while let change = await iterator.next() {
                seen.append(change)
                if change == .revision(written) { break }
            }
            #expect(seen.contains(.team("ops")))
            #expect(seen.last == .revision(written))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func heartbeatsAreKeptReplacedStoppedAndPruned(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let started = Date(timeIntervalSince1970: 1_800_000_000)
            var report = InstanceReport(
                instanceId: "i-1",
                name: "eu-1",
                region: "eu-west",
                role: "worker",
                planes: ["llm"],
                version: "test",
                publicURL: "http://127.0.0.1:1",
                startedAt: started,
                lastSeen: started,
                heartbeatInterval: 5,
                appliedRevision: 7,
                changeFeedConnected: true,
                keyCacheEntries: 3,
                callsInFlight: 1,
                callsLastMinute: 10,
                spendLastMinute: 0.25,
                journalPending: 2,
                modelsDigest: "abc",
                models: ["demo"]
            )
            try await store.saveHeartbeat(report)
            report.lastSeen = started.addingTimeInterval(5)
            report.appliedRevision = 9
            try await store.saveHeartbeat(report)
            #expect(try await store.instances() == [report])
            #expect(report.status(at: started.addingTimeInterval(10)) == .live)
            #expect(report.status(at: started.addingTimeInterval(21)) == .stale)
            try await store.markInstanceStopped(id: "i-1", at: started.addingTimeInterval(6))
            let stopped = try #require(try await store.instances().first)
            #expect(stopped.status(at: started.addingTimeInterval(7)) == .stopped)
            #expect(try await store.pruneInstances(lastSeenBefore: started) == 0)
            #expect(try await store.pruneInstances(lastSeenBefore: started.addingTimeInterval(60)) == 1)
            #expect(try await store.instances().isEmpty)
        }
    }
}
