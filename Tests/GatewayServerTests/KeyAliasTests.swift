import Foundation
import GatewayModel
import GatewayTestSupport
import Testing

@Suite("Key aliases: a key's own names for models, applied before routing")
struct KeyAliasTests {
    @Test func aCallForAnAliasIsRoutedCheckedAndBilledAsItsModel() async throws {
        try await LLMTestBed.run { bed async throws in
            let created = try await bed.client.post(
                "/key/generate",
                json: #"{"models":["gpt-test"],"aliases":{"my-model":"gpt-test","elsewhere":"crashing"}}"#
            )
            let key = try #require(created.json["key"]?.stringValue)
            #expect(created.json["aliases"]?["my-model"] == .string("gpt-test"))
            let client = bed.client.authorized(key)
            let answered = try await client.post("/v1/chat/completions", json: LLMTestBed.chat("my-model"))
            #expect(answered.status == 200)
            #expect(answered.header("x-litellm-model-group") == "gpt-test")
            let outside = try await client.post("/v1/chat/completions", json: LLMTestBed.chat("elsewhere"))
            #expect(outside.status == 403, "an alias does not widen the key's models")
            let updated = try await bed.client.post("/key/update", json: #"{"key":"\#(key)","aliases":{}}"#)
            #expect(updated.json["aliases"] == .object([:]))
            #expect(try await client.post("/v1/chat/completions", json: LLMTestBed.chat("my-model")).status == 404)
            let bad = try await bed.client.post("/key/generate", json: #"{"aliases":{"x":""}}"#)
            #expect(bad.status == 400)
            #expect(bad.error?.param == .string("aliases"))
        }
    }
}
