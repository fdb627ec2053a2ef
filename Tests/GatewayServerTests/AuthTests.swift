import Foundation
import GatewayModel
import GatewayServer
import GatewayTestSupport
import Testing

@Suite("Authentication and authorization of the management API")
struct AuthTests {
    @Test func withoutAMasterKeyManagementIsLockedWithAnExplanation() async throws {
        try await RunningServer.withSQLite(config: ServerConfig(masterKey: nil)) { client, _ async throws in
            let response = try await client.authorized("sk-anything-at-all-000").post("/key/generate", json: "{}")
            #expect(response.status == 401)
            #expect(response.error?.message.contains("LLMPROXY_MASTER_KEY") == true)
        }
    }

    @Test func missingAndWrongCredentialsAre401() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let missing = try await client.authorized(nil).get("/key/list")
            #expect(missing.status == 401)
            #expect(missing.error?.message.hasPrefix("No API key provided") == true)
            #expect(try await client.authorized("sk-wrong-0000000000000000").get("/key/list").status == 401)
        }
    }

    @Test func masterKeyWorksInEveryHeaderForm() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let anonymous = client.authorized(nil)
            let master = RunningServer.masterKey
            for header in [("x-api-key", master), ("api-key", master), ("authorization", "bearer \(master)")] {
                let response = try await anonymous.get("/key/list", headers: [header])
                #expect(response.status == 200, "header \(header.0)")
            }
        }
    }

    @Test func ordinaryKeysMayOnlyReadTheirOwnInfo() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let mine = try #require(try await client.post("/key/generate", json: #"{"user_id":"alice"}"#).json["key"]?.stringValue)
            let other = try #require(try await client.post("/key/generate", json: "{}").json["key"]?.stringValue)
            let asAlice = client.authorized(mine)
            let own = try await asAlice.get("/key/info")
            #expect(own.status == 200)
            #expect(own.json["info"]?["user_id"] == .string("alice"))
            #expect(try await asAlice.get("/key/info?key=\(other)").status == 403)
            let generate = try await asAlice.post("/key/generate", json: "{}")
            #expect(generate.status == 403)
            #expect(generate.error?.type == "auth_error")
            #expect(try await asAlice.get("/user/list").status == 403)
        }
    }

    @Test func proxyAdminUsersKeysMayManage() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let admin = try await client.post("/user/new", json: #"{"user_id":"root","user_role":"proxy_admin"}"#)
            let key = try #require(admin.json["key"]?.stringValue)
            let asAdmin = client.authorized(key)
            #expect(try await asAdmin.post("/team/new", json: #"{"team_id":"ops"}"#).status == 200)
            let generated = try await asAdmin.post("/key/generate", json: "{}")
            #expect(generated.json["created_by"] == .string("root"))
        }
    }

    @Test func expiredKeysAre401() async throws {
        try await RunningServer.withSQLite { client, store async throws in
            let key = VirtualKey.generate()
            let past = Date().addingTimeInterval(-60)
            try await store.insertKey(KeyRecord(token: key.digest, keyName: key.displayForm, expires: past, createdAt: past, updatedAt: past))
            let response = try await client.authorized(key.secret).get("/key/info")
            #expect(response.status == 401)
            #expect(response.error?.message.hasPrefix("This key expired at") == true)
        }
    }
}
