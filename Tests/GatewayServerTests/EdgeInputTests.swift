import Foundation
import GatewayModel
import GatewayProviders
import GatewayTestSupport
import Testing

@testable import GatewayServer

@Suite("Edges: no input crashes or poisons an instance")
struct EdgeInputTests {
    @Test(arguments: [
        #"{"model_name":"x","litellm_params":{"model":"openai/x","timeout":1e300}}"#,
        #"{"model_name":"x","litellm_params":{"model":"openai/x","weight":1e308}}"#,
        #"{"model_name":"x","litellm_params":{"model":"openai/x","timeout":"inf"}}"#,
        #"{"model_name":"x","litellm_params":{"model":"openai/x","weight":"Infinity"}}"#,
        #"{"model_name":"x","litellm_params":{"model":"openai/x"},"model_info":{"input_cost_per_token":"1e400"}}"#,
        #"{"model_name":"x","litellm_params":{"model":"openai/x"},"model_info":{"output_cost_per_token":"NaN"}}"#,
        #"{"model_name":"x","litellm_params":{"model":"openai/x","rpm":1e300}}"#,
    ])
    func outOfRangeNumbersAreRefusedAndTheInstanceLives(body: String) async throws {
        try await LLMTestBed.run { bed async throws in
            let refused = try await bed.client.post("/model/new", json: body)
            #expect(refused.status == 400, "\(refused.body)")
            #expect(refused.error?.message.contains("must be") == true)
            #expect(try await bed.client.get("/model/info").status == 200)
            #expect(try await bed.client.post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test")).status == 200)
        }
    }

