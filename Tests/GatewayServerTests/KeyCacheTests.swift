import Foundation
import GatewayModel
import GatewayServer
import GatewayStore
import GatewayTestSupport
import Testing

@Suite("Key cache")
struct KeyCacheTests {
    @Test func concurrentMissesShareOneLoadAndHitsNeverLoad() async throws {
        let (store, directory) = try await TestStores.sqlite()
        defer { withExtendedLifetime(directory) {} }
        let key = VirtualKey.generate()
        let now = Date()
        try await store.insertKey(KeyRecord(token: key.digest, keyName: key.displayForm, userId: "alice", createdAt: now, updatedAt: now))
        let cache = KeyCache(store: store)
        let grants = try await withThrowingTaskGroup(of: KeyGrant?.self) { group in
            for _ in 0..<50 {
                group.addTask { try await cache.grant(for: key.digest) }
            }
            return try await group.reduce(into: [KeyGrant?]()) { $0.append($1) }
        }
        #expect(grants.count == 50)
        #expect(grants.allSatisfy { $0?.key.token == key.digest && $0?.owner?.userId == "alice" })
        #expect(cache.loadCount == 1)
        _ = try await cache.grant(for: key.digest)
        #expect(cache.loadCount == 1)
        cache.evict(.user("alice"))
        _ = try await cache.grant(for: key.digest)
        #expect(cache.loadCount == 2)
        try await store.close()
    }

    @Test func unknownKeysAreCachedBrieflyAndAnInsertEvictsThem() async throws {
        let (store, directory) = try await TestStores.sqlite()
        defer { withExtendedLifetime(directory) {} }
        let cache = KeyCache(store: store)
        let key = VirtualKey.generate()
        #expect(try await cache.grant(for: key.digest) == nil)
        #expect(try await cache.grant(for: key.digest) == nil)
        #expect(cache.loadCount == 1)
        let now = Date()
        try await store.insertKey(KeyRecord(token: key.digest, keyName: key.displayForm, createdAt: now, updatedAt: now))
        cache.evict(.key(key.digest))
        #expect(try await cache.grant(for: key.digest)?.key.token == key.digest)
        try await store.close()
    }
}
