import Foundation
import GatewayModel
import GatewayStore
import Testing

@Suite("UserStore and TeamStore conformance")
struct UserTeamStoreConformanceTests {
    @Test(arguments: StoreKind.allCases)
    func userCreationWithTeamsAndFirstKeyIsAtomic(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.createTeam(Fixtures.team("eng"))
            let key = Fixtures.key(user: "alice")
            _ = await expectStoreError(.notFound) {
                try await store.createUser(Fixtures.user("alice"), teams: ["eng", "ghost"], firstKey: key)
            }
            #expect(try await store.user(id: "alice") == nil)
            #expect(try await store.key(digest: key.token) == nil)
            #expect(try await store.team(id: "eng")?.membersWithRoles == [])

            try await store.createUser(Fixtures.user("alice", email: "a@example.com"), teams: ["eng"], firstKey: key)
            let alice = try #require(try await store.user(id: "alice"))
            #expect(alice.teams == ["eng"])
            #expect(try await store.user(email: "a@example.com")?.userId == "alice")
            #expect(try await store.key(digest: key.token)?.userId == "alice")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func duplicateUserIdOrEmailConflicts(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.createUser(Fixtures.user("alice", email: "a@example.com"), teams: [], firstKey: nil)
            _ = await expectStoreError(.conflict) { try await store.createUser(Fixtures.user("alice"), teams: [], firstKey: nil) }
            _ = await expectStoreError(.conflict) {
                try await store.createUser(Fixtures.user("other", email: "a@example.com"), teams: [], firstKey: nil)
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func deletingUsersTakesTheirKeysAndMemberships(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.createTeam(Fixtures.team("eng", members: [TeamMember(userId: "alice")]))
            let key = Fixtures.key(user: "alice")
            try await store.insertKey(key)
            _ = await expectStoreError(.notFound) { _ = try await store.deleteUsers(ids: ["alice", "ghost"]) }
            #expect(try await store.user(id: "alice") != nil)
            #expect(try await store.deleteUsers(ids: ["alice"]) == ["alice"])
            #expect(try await store.user(id: "alice") == nil)
            #expect(try await store.key(digest: key.token) == nil)
            #expect(try await store.team(id: "eng")?.membersWithRoles == [])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func userPatchAndListing(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.createUser(Fixtures.user("alice"), teams: [], firstKey: nil)
            try await store.createUser(Fixtures.user("root", role: .proxyAdmin), teams: [], firstKey: nil)
            var patch = UserPatch()
            patch.limits.maxBudget = .some(5)
            patch.userRole = .internalUserViewer
            let updated = try await store.updateUser(id: "alice", patch, at: Fixtures.now)
            #expect(updated.limits.maxBudget == 5)
            #expect(updated.userRole == .internalUserViewer)
            #expect(try await store.listUsers(UserQuery(role: "proxy_admin")).items.map(\.userId) == ["root"])
            #expect(try await store.listUsers(UserQuery()).total == 2)
            _ = await expectStoreError(.notFound) { _ = try await store.updateUser(id: "ghost", patch, at: Fixtures.now) }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func teamMembershipLifecycle(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.createTeam(Fixtures.team("eng", members: [TeamMember(userId: "alice", role: .admin)]))
            let withBob = try await store.addTeamMembers(teamId: "eng", [TeamMember(userId: "bob", userEmail: "b@example.com")], at: Fixtures.now)
            #expect(withBob.membersWithRoles == [TeamMember(userId: "alice", role: .admin), TeamMember(userId: "bob", userEmail: "b@example.com")])
            #expect(try await store.user(id: "bob")?.teams == ["eng"])
            _ = await expectStoreError(.conflict) { _ = try await store.addTeamMembers(teamId: "eng", [TeamMember(userId: "bob")], at: Fixtures.now) }
            _ = await expectStoreError(.notFound) { _ = try await store.addTeamMembers(teamId: "ops", [TeamMember(userId: "bob")], at: Fixtures.now) }
            let withoutAlice = try await store.removeTeamMember(teamId: "eng", userId: "alice", at: Fixtures.now)
            #expect(withoutAlice.membersWithRoles.map(\.userId) == ["bob"])
            _ = await expectStoreError(.notFound) { _ = try await store.removeTeamMember(teamId: "eng", userId: "alice", at: Fixtures.now) }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func deletingTeamsTakesTheirKeysAllOrNothing(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.createTeam(Fixtures.team("eng", members: [TeamMember(userId: "alice")]))
            let key = Fixtures.key(team: "eng")
            try await store.insertKey(key)
            _ = await expectStoreError(.conflict) { try await store.createTeam(Fixtures.team("eng")) }
            _ = await expectStoreError(.notFound) { _ = try await store.deleteTeams(ids: ["eng", "ghost"]) }
            #expect(try await store.key(digest: key.token) != nil)
            #expect(try await store.deleteTeams(ids: ["eng"]) == ["eng"])
            #expect(try await store.team(id: "eng") == nil)
            #expect(try await store.key(digest: key.token) == nil)
            #expect(try await store.user(id: "alice")?.teams == [])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func teamPatchAndListingByMember(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.createTeam(Fixtures.team("eng", members: [TeamMember(userId: "alice")]))
            try await store.createTeam(Fixtures.team("ops"))
            var patch = TeamPatch()
            patch.teamAlias = .some(nil)
            patch.limits.models = ["gpt-4o"]
            let updated = try await store.updateTeam(id: "ops", patch, at: Fixtures.now)
            #expect(updated.teamAlias == nil)
            #expect(updated.limits.models == ["gpt-4o"])
            #expect(try await store.listTeams(TeamQuery(userId: "alice")).items.map(\.teamId) == ["eng"])
            #expect(try await store.listTeams(TeamQuery()).total == 2)
        }
    }
}
