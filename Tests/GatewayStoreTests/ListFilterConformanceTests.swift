import Foundation
import GatewayModel
import GatewayStore
import Testing

@Suite("List filters: the same answers on both stores")
struct ListFilterConformanceTests {
    /// alice owns k1 ("Prod-One", team t) and k2 (blocked); bob owns k3 (expired, created by alice); carol owns k4
    /// (team t2). alice is an admin of t; bob a plain member of t2.
    static func seed(_ store: any GatewayStore) async throws -> [String: KeyRecord] {
        try await store.createTeam(Fixtures.team("t", members: [TeamMember(userId: "alice", role: .admin)]))
        try await store.createTeam(Fixtures.team("t2", members: [TeamMember(userId: "bob", role: .user)]))
        var keys: [String: KeyRecord] = [:]
        var k1 = Fixtures.key(alias: "Prod-One", user: "alice", team: "t")
        k1.limits.spend = 3
        var k2 = Fixtures.key(alias: "two", user: "alice")
        k2.blocked = true
        k2.createdAt = Fixtures.now.addingTimeInterval(10)
        var k3 = Fixtures.key(alias: "three", user: "bob")
        k3.expires = Fixtures.now.addingTimeInterval(-60)
        k3.createdBy = "alice"
        k3.limits.spend = 2
        k3.createdAt = Fixtures.now.addingTimeInterval(20)
        var k4 = Fixtures.key(user: "carol", team: "t2")
        k4.limits.spend = 1
        k4.createdAt = Fixtures.now.addingTimeInterval(30)
        for (name, key) in [("k1", k1), ("k2", k2), ("k3", k3), ("k4", k4)] {
            try await store.insertKey(key)
            keys[name] = key
        }
        return keys
    }

    static func aliases(_ store: any GatewayStore, _ configure: (inout KeyQuery) -> Void) async throws -> [String] {
        var query = KeyQuery(page: PageRequest(size: 100))
        query.now = Fixtures.now
        configure(&query)
        return try await store.listKeys(query).items.map { $0.keyAlias ?? "-" }
    }

    @Test(arguments: StoreKind.allCases)
    func keyFiltersMatchAsLiteLLMDefinesThem(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let keys = try await Self.seed(store)
            #expect(try await Self.aliases(store) { _ in } == ["-", "three", "two", "Prod-One"], "newest first by default")
            #expect(try await Self.aliases(store) { $0.token = keys["k1"]?.token } == ["Prod-One"])
            #expect(try await Self.aliases(store) { $0.userId = "alice" } == ["two", "Prod-One"])
            #expect(try await Self.aliases(store) { $0.userId = "ALI" } == [], "exact by default")
            #expect(try await Self.aliases(store) { ($0.userId, $0.substringMatching) = ("ALI", true) } == ["two", "Prod-One"])
            #expect(try await Self.aliases(store) { ($0.keyAlias, $0.substringMatching) = ("prod", true) } == ["Prod-One"])
            #expect(try await Self.aliases(store) { $0.search = "PROD" } == ["Prod-One"])
            #expect(try await Self.aliases(store) { $0.search = keys["k4"]?.token } == ["-"])
            #expect(try await Self.aliases(store) { ($0.userId, $0.alsoCreatedByUser) = ("alice", true) } == ["three", "two", "Prod-One"])
            #expect(try await Self.aliases(store) { ($0.userId, $0.alsoTeams) = ("bob", ["t2"]) } == ["-", "three"])
            #expect(try await Self.aliases(store) { $0.status = .active } == ["-", "Prod-One"])
            #expect(try await Self.aliases(store) { $0.status = .expired } == ["three"])
            #expect(try await Self.aliases(store) { $0.status = .revoked } == ["two"])
            #expect(try await Self.aliases(store) { $0.expired = false } == ["-", "two", "Prod-One"])
            #expect(try await Self.aliases(store) { $0.matchesNothing = true } == [])
            #expect(try await Self.aliases(store) { ($0.sort, $0.ascending) = (.spend, false) } == ["Prod-One", "three", "-", "two"])
            #expect(try await Self.aliases(store) { ($0.sort, $0.ascending) = (.keyAlias, true) } == ["Prod-One", "three", "two", "-"])
            #expect(try await store.listKeys(KeyQuery(teamId: "t", page: PageRequest(size: 100))).total == 1)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func userAndTeamFiltersMatchAsLiteLLMDefinesThem(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await Self.seed(store)
            var email = UserPatch()
            email.userEmail = .some("Carol@Example.com")
            _ = try await store.updateUser(id: "carol", email, at: Fixtures.now)
            func users(_ configure: (inout UserQuery) -> Void) async throws -> [String] {
                var query = UserQuery(page: PageRequest(size: 100))
                configure(&query)
                return try await store.listUsers(query).items.map(\.userId).sorted()
            }
            #expect(try await users { $0.emailContains = "example" } == ["carol"])
            #expect(try await users { $0.search = "ALI" } == ["alice"])
            #expect(try await users { $0.search = "example.COM" } == ["carol"])
            #expect(try await users { $0.teamId = "t2" } == ["bob"])
            #expect(try await users { $0.matchesNothing = true } == [])
            var byId = UserQuery(page: PageRequest(size: 100))
            (byId.sort, byId.ascending) = (.userId, false)
            #expect(try await store.listUsers(byId).items.map(\.userId) == ["carol", "bob", "alice"])

            func teams(_ configure: (inout TeamQuery) -> Void) async throws -> [String] {
                var query = TeamQuery(page: PageRequest(size: 100))
                configure(&query)
                return try await store.listTeams(query).items.map(\.teamId)
            }
            #expect(try await teams { $0.userId = "bob" } == ["t2"])
            #expect(try await teams { $0.teamId = "t" } == ["t"])
            #expect(try await teams { $0.aliasContains = "ALIAS-T2" } == ["t2"])
            #expect(try await teams { $0.search = "t2" } == ["t2"], "search matches an id exactly or an alias in part")
            #expect(try await teams { $0.search = "alias" } == ["t", "t2"])
            #expect(try await teams { ($0.sort, $0.ascending) = (.teamId, false) } == ["t2", "t"])
            #expect(try await teams { $0.matchesNothing = true } == [])
        }
    }
}
