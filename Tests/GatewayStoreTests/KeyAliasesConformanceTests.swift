import Foundation
import GatewayModel
import GatewayStore
import GatewayTestSupport
import Testing

@Suite("Key aliases on both stores", .timeLimit(.minutes(1)))
struct KeyAliasesConformanceTests {
    @Test(arguments: StoreKind.allCases)
    func aliasesAreStoredPatchedAndReportedToTheChangeFeed(kind: StoreKind) async throws {
        try await kind.withStore { store in
            var aliased = Fixtures.key(user: "alice")
            aliased.aliases = ["my-gpt": "gpt-4o", "fast": "gpt-4o-mini"]
            let key = aliased
            try await store.insertKey(key)
            #expect(try await store.key(digest: key.token)?.aliases == key.aliases)
            let changes = try await ChangeRecorder.record(from: store, reader: store) {
                var patch = KeyPatch()
                patch.aliases = ["only": "demo"]
                _ = try await store.updateKey(digest: key.token, patch, at: Fixtures.now)
            } until: {
                $0.contains(.key(key.token))
            }
            #expect(changes == [.key(key.token)], "a change of aliases alone evicts every cache")
            #expect(try await store.key(digest: key.token)?.aliases == ["only": "demo"])
        }
    }
}
