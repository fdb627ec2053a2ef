import Foundation
import GatewayModel
import GatewayTestSupport
import Testing

@Suite("Key management over HTTP")
struct KeyManagementTests {
    @Test func generatedKeyExpiresInThirtyDaysAndIsListedWithoutItsSecret() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let before = Date()
            let created = try await client.post("/key/generate", json: #"{"duration":"30d","key_alias":"ci","models":["demo"]}"#)
            #expect(created.status == 200)
            let secret = try #require(created.json["key"]?.stringValue)
            #expect(secret.hasPrefix("sk-") && secret.count == 35)
            let expires = try #require(created.json["expires"]?.stringValue.flatMap(WireCoding.parseTimestamp))
            let expected = before.addingTimeInterval(30 * 86_400)
            #expect(abs(expires.timeIntervalSince(expected)) < 5)
            #expect(created.json["token_id"]?.stringValue == VirtualKey.digest(of: secret))
            #expect(created.json["key_name"]?.stringValue == "sk-...\(secret.suffix(4))")

            let listed = try await client.get("/key/list")
            #expect(listed.status == 200)
            #expect(listed.json["keys"] == .array([.string(VirtualKey.digest(of: secret))]))
            #expect(listed.json["total_count"] == .int(1))
            #expect(listed.json["current_page"] == .int(1))
            #expect(listed.json["total_pages"] == .int(1))
            let full = try await client.get("/key/list?return_full_object=true")
            #expect(full.json["keys"]?[0]?["key_alias"] == .string("ci"))
            #expect(!full.body.contains(secret))
            #expect(!listed.body.contains(secret))
        }
    }

    @Test func keyListFiltersAndPaginates() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            for index in 0..<3 {
                _ = try await client.post("/key/generate", json: #"{"user_id":"alice","key_alias":"a\#(index)"}"#)
            }
            _ = try await client.post("/key/generate", json: #"{"user_id":"bob"}"#)
            let page = try await client.get("/key/list?user_id=alice&size=2&page=2")
            #expect(page.json["total_count"] == .int(3))
            #expect(page.json["total_pages"] == .int(2))
            #expect(page.json["keys"]?.arrayValue?.count == 1)
            #expect(try await client.get("/key/list?size=101").status == 400)
        }
    }

    @Test func infoUpdateBlockAndUnblock() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let secret = try #require(try await client.post("/key/generate", json: "{}").json["key"]?.stringValue)
            let info = try await client.get("/key/info?key=\(secret)")
            #expect(info.json["key"] == .string(secret))
            #expect(info.json["info"]?["spend"] == .int(0))

            let updated = try await client.post("/key/update", json: #"{"key":"\#(secret)","max_budget":5,"rpm_limit":7,"metadata":{"env":"ci"}}"#)
            #expect(updated.status == 200)
            #expect(updated.json["max_budget"] == .int(5))
            #expect(updated.json["rpm_limit"] == .int(7))

            #expect(try await client.post("/key/block", json: #"{"key":"\#(secret)"}"#).json["blocked"] == .bool(true))
            let blockedCall = try await client.authorized(secret).get("/key/info")
            #expect(blockedCall.status == 401)
            #expect(blockedCall.error?.message.contains("blocked") == true)
            #expect(try await client.post("/key/unblock", json: #"{"key":"\#(secret)"}"#).json["blocked"] == .bool(false))
            #expect(try await client.authorized(secret).get("/key/info").status == 200)
        }
    }

    @Test func regenerateRetiresTheOldSecret() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let old = try #require(try await client.post("/key/generate", json: #"{"key_alias":"rot"}"#).json["key"]?.stringValue)
            let regenerated = try await client.post("/key/regenerate", json: #"{"key":"\#(old)"}"#)
            #expect(regenerated.status == 200)
            let new = try #require(regenerated.json["key"]?.stringValue)
            #expect(new != old)
            #expect(regenerated.json["key_alias"] == .string("rot"))
            #expect(try await client.authorized(old).get("/key/info").status == 401)
            #expect(try await client.authorized(new).get("/key/info").status == 200)
            let viaPath = try await client.post("/key/\(new)/regenerate", json: #"{"key":"\#(new)"}"#)
            #expect(viaPath.status == 200)
        }
    }

    @Test func deleteByKeyAndAliasIsAllOrNothing() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let first = try #require(try await client.post("/key/generate", json: "{}").json["key"]?.stringValue)
            _ = try await client.post("/key/generate", json: #"{"key_alias":"second"}"#)
            let missing = try await client.post("/key/delete", json: #"{"keys":["\#(first)","sk-not-a-key"]}"#)
            #expect(missing.status == 404)
            #expect(try await client.get("/key/list").json["total_count"] == .int(2))
            let deleted = try await client.post("/key/delete", json: #"{"keys":["\#(first)"],"key_aliases":["second"]}"#)
            #expect(deleted.status == 200)
            #expect(deleted.json["deleted_keys"] == .array([.string(first), .string("second")]))
            #expect(try await client.get("/key/list").json["total_count"] == .int(0))
        }
    }

    @Test func virtualKeysAreStoredOnlyAsDigests() async throws {
        try await RunningServer.withSQLite { client, store async throws in
            let secret = try #require(try await client.post("/key/generate", json: "{}").json["key"]?.stringValue)
            let stored = try #require(try await store.key(digest: VirtualKey.digest(of: secret)))
            #expect(stored.token != secret)
            let file = try Data(contentsOf: URL(fileURLWithPath: String(store.location.dropFirst("sqlite:".count)) + "-wal"))
            #expect(file.range(of: Data(secret.utf8)) == nil)
        }
    }
}