    @Test func anUpdateCannotStoreAnUnusableTimeout() async throws {
        try await LLMTestBed.run { bed async throws in
            let created = try await bed.client.post("/model/new", json: #"{"model_name":"x","litellm_params":{"model":"openai/x"}}"#)
            let id = try #require(created.json["model_info"]?["id"]?.stringValue)
            let update = try await bed.client.post("/model/update", json: #"{"model_info":{"id":"\#(id)"},"litellm_params":{"timeout":1e300}}"#)
            #expect(update.status == 400)
            #expect(try await bed.client.get("/model/info").status == 200)
        }
    }

    @Test func weightsThatAddUpToInfinityStillRoute() {
        let huge = Deployment(id: "a", modelName: "m", provider: .mock, upstreamModel: "a", weight: .greatestFiniteMagnitude)
        let nan = Deployment(id: "b", modelName: "m", provider: .mock, upstreamModel: "b", weight: .nan)
        let infinite = Deployment(id: "c", modelName: "m", provider: .mock, upstreamModel: "c", weight: .infinity)
        let states = DeploymentStates()
        for _ in 0..<20 {
            let chosen = RouterSettings.Strategy.simpleShuffle.choose(from: [huge, huge, nan, infinite], states: states)
            #expect(["a", "b", "c"].contains(chosen.id))
        }
    }

    @Test func nulCharactersAreRefusedInBodiesAndQueries() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let user = try await client.post("/user/new", json: #"{"user_id":"a\u0000b"}"#)
            #expect(user.status == 400)
            #expect(user.error?.param == .string("user_id"))
            #expect(try await client.post("/user/new", json: #"{"user_id":"a"}"#).status == 200, "the prefix is still free")
            let key = try await client.post("/key/generate", json: #"{"key_alias":"x","metadata":{"note":"\u0000"}}"#)
            #expect(key.status == 400)
            #expect(key.error?.param == .string("metadata.note"))
            let info = try await client.get("/user/info?user_id=a%00b")
            #expect(info.status == 400)
            #expect(info.error?.param == .string("user_id"))
        }
    }

    @Test(arguments: [
        (#"{"models":["demo",]}"#, "trailing comma"),
        (#"{"key_alias":"x",}"#, "trailing comma"),
        (#"{"max_budget":01}"#, "leading zero"),
        (#"{"key_alias":"\x"}"#, "invalid escape"),
        (#"{"metadata":{"a":tru}}"#, "invalid literal"),
        (#"{"metadata":{"a":NaN}}"#, "expected a value"),
    ])
    func malformedManagementBodiesAreRefusedAndNothingIsStored(body: String, reason: String) async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let response = try await client.post("/key/generate", json: body)
            #expect(response.status == 400)
            #expect(response.error?.message.contains(reason) == true, "\(response.body)")
            #expect(try await client.get("/key/list").json["total_count"] == .int(0))
        }
    }

    @Test(arguments: [
        #"{"model":"gpt-test","messages":[{"role":"user","content":"x"}],"temperature":tru}"#,
        #"{"model":"gpt-test","messages":[{"role":"user","content":"x"}],"temperature":NaN}"#,
        #"{"model":"gpt-test","messages":[{"role":"user","content":"x"}],"tools":[{"a":1]}]}"#,
        #"{"model":"gpt-test","messages":[{"role":"user","content":"x",}]}"#,
        #"{"model":"gpt-test","messages":[{"role":"user","content":"\ud800"}]}"#,
        #"{"model":"gpt-test","messages":[{"role":"user","content":"x"}]} trailing"#,
    ])
    func malformedLLMBodiesAreRefusedBeforeTheUpstream(body: String) async throws {
        try await LLMTestBed.run { bed async throws in
            let response = try await bed.client.post("/v1/chat/completions", json: body)
            #expect(response.status == 400, "\(response.body)")
            #expect(response.error?.type == "invalid_request_error")
            #expect(response.error?.message.hasPrefix("Malformed JSON in request body:") == true)
            #expect(bed.upstream.requests.isEmpty)
        }
    }

    @Test func invalidUTF8InsideAStringIsRefused() async throws {
        try await LLMTestBed.run { bed async throws in
            let key = try await bed.key()
            let body = Array(#"{"model":"gpt-test","messages":[{"role":"user","content":""#.utf8) + [0xC3, 0x28] + Array(#""}]}"#.utf8)
            let head =
                "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(key)\r\n"
                + "Content-Type: application/json\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
            let answer = try RawHTTP.exchange(port: RawHTTP.port(of: bed.client), Array(head.utf8) + body)
            #expect(answer.hasPrefix("HTTP/1.1 400"), "\(answer)")
            #expect(answer.contains("invalid UTF-8"))
            #expect(bed.upstream.requests.isEmpty)
        }
    }

    @Test(arguments: ["/key/generate", "/v1/chat/completions"])
    func aMalformedChunkedBodyAnswers400(path: String) async throws {
        try await LLMTestBed.run { bed async throws in
            let head =
                "POST \(path) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(RunningServer.masterKey)\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            let answer = try RawHTTP.exchange(port: RawHTTP.port(of: bed.client), Array((head + "zz\r\n{}\r\n0\r\n\r\n").utf8))
            #expect(answer.hasPrefix("HTTP/1.1 400"), "\(answer)")
            #expect(try await bed.client.get("/health/liveliness").status == 200)
        }
    }

    @Test func anUpstreamAnswerWithPythonsNaNIsStillBilledByItsUsage() async throws {
        try await LLMTestBed.run { bed async throws in
            let answered = try await bed.client.post("/v1/chat/completions", json: LLMTestBed.chat("nan"))
            #expect(answered.status == 200)
            #expect(answered.header("x-litellm-response-cost") == String(LLMTestBed.callCost))
        }
    }

    @Test func everyCredentialHeaderLiteLLMReadsIsAccepted() async throws {
        try await LLMTestBed.run { bed async throws in
            let key = try await bed.key()
            let chat = LLMTestBed.chat("gpt-test")
            let anonymous = bed.client.authorized(nil)
            for header in ["x-litellm-api-key", "api-key", "x-api-key", "x-goog-api-key", "Ocp-Apim-Subscription-Key"] {
                #expect(try await anonymous.post("/v1/chat/completions", json: chat, headers: [(header, key)]).status == 200, "\(header)")
            }
            let both = try await anonymous.post(
                "/v1/chat/completions",
                json: chat,
                headers: [("Authorization", "Bearer sk-provider-key-not-ours"), ("x-litellm-api-key", "Bearer \(key)")]
            )
            #expect(both.status == 200, "x-litellm-api-key wins over Authorization")
        }
    }
}
