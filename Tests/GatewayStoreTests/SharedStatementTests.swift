import Foundation
import GRDB
import GatewayModel
import GatewayTestSupport
import Testing

@testable import GatewayStore

@Suite("Writes written once for both stores", .timeLimit(.minutes(1)))
struct SharedStatementTests {
    /// Many writes at once, half of which fail after writing something: each commits whole or not at all, and none
    /// runs inside another's transaction (on SQLite a write's statements are separate hops onto the writer).
    @Test(arguments: StoreKind.allCases)
    func concurrentWritesEachCommitWholeOrNotAtAll(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.createTeam(Fixtures.team("eng"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<16 {
                    group.addTask {
                        let teams = index.isMultiple(of: 2) ? ["eng"] : ["eng", "ghost"]
                        try? await store.createUser(Fixtures.user("u\(index)"), teams: teams, firstKey: Fixtures.key(user: "u\(index)"))
                    }
                }
                try await group.waitForAll()
            }
            let users = try await store.listUsers(UserQuery(page: PageRequest(size: 100))).items.map(\.userId)
            #expect(Set(users) == Set((0..<16).filter { $0.isMultiple(of: 2) }.map { "u\($0)" }))
            let members = try await store.team(id: "eng")?.membersWithRoles.map(\.userId)
            #expect(Set(members ?? []) == Set(users))
            #expect(try await store.listKeys(KeyQuery(page: PageRequest(size: 100))).total == 8)
        }
    }

    /// A write cancelled at any point leaves all of itself or none, and the store takes the next write.
    @Test(arguments: StoreKind.allCases)
    func aCancelledWriteLeavesAllOrNothingAndTheNextWriteRuns(kind: StoreKind) async throws {
        try await kind.withStore { store in
            for delay in [0, 1, 3, 10] {
                let members = (0..<40).map { TeamMember(userId: "m\(delay)-\($0)", userEmail: nil, role: .user) }
                let write = Task { try await store.createTeam(Fixtures.team("t\(delay)", members: members)) }
                try await Task.sleep(for: .milliseconds(delay))
                write.cancel()
                _ = try? await write.value
                let team = try await store.team(id: "t\(delay)")
                let firstMember = try await store.user(id: "m\(delay)-0")
                #expect((team == nil) == (firstMember == nil))
                #expect(team == nil || team?.membersWithRoles.count == members.count)
            }
            try await store.createTeam(Fixtures.team("after"))
            #expect(try await store.team(id: "after") != nil)
        }
    }

    /// A value of the wrong kind in a column (SQLite stores whatever it is given) fails the call that reads it,
    /// with a store error naming the column, instead of trapping.
    @Test func aDamagedValueFailsItsCallAndNothingElse() async throws {
        let (store, directory) = try await TestStores.sqlite()
        defer { withExtendedLifetime(directory) {} }
        let key = Fixtures.key()
        try await store.insertKey(key)
        _ = try await store.write { session in try await session.run("UPDATE keys SET spend = 'lots' WHERE token = \(key.token)") }
        let error = await expectStoreError(.unavailable) { _ = try await store.key(digest: key.token) }
        #expect(error?.message == "The database answered a value the gateway cannot read: column spend holds text where Double belongs.")
        let other = Fixtures.key()
        try await store.insertKey(other)
        #expect(try await store.key(digest: other.token)?.token == other.token)
        try await store.close()
    }

    @Test func statementsRenderTheirPlaceholdersPerStore() {
        let statement: SQLStatement = "SELECT * FROM keys WHERE token = \("a") AND team_id IN (\(["t1", "t2"])) AND expires < \(nil as Date?)"
        var arguments = StatementArguments()
        let sqlite = statement.sql { SQLiteSession.placeholder(for: $0, in: &arguments) }
        #expect(sqlite == "SELECT * FROM keys WHERE token = ? AND team_id IN (?, ?) AND expires < ?")
        #expect(arguments == ["a", "t1", "t2", nil])
        let postgres = PostgresSession.query(statement)
        #expect(postgres.sql == "SELECT * FROM keys WHERE token = $1 AND team_id IN (SELECT unnest($2::text[])) AND expires < $3")
        #expect(postgres.binds.count == 3)
    }
}
