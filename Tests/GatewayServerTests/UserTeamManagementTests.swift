import Foundation
import GatewayModel
import GatewayTestSupport
import Testing

@Suite("User and team management over HTTP")
struct UserTeamManagementTests {
    @Test func userLifecycleWithAutoCreatedKey() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let created = try await client.post(
                "/user/new",
                json: #"{"user_id":"alice","user_email":"alice@example.com","user_role":"internal_user","max_budget":20,"models":["demo"]}"#
            )
            #expect(created.status == 200)
            #expect(created.json["user_id"] == .string("alice"))
            let secret = try #require(created.json["key"]?.stringValue)
            #expect(secret.hasPrefix("sk-"))

            let info = try await client.get("/user/info?user_id=alice")
            #expect(info.json["user_info"]?["user_email"] == .string("alice@example.com"))
            #expect(info.json["user_info"]?["max_budget"] == .int(20))
            #expect(info.json["keys"]?.arrayValue?.count == 1)

            let updated = try await client.post("/user/update", json: #"{"user_id":"alice","max_budget":30,"user_role":"proxy_admin"}"#)
            #expect(updated.json["max_budget"] == .int(30))
            #expect(updated.json["user_role"] == .string("proxy_admin"))

            let noKey = try await client.post("/user/new", json: #"{"user_id":"bob","auto_create_key":false}"#)
            #expect(noKey.json["key"] == .null)
            let list = try await client.get("/user/list")
            #expect(list.json["total"] == .int(2))
            #expect(list.json["users"]?.arrayValue?.count == 2)

            let deleted = try await client.post("/user/delete", json: #"{"user_ids":["alice"]}"#)
            #expect(deleted.json["deleted_users"] == .array([.string("alice")]))
            #expect(try await client.get("/user/info?user_id=alice").status == 404)
            #expect(try await client.authorized(secret).get("/key/info").status == 401)
        }
    }

    @Test func teamLifecycleWithMembers() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let created = try await client.post(
                "/team/new",
                json: #"{"team_id":"eng","team_alias":"Engineering","max_budget":100,"members_with_roles":[{"user_id":"alice","role":"admin"}]}"#
            )
            #expect(created.status == 200)
            #expect(
                created.json["members_with_roles"] == .array([.object(["user_id": .string("alice"), "user_email": .null, "role": .string("admin")])])
            )

            let added = try await client.post("/team/member_add", json: #"{"team_id":"eng","member":{"user_email":"bob@example.com","role":"user"}}"#)
            #expect(added.status == 200)
            #expect(added.json["members_with_roles"]?.arrayValue?.count == 2)
            let duplicate = try await client.post("/team/member_add", json: #"{"team_id":"eng","member":{"user_id":"alice"}}"#)
            #expect(duplicate.status == 409)

            let key = try #require(try await client.post("/key/generate", json: #"{"team_id":"eng"}"#).json["key"]?.stringValue)
            let info = try await client.get("/team/info?team_id=eng")
            #expect(info.json["team_info"]?["team_alias"] == .string("Engineering"))
            #expect(info.json["keys"]?.arrayValue?.count == 1)

            let removed = try await client.post("/team/member_delete", json: #"{"team_id":"eng","user_id":"alice"}"#)
            #expect(removed.json["members_with_roles"]?.arrayValue?.count == 1)
            #expect(try await client.post("/team/update", json: #"{"team_id":"eng","max_budget":50}"#).json["max_budget"] == .int(50))
            #expect(try await client.get("/team/list").json.arrayValue?.count == 1)
            #expect(try await client.get("/team/list?user_id=alice").json.arrayValue?.count == 0)

            #expect(try await client.post("/team/delete", json: #"{"team_ids":["eng"]}"#).json["deleted_teams"] == .array([.string("eng")]))
            #expect(try await client.get("/team/info?team_id=eng").status == 404)
            #expect(try await client.authorized(key).get("/key/info").status == 401)
        }
    }
}
