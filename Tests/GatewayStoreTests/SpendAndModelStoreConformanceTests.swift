import Foundation
import GatewayModel
import GatewayStore
import Testing

@Suite("SpendStore and ModelStore conformance")
struct SpendAndModelStoreConformanceTests {
    @Test(arguments: StoreKind.allCases)
    func spendAddsToKeyUserAndTeamOncePerRequestId(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.createTeam(Fixtures.team("eng"))
            let key = Fixtures.key(user: "alice", team: "eng")
            try await store.insertKey(key)
            let batch = [
                Fixtures.spend("r1", key: key.token, user: "alice", team: "eng", cost: 0.25),
                Fixtures.spend("r2", key: key.token, user: "alice", team: "eng", cost: 0.5),
            ]
            #expect(try await store.recordSpend(batch) == 2)
            #expect(try await store.recordSpend(batch + [Fixtures.spend("r3", key: key.token, user: "alice", team: "eng", cost: 1)]) == 1)
            #expect(try await store.key(digest: key.token)?.limits.spend == 1.75)
            #expect(try await store.user(id: "alice")?.limits.spend == 1.75)
            #expect(try await store.team(id: "eng")?.limits.spend == 1.75)
            let logs = try await store.spendLogs(SpendLogQuery(apiKey: key.token))
            #expect(logs.total == 3)
            #expect(logs.items.reduce(0) { $0 + $1.spend } == 1.75)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func storedSpendAnswersTheCurrentTotalsOfExistingSubjectsOnly(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.createTeam(Fixtures.team("eng"))
            let key = Fixtures.key(user: "alice", team: "eng")
            let idle = Fixtures.key(alias: "idle")
            try await store.insertKey(key)
            try await store.insertKey(idle)
            try await store.recordSpend([Fixtures.spend("r1", key: key.token, user: "alice", team: "eng", cost: 0.75)])
            let many = (0..<700).map { "missing-\($0)" }
            let totals = try await store.storedSpend(keys: [key.token, idle.token] + many, users: ["alice", "nobody"], teams: ["eng"])
            #expect(totals.byKey == [key.token: 0.75, idle.token: 0])
            #expect(totals.byUser == ["alice": 0.75])
            #expect(totals.byTeam == ["eng": 0.75])
            #expect(try await store.storedSpend(keys: [], users: [], teams: []).isEmpty)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func spendReportsSumRowsByDayTeamKeyAndModelAPageAtATime(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.createTeam(Fixtures.team("eng"))
            let key = Fixtures.key(alias: "ci", team: "eng")
            try await store.insertKey(key)
            var entries = [
                Fixtures.spend("a", key: key.token, team: "eng", cost: 1),
                Fixtures.spend("b", key: key.token, team: "eng", cost: 2),
                Fixtures.spend("c", key: nil, user: "solo", cost: 4),
            ]
            var yesterday = Fixtures.spend("d", key: key.token, team: "eng", cost: 8)
            yesterday.startTime = Fixtures.now.addingTimeInterval(-86_400)
            yesterday.modelGroup = "gpt"
            entries.append(yesterday)
            try await store.recordSpend(entries)
            let today = String(WireCoding.formatTimestamp(Fixtures.now).prefix(10))
            let before = String(WireCoding.formatTimestamp(yesterday.startTime).prefix(10))

            let byDayAndTeam = try await store.spendReport(SpendReportQuery(groupBy: [.day, .team]))
            #expect(byDayAndTeam.total == 3)
            #expect(byDayAndTeam.items.map(\.values) == [[.day: before, .team: "eng"], [.day: today], [.day: today, .team: "eng"]])
            #expect(byDayAndTeam.items.map(\.spend) == [8, 4, 3])
            #expect(byDayAndTeam.items.map(\.requests) == [1, 1, 2])
            #expect(byDayAndTeam.items[0].teamAlias == "alias-eng")
            #expect(byDayAndTeam.items.map(\.spend).reduce(0, +) == 15)

            let byKey = try await store.spendReport(SpendReportQuery(groupBy: [.apiKey, .model]))
            #expect(byKey.items.first?.values == [.apiKey: key.token, .model: "gpt"])
            #expect(byKey.items.first?.keyAlias == "ci")
            #expect(byKey.items.first?.promptTokens == 10)
            let page = try await store.spendReport(SpendReportQuery(groupBy: [.model], page: PageRequest(page: 2, size: 1)))
            #expect(page.total == 2)
            #expect(page.items.map(\.values) == [[.model: "demo"]])
            #expect(page.items.first?.spend == 7)

            let filtered = try await store.spendReport(
                SpendReportQuery(groupBy: [.model], startTime: Fixtures.now.addingTimeInterval(-60), apiKey: key.token)
            )
            #expect(filtered.items.map(\.spend) == [3])
            let earlierForTeam = try await store.spendReport(
                SpendReportQuery(groupBy: [.team], endTime: Fixtures.now.addingTimeInterval(-60), teamId: "eng")
            )
            #expect(earlierForTeam.items.map(\.spend) == [8], "the end is exclusive and the team filters")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func dueBudgetsResetToZeroAndStartTheNextPeriod(kind: StoreKind) async throws {
        try await kind.withStore { store in
            var due = Fixtures.key(alias: "due")
            due.limits.budgetDuration = "1d"
            due.limits.budgetResetAt = Fixtures.now.addingTimeInterval(-1)
            var later = Fixtures.key(alias: "later")
            later.limits.budgetDuration = "1d"
            later.limits.budgetResetAt = Fixtures.now.addingTimeInterval(3600)
            try await store.insertKey(due)
            try await store.insertKey(later)
            try await store.recordSpend([Fixtures.spend("a", key: due.token, cost: 3), Fixtures.spend("b", key: later.token, cost: 4)])
            #expect(try await store.resetDueBudgets(at: Fixtures.now) == 1)
            let reset = try #require(try await store.key(digest: due.token))
            #expect(reset.limits.spend == 0)
            #expect(reset.limits.budgetResetAt == Fixtures.now.addingTimeInterval(86_400))
            #expect(try await store.key(digest: later.token)?.limits.spend == 4)
            #expect(try await store.spendLogs(SpendLogQuery()).total == 2)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func spendLogsFilterByTimeAndOwner(kind: StoreKind) async throws {
        try await kind.withStore { store in
            var early = Fixtures.spend("early", key: nil, user: "alice", cost: 1)
            early.startTime = Fixtures.now.addingTimeInterval(-86_400)
            let late = Fixtures.spend("late", key: nil, user: "bob", team: "ops", cost: 2)
            try await store.recordSpend([early, late])
            let recent = try await store.spendLogs(SpendLogQuery(startTime: Fixtures.now.addingTimeInterval(-60)))
            #expect(recent.items.map(\.requestId) == ["late"])
            let older = try await store.spendLogs(SpendLogQuery(endTime: Fixtures.now.addingTimeInterval(-60)))
            #expect(older.items.map(\.requestId) == ["early"])
            #expect(try await store.spendLogs(SpendLogQuery(userId: "alice")).items.map(\.requestId) == ["early"])
            #expect(try await store.spendLogs(SpendLogQuery(teamId: "ops")).items.map(\.requestId) == ["late"])
            let stored = try #require(try await store.spendLogs(SpendLogQuery(requestId: "late")).items.first)
            #expect(stored == late)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func modelDeploymentsRoundTrip(kind: StoreKind) async throws {
        try await kind.withStore { store in
            var model = ModelDeployment(
                modelId: "m1",
                modelName: "gpt-4o",
                litellmParams: ["model": .string("openai/gpt-4o"), "api_base": .string("http://127.0.0.1:9")],
                modelInfo: ["input_cost_per_token": .double(0.000001)],
                createdAt: Fixtures.now,
                updatedAt: Fixtures.now
            )
            try await store.insertModel(model)
            _ = await expectStoreError(.conflict) { try await store.insertModel(model) }
            #expect(try await store.model(id: "m1") == model)
            model.modelName = "gpt-4o-renamed"
            try await store.updateModel(model)
            #expect(try await store.listModels().map(\.modelName) == ["gpt-4o-renamed"])
            try await store.deleteModel(id: "m1")
            _ = await expectStoreError(.notFound) { try await store.deleteModel(id: "m1") }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func migrationsAreRecordedAndIdempotent(kind: StoreKind) async throws {
        try await kind.withStore { store in
            #expect(try await store.migrate() == [])
            let status = try await store.schemaStatus()
            #expect(status.pending == [])
            #expect(status.unknown == [])
            #expect(status.applied == status.known)
            try await store.ping()
        }
    }
}
