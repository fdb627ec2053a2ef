import Foundation
import GatewayModel
import GatewayServer
import GatewayTestSupport
import Testing

@Suite("Bad input answers with the documented status and error body")
struct BadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let path: String
        let body: String
        let status: Int
        let type: String
        let param: JSONValue
        var testDescription: String { "\(path) \(body) → \(status)" }
    }

    static let cases: [Case] = [
        Case(path: "/key/generate", body: "{not json", status: 400, type: "invalid_request_error", param: .null),
        Case(path: "/key/generate", body: #"{"max_budget":"ten"}"#, status: 400, type: "invalid_request_error", param: .string("max_budget")),
        Case(path: "/key/generate", body: #"{"models":"demo"}"#, status: 400, type: "invalid_request_error", param: .string("models")),
        Case(path: "/key/generate", body: #"{"duration":"30x"}"#, status: 400, type: "invalid_request_error", param: .string("duration")),
        Case(path: "/key/generate", body: #"{"max_budget":-1}"#, status: 400, type: "invalid_request_error", param: .string("max_budget")),
        Case(path: "/key/generate", body: #"{"max_budgt":1}"#, status: 400, type: "invalid_request_error", param: .string("max_budgt")),
        Case(path: "/key/generate", body: #"{"team_id":"ghost"}"#, status: 404, type: "not_found_error", param: .string("team_id")),
        Case(path: "/key/update", body: #"{"key":"sk-unknown-key-000000"}"#, status: 404, type: "not_found_error", param: .string("key")),
        Case(path: "/key/update", body: #"{"max_budget":1}"#, status: 400, type: "invalid_request_error", param: .string("key")),
        Case(path: "/key/delete", body: "{}", status: 400, type: "invalid_request_error", param: .string("keys")),
        Case(path: "/user/new", body: #"{"user_role":"god"}"#, status: 400, type: "invalid_request_error", param: .string("user_role")),
        Case(path: "/user/update", body: #"{"user_id":"ghost","max_budget":1}"#, status: 404, type: "not_found_error", param: .string("user_id")),
        Case(path: "/user/delete", body: #"{"user_ids":[]}"#, status: 400, type: "invalid_request_error", param: .string("user_ids")),
        Case(path: "/team/update", body: #"{"team_id":"ghost"}"#, status: 404, type: "not_found_error", param: .string("team_id")),
        Case(path: "/team/delete", body: #"{"team_ids":["ghost"]}"#, status: 404, type: "not_found_error", param: .string("team_ids")),
        Case(
            path: "/team/member_add",
            body: #"{"team_id":"ghost","member":{"user_id":"u"}}"#,
            status: 404,
            type: "not_found_error",
            param: .string("team_id")
        ),
        Case(path: "/team/new", body: #"{"team_id":7}"#, status: 400, type: "invalid_request_error", param: .string("team_id")),
    ]

    @Test(arguments: cases)
    func answersWithStatusTypeAndParam(_ testCase: Case) async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let response = try await client.post(testCase.path, json: testCase.body)
            #expect(response.status == testCase.status)
            let error = try #require(response.error, "body: \(response.body)")
            #expect(error.type == testCase.type)
            #expect(error.param == testCase.param)
            #expect(error.code == String(testCase.status))
            #expect(!error.message.isEmpty)
        }
    }

    @Test func duplicateIdsConflictAndLeaveTheFirstIntact() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            #expect(try await client.post("/user/new", json: #"{"user_id":"alice","max_budget":1}"#).status == 200)
            let again = try await client.post("/user/new", json: #"{"user_id":"alice","max_budget":99}"#)
            #expect(again.status == 409)
            #expect(again.error?.type == "conflict_error")
            #expect(try await client.get("/user/info?user_id=alice").json["user_info"]?["max_budget"] == .int(1))
            #expect(try await client.post("/team/new", json: #"{"team_id":"eng"}"#).status == 200)
            #expect(try await client.post("/team/new", json: #"{"team_id":"eng"}"#).status == 409)
            #expect(try await client.post("/key/generate", json: #"{"key_alias":"a"}"#).status == 200)
            #expect(try await client.post("/key/generate", json: #"{"key_alias":"a"}"#).status == 409)
        }
    }

    @Test func failedCreationLeavesNoHalfWrittenRows() async throws {
        try await RunningServer.withSQLite { client, store async throws in
            let response = try await client.post("/user/new", json: #"{"user_id":"alice","teams":["ghost"]}"#)
            #expect(response.status == 404)
            #expect(try await store.user(id: "alice") == nil)
            #expect(try await store.listKeys(.init()).total == 0)
        }
    }

    @Test func oversizeBodyIs413() async throws {
        try await RunningServer.withSQLite(config: ServerConfig(masterKey: RunningServer.masterKey, maxRequestBodyBytes: 1024)) {
            client,
            store async throws in
            let padding = String(repeating: "x", count: 4096)
            let response = try await client.post("/key/generate", json: #"{"key_alias":"\#(padding)"}"#)
            #expect(response.status == 413)
            #expect(response.error?.type == "invalid_request_error")
            #expect(try await store.listKeys(.init()).total == 0)
        }
    }

    @Test func unknownRouteIs404WithErrorBody() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let response = try await client.get("/key/nonsense")
            #expect(response.status == 404)
            #expect(response.error?.type == "not_found_error")
        }
    }
}
