import Foundation
import GatewayModel
import GatewayStore
import GatewayTestSupport
import Testing

@Suite("ChangeFeed conformance", .timeLimit(.minutes(1)))
struct ChangeFeedConformanceTests {
    @Test(arguments: StoreKind.allCases)
    func writesAreReportedAndSpendIsNot(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let key = Fixtures.key(user: "alice")
            try await store.insertKey(key)
            let changes = try await ChangeRecorder.record(from: store, reader: store) {
                try await store.recordSpend([Fixtures.spend("r1", key: key.token, user: "alice", cost: 1)])
                var patch = KeyPatch()
                patch.blocked = true
                _ = try await store.updateKey(digest: key.token, patch, at: Fixtures.now)
            } until: {
                $0.contains(.key(key.token))
            }
            #expect(changes == [.key(key.token)])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aStartingFeedFirstReportsEverything(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let stream = store.changes()
            let feed = Task { try await store.runChangeFeed() }
            var iterator = stream.makeAsyncIterator()
            #expect(await iterator.next() == .everything)
            feed.cancel()
        }
    }

    @Test(arguments: StoreKind.allCases)
    func membershipChangesReportTeamAndUser(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.createTeam(Fixtures.team("eng"))
            try await store.createUser(Fixtures.user("alice"), teams: [], firstKey: nil)
            let changes = try await ChangeRecorder.record(from: store, reader: store) {
                _ = try await store.addTeamMembers(teamId: "eng", [TeamMember(userId: "alice")], at: Fixtures.now)
            } until: {
                $0.contains(.team("eng")) && $0.contains(.user("alice"))
            }
            #expect(Set(changes) == [.team("eng"), .user("alice")])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func deletingAUserReportsItsKeys(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let key = Fixtures.key(user: "alice")
            try await store.insertKey(key)
            let changes = try await ChangeRecorder.record(from: store, reader: store) {
                _ = try await store.deleteUsers(ids: ["alice"])
            } until: {
                $0.contains(.key(key.token)) && $0.contains(.user("alice"))
            }
            #expect(Set(changes).isSuperset(of: [.key(key.token), .user("alice")]))
        }
    }
}

/// Collects what a store's change feed reports while `action` runs, until `done` holds (at most 10 s).
///
/// The action runs only once the feed has started (its first `.everything` arrived), so no write can
/// slip in before the feed took its starting point; later `.everything` reports are left out.
enum ChangeRecorder {
    static func record(
        from feedOwner: any GatewayStore,
        reader: any GatewayStore,
        _ action: @escaping @Sendable () async throws -> Void,
        until done: @escaping @Sendable ([StoreChange]) -> Bool
    ) async throws -> [StoreChange] {
        let stream = reader.changes()
        return try await withThrowingTaskGroup(of: [StoreChange]?.self) { group in
            group.addTask {
                try? await reader.runChangeFeed()
                return nil
            }
            group.addTask {
                var seen: [StoreChange] = []
                var started = false
                for await change in stream {
                    if change == .everything {
                        if !started {
                            started = true
                            try await action()
                        }
                        continue
                    }
                    if case .revision = change { continue }
                    seen.append(change)
                    if done(seen) { return seen }
                }
                return seen
            }
            group.addTask {
                try await Task.sleep(for: .seconds(10))
                return nil
            }
            while let result = try await group.next() {
                if let changes = result {
                    group.cancelAll()
                    return changes
                }
                group.cancelAll()
                break
            }
            Issue.record("the change feed did not report the expected changes within 10 s")
            return []
        }
    }
}
