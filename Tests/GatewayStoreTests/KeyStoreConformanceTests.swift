import Foundation
import GatewayModel
import GatewayStore
import Testing

@Suite("KeyStore conformance")
struct KeyStoreConformanceTests {
    @Test(arguments: StoreKind.allCases)
    func insertedKeyIsFoundByDigestAndAlias(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let key = Fixtures.key(alias: "ci")
            try await store.insertKey(key)
            #expect(try await store.key(digest: key.token) == key)
            #expect(try await store.key(alias: "ci") == key)
            #expect(try await store.key(digest: VirtualKey.digest(of: "sk-unknown")) == nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func insertingAKeyForANewUserCreatesTheUser(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.insertKey(Fixtures.key(user: "alice"))
            let user = try #require(try await store.user(id: "alice"))
            #expect(user.userRole == .internalUser)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func takenAliasAndUnknownTeamAreRefusedWithoutWriting(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.insertKey(Fixtures.key(alias: "dup"))
            let second = Fixtures.key(alias: "dup", user: "bob")
            _ = await expectStoreError(.conflict) { try await store.insertKey(second) }
            _ = await expectStoreError(.notFound) { try await store.insertKey(Fixtures.key(user: "carol", team: "no-such-team")) }
            #expect(try await store.key(digest: second.token) == nil)
            #expect(try await store.user(id: "bob") == nil)
            #expect(try await store.user(id: "carol") == nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func patchChangesOnlyNamedFieldsAndClearsExplicitNulls(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let key = Fixtures.key(alias: "before")
            try await store.insertKey(key)
            var patch = KeyPatch()
            patch.keyAlias = .some("after")
            patch.limits.maxBudget = .some(nil)
            patch.limits.rpmLimit = .some(60)
            let later = Fixtures.now.addingTimeInterval(60)
            let updated = try await store.updateKey(digest: key.token, patch, at: later)
            #expect(updated.keyAlias == "after")
            #expect(updated.limits.maxBudget == nil)
            #expect(updated.limits.rpmLimit == 60)
            #expect(updated.limits.models == key.limits.models)
            #expect(updated.limits.metadata == key.limits.metadata)
            #expect(updated.updatedAt == later)
            #expect(try await store.key(digest: key.token) == updated)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func patchDoesNotOverwriteSpendRecordedMeanwhile(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let key = Fixtures.key()
            try await store.insertKey(key)
            try await store.recordSpend([Fixtures.spend("r1", key: key.token, cost: 1.5)])
            var patch = KeyPatch()
            patch.blocked = true
            let updated = try await store.updateKey(digest: key.token, patch, at: Fixtures.now)
            #expect(updated.limits.spend == 1.5)
            #expect(updated.blocked)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func replacingTheSecretKeepsSpendAndRetiresTheOldDigest(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let key = Fixtures.key(alias: "rotate")
            try await store.insertKey(key)
            try await store.recordSpend([Fixtures.spend("r1", key: key.token, cost: 2)])
            let replacement = VirtualKey.generate()
            let rotated = try await store.replaceKeySecret(digest: key.token, with: replacement, KeyPatch(), at: Fixtures.now)
            #expect(rotated.token == replacement.digest)
            #expect(rotated.keyName == replacement.displayForm)
            #expect(rotated.limits.spend == 2)
            #expect(rotated.keyAlias == "rotate")
            #expect(try await store.key(digest: key.token) == nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func deleteIsAllOrNothing(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let first = Fixtures.key(alias: "first")
            let second = Fixtures.key()
            try await store.insertKey(first)
            try await store.insertKey(second)
            _ = await expectStoreError(.notFound) {
                _ = try await store.deleteKeys(digests: [second.token, VirtualKey.digest(of: "sk-missing")], aliases: [])
            }
            #expect(try await store.key(digest: second.token) != nil)
            let deleted = try await store.deleteKeys(digests: [second.token], aliases: ["first"])
            #expect(Set(deleted.map(\.token)) == [first.token, second.token])
            #expect(try await store.listKeys(KeyQuery()).total == 0)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func listingFiltersAndPages(kind: StoreKind) async throws {
        try await kind.withStore { store in
            for index in 0..<5 {
                try await store.insertKey(Fixtures.key(alias: "k\(index)", user: index < 3 ? "alice" : "bob"))
            }
            let alice = try await store.listKeys(KeyQuery(userId: "alice", page: PageRequest(page: 1, size: 2)))
            #expect(alice.total == 3)
            #expect(alice.items.count == 2)
            let secondPage = try await store.listKeys(KeyQuery(userId: "alice", page: PageRequest(page: 2, size: 2)))
            #expect(secondPage.items.count == 1)
            #expect(Set((alice.items + secondPage.items).map(\.keyAlias)) == ["k0", "k1", "k2"])
            #expect(try await store.listKeys(KeyQuery(keyAlias: "k4")).items.map(\.userId) == ["bob"])
        }
    }
}
