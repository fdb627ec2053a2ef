import Foundation
import GatewayModel
import GatewayTestSupport
import Testing

@Suite("Spend reports: /global/spend/*", .timeLimit(.minutes(1)))
struct GlobalSpendTests {
    @Test func reportTotalsEqualTheSpendLogRows() async throws {
        try await LLMTestBed.run { bed async throws in
            #expect(try await bed.client.post("/team/new", json: #"{"team_id":"eng","team_alias":"Engineering"}"#).status == 200)
            let teamKey = try await bed.key(#""team_id":"eng","key_alias":"ci""#)
            let soloKey = try await bed.key()
            for (key, model) in [(teamKey, "gpt-test"), (teamKey, "gpt-test"), (teamKey, "long"), (soloKey, "gpt-test")] {
                #expect(try await bed.client.authorized(key).post("/v1/chat/completions", json: LLMTestBed.chat(model)).status == 200)
            }
            let rows = try await eventually { () async throws -> [JSONValue]? in
                let logs = try await bed.client.get("/spend/logs?page_size=100").json.arrayValue ?? []
                return logs.count == 4 ? logs : nil
            }
            let logged = rows.compactMap { $0["spend"]?.doubleValue }.reduce(0, +)
            let today = String(WireCoding.formatTimestamp(Date()).prefix(10))
            let range = "start_date=\(today)&end_date=\(today)"

            let byTeam = try await bed.client.get("/global/spend/report?\(range)&group_by=team")
            #expect(byTeam.status == 200, "\(byTeam.body)")
            let day = try #require(byTeam.json.arrayValue?.first)
            #expect(day["group_by_day"] == .string(today))
            let teams = day["teams"]?.arrayValue ?? []
            #expect(Set(teams.compactMap { $0["team_name"]?.stringValue }) == ["Engineering", "Unassigned Team"])
            #expect(abs(teams.compactMap { $0["total_spend"]?.doubleValue }.reduce(0, +) - logged) < 1e-9)
            let engineering = teams.first { $0["team_name"] == .string("Engineering") }
            #expect(abs((engineering?["total_spend"]?.doubleValue ?? 0) - 3 * LLMTestBed.callCost) < 1e-9)
            #expect(Set(engineering?["metadata"]?.arrayValue?.compactMap { $0["model"]?.stringValue } ?? []) == ["gpt-test", "long"])

            let byKey = try await bed.client.get("/global/spend/report?\(range)&group_by=api_key").json.arrayValue ?? []
            #expect(byKey.count == 2)
            #expect(byKey.first?["key_alias"] == .string("ci"))
            #expect(byKey.first?["api_key"] == .string(VirtualKey.digest(of: teamKey)))
            #expect(abs(byKey.compactMap { $0["total_cost"]?.doubleValue }.reduce(0, +) - logged) < 1e-9)
            #expect(byKey.first?["total_input_tokens"]?.intValue == 3 * FakeUpstream.promptTokens)

            let byModel = try await bed.client.get("/global/spend/report?\(range)&group_by=model").json.arrayValue?.first
            let models = byModel?["models"]?.arrayValue ?? []
            #expect(models.first?["model"] == .string("gpt-test"))
            #expect(abs((models.first?["total_spend"]?.doubleValue ?? 0) - 3 * LLMTestBed.callCost) < 1e-9)

            let topKey = try await bed.client.get("/global/spend/keys?limit=1")
            #expect(topKey.header("x-total-count") == "2")
            #expect(topKey.json.arrayValue?.map { $0["key_alias"] } == [.string("ci")])
            let topModels = try await bed.client.get("/global/spend/models").json.arrayValue ?? []
            #expect(topModels.compactMap { $0["model"]?.stringValue } == ["gpt-test", "long"])
            let perTeam = try await bed.client.get("/global/spend/teams").json
            #expect(perTeam["teams"]?.arrayValue == [.string("Engineering"), .string("Unassigned Team")])
            #expect(perTeam["daily_spend"]?.arrayValue?.first?["date"] == .string(today))
            #expect(
                abs((perTeam["total_spend_per_team"]?.arrayValue?.compactMap { $0["total_spend"]?.doubleValue }.reduce(0, +) ?? 0) - logged)
                    < 1e-9
            )

            let yesterday = String(WireCoding.formatTimestamp(Date().addingTimeInterval(-86_400)).prefix(10))
            let empty = try await bed.client.get("/global/spend/report?start_date=\(yesterday)&end_date=\(yesterday)")
            #expect(empty.json.arrayValue?.isEmpty == true)
        }
    }

    @Test func reportsRefuseMissingDatesBadGroupingsAndUnboundedPages() async throws {
        try await LLMTestBed.run { bed async throws in
            let undated = try await bed.client.get("/global/spend/report")
            #expect(undated.status == 400)
            #expect(undated.error?.message.contains("start_date and end_date") == true)
            let badGroup = try await bed.client.get("/global/spend/report?start_date=2026-11-01&end_date=2026-11-02&group_by=planet")
            #expect(badGroup.status == 400)
            #expect(badGroup.error?.param == .string("group_by"))
            #expect(try await bed.client.get("/global/spend/keys?limit=100000").status == 400)
            #expect(try await bed.client.get("/global/spend/report?start_date=soon&end_date=2026-11-02").status == 400)
        }
    }
}
