import Foundation
import GatewayModel
import GatewayServer
import GatewayTestSupport
import Testing

@Suite("List endpoints: every filter acts, no parameter is ignored")
struct ListEndpointTests {
    static let listEndpoints = [
        "/key/list", "/user/list", "/team/list", "/v2/team/list", "/spend/logs", "/model/info", "/v1/model/info", "/v2/model/info",
        "/model_group/info", "/team/available", "/global/spend/report?start_date=2026-01-01&end_date=2026-01-02",
        "/global/spend/keys", "/global/spend/models", "/global/spend/teams",
    ]

    @Test(arguments: listEndpoints)
    func anUnknownQueryParameterIsRefusedByName(path: String) async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let separator = path.contains("?") ? "&" : "?"
            let response = try await client.get(path + separator + "key_hsh=abc")
            #expect(response.status == 400, "\(response.body)")
            #expect(response.error?.param == .string("key_hsh"))
            #expect(response.error?.message.contains("Unknown query parameter 'key_hsh'") == true)
            #expect(try await client.get(path).status == 200)
        }
    }

    @Test func keyListFiltersNarrowAndNeverWiden() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            var hashes: [String] = []
            for alias in ["a", "b", "c"] {
                let created = try await client.post("/key/generate", json: #"{"key_alias":"\#(alias)","user_id":"u-\#(alias)"}"#)
                hashes.append(try #require(created.json["token_id"]?.stringValue))
            }
            let one = try await client.get("/key/list?key_hash=\(hashes[1])")
            #expect(one.json["keys"] == .array([.string(hashes[1])]))
            #expect(try await client.get("/key/list?organization_id=org-1").json["total_count"] == .int(0))
            #expect(try await client.get("/key/list?include_team_keys=true&user_id=u-a").json["keys"] == .array([.string(hashes[0])]))
            #expect(try await client.get("/key/list?key_alias=B&substring_matching=true").json["keys"] == .array([.string(hashes[1])]))
            #expect(try await client.get("/key/list?search=c").json["total_count"] == .int(1))
            let sorted = try await client.get("/key/list?sort_by=key_alias&sort_order=asc")
            #expect(sorted.json["keys"] == .array(hashes.map(JSONValue.string)))
            let expanded = try await client.get("/key/list?expand=user&key_alias=a")
            #expect(expanded.json["keys"]?.arrayValue?.first?["user"]?["user_id"] == .string("u-a"))
            #expect(try await client.get("/key/list?sort_by=secret").status == 400)
            #expect(try await client.get("/key/list?status=deleted").status == 400)
            #expect(try await client.get("/key/list?status=revoked").json["total_count"] == .int(0))
        }
    }

    @Test func userAndTeamListsTakeLiteLLMsFilters() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            #expect(try await client.post("/user/new", json: #"{"user_id":"ann","user_email":"ann@example.com"}"#).status == 200)
            #expect(try await client.post("/user/new", json: #"{"user_id":"bo"}"#).status == 200)
            #expect(try await client.post("/team/new", json: #"{"team_id":"red","team_alias":"Red Team"}"#).status == 200)
            #expect(try await client.post("/team/new", json: #"{"team_id":"blue"}"#).status == 200)
            #expect(try await client.post("/team/member_add", json: #"{"team_id":"red","member":{"user_id":"ann"}}"#).status == 200)
            let byEmail = try await client.get("/user/list?user_email=EXAMPLE")
            #expect(byEmail.json["users"]?.arrayValue?.map { $0["user_id"] } == [.string("ann")])
            #expect(try await client.get("/user/list?team=red").json["total"] == .int(1))
            #expect(try await client.get("/user/list?organization_ids=o1").json["total"] == .int(0))
            let page = try await client.get("/v2/team/list?team_alias=red&page_size=5")
            #expect(page.json["teams"]?.arrayValue?.map { $0["team_id"] } == [.string("red")])
            #expect(page.json["total"] == .int(1))
            #expect(page.json["page_size"] == .int(5))
            #expect(try await client.get("/team/list?organization_id=o1").json == .array([]))
            #expect(try await client.get("/team/list?user_id=ann").json.arrayValue?.count == 1)
            let v2 = try await client.get("/v2/user/info?user_id=ann")
            #expect(v2.json["teams"] == .array([.string("red")]))
            #expect(v2.json["user_email"] == .string("ann@example.com"))
            #expect(v2.json["keys"] == nil)
        }
    }

    @Test func availableTeamsAreTheConfiguredOnesTheCallerIsNotIn() async throws {
        var config = ServerConfig(masterKey: RunningServer.masterKey)
        config.availableTeams = ["red", "blue", "gone"]
        try await RunningServer.withSQLite(config: config) { client, _ async throws in
            for team in ["red", "blue", "green"] {
                #expect(try await client.post("/team/new", json: #"{"team_id":"\#(team)"}"#).status == 200)
            }
            _ = try await client.post("/user/new", json: #"{"user_id":"admin","user_role":"proxy_admin"}"#)
            _ = try await client.post("/team/member_add", json: #"{"team_id":"red","member":{"user_id":"admin"}}"#)
            let adminKey = try #require(try await client.post("/key/generate", json: #"{"user_id":"admin"}"#).json["key"]?.stringValue)
            let forMaster = try await client.get("/team/available")
            #expect(forMaster.json.arrayValue?.map { $0["team_id"] } == [.string("red"), .string("blue")])
            let forMember = try await client.authorized(adminKey).get("/team/available")
            #expect(forMember.json.arrayValue?.map { $0["team_id"] } == [.string("blue")])
        }
    }

    @Test func modelInfoAnswersOnEveryLiteLLMPath() async throws {
        try await LLMTestBed.run { bed async throws in
            let v1 = try await bed.client.get("/v1/model/info?model_name=gpt-test")
            #expect(v1.json["data"]?.arrayValue?.first?["model_name"] == .string("gpt-test"))
            #expect(try await bed.client.get("/v2/model/info").json == (try await bed.client.get("/model/info").json))
            let created = try await bed.client.post(
                "/model/new",
                json:
                    #"{"model_name":"gpt-test","litellm_params":{"model":"azure/x","api_base":"http://127.0.0.1:9","rpm":5},"model_info":{"max_input_tokens":8000,"input_cost_per_token":0.5}}"#
            )
            #expect(created.status == 200)
            let group = try #require(
                try await bed.client.get("/model_group/info?model_group=gpt-test").json["data"]?.arrayValue?.first
            )
            #expect(group["providers"] == .array([.string("azure"), .string("openai")]))
            #expect(group["max_input_tokens"] == .int(8000))
            #expect(group["input_cost_per_token"] == .double(0.5))
            #expect(group["rpm"] == .int(5))
            #expect(group["mode"] == .string("chat"))
        }
    }
}
