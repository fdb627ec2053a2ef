import Foundation
import GatewayModel
import GatewayStore
import GatewayTestSupport
import Testing

/// The store implementations the conformance suite runs against; each test takes one as its argument.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// Runs `body` on a fresh, migrated store of this kind and closes it afterwards (PostgreSQL: a new database on
    /// the test server; without one the test is skipped, loudly, or fails under CI).
    func withStore(_ body: (any GatewayStore) async throws -> Void) async throws {
        switch self {
        case .sqlite:
            let (store, directory) = try await TestStores.sqlite()
            defer { withExtendedLifetime(directory) {} }
            try await Self.run(body, on: store)
        case .postgres:
            guard let server = TestPostgres.serverURL() else { return }
            let store = try PostgresStore(url: try TestPostgres.freshDatabase(on: server))
            try await store.whileRunning {
                try await store.migrate()
                try await Self.run(body, on: store)
            }
        }
    }

    private static func run(_ body: (any GatewayStore) async throws -> Void, on store: any GatewayStore) async throws {
        do {
            try await body(store)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }
}

/// Record builders for the suite: valid defaults, overridden where a test cares.
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func key(
        _ secret: String = VirtualKey.generate().secret,
        alias: String? = nil,
        user: String? = nil,
        team: String? = nil
    )
        -> KeyRecord
    {
        let key = VirtualKey(secret: secret)
        return KeyRecord(
            token: key.digest,
            keyName: key.displayForm,
            keyAlias: alias,
            userId: user,
            teamId: team,
            limits: BudgetLimits(models: ["demo"], maxBudget: 10, metadata: ["owner": .string("tests")]),
            createdAt: now,
            updatedAt: now
        )
    }

    static func user(_ id: String, email: String? = nil, role: UserRole = .internalUser) -> UserRecord {
        UserRecord(userId: id, userEmail: email, userRole: role, createdAt: now, updatedAt: now)
    }

    static func team(_ id: String, members: [TeamMember] = []) -> TeamRecord {
        TeamRecord(
            teamId: id,
            teamAlias: "alias-\(id)",
            limits: BudgetLimits(models: ["demo"], maxBudget: 100),
            membersWithRoles: members,
            createdAt: now,
            updatedAt: now
        )
    }

    static func spend(_ requestId: String, key: String?, user: String? = nil, team: String? = nil, cost: Double) -> SpendLogEntry {
        SpendLogEntry(
            requestId: requestId,
            callType: "chat_completion",
            apiKey: key,
            userId: user,
            teamId: team,
            model: "demo",
            modelGroup: "demo",
            modelId: nil,
            promptTokens: 10,
            completionTokens: 5,
            spend: cost,
            startTime: now,
            endTime: now.addingTimeInterval(1),
            status: "success"
        )
    }
}

/// Asserts that `body` throws a `StoreError` with `code`.
func expectStoreError(_ code: StoreError.Code, _ body: () async throws -> Void) async -> StoreError? {
    do {
        try await body()
    } catch let error as StoreError {
        if error.code != code {
            Issue.record("expected \(code), got \(error.code): \(error.message)")
        }
        return error
    } catch {
        Issue.record("expected StoreError \(code), got \(error)")
        return nil
    }
    Issue.record("expected StoreError \(code), but nothing was thrown")
    return nil
}
