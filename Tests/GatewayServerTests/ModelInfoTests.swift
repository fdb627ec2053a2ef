import GatewayModel
import GatewayTestSupport
import Testing

@Suite("Model info over HTTP", .timeLimit(.minutes(1)))
struct ModelInfoTests {
    @Test func listsDeploymentsWithPricesAndNoSecrets() async throws {
        try await LLMTestBed.run { bed async throws in
            let answer = try await bed.client.get("/model/info")
            #expect(answer.status == 200)
            let rows = try #require(answer.json["data"]?.arrayValue)
            #expect(rows.count == LLMTestBed.models.count + 2)
            let test = try #require(rows.first { $0["model_name"] == .string("gpt-test") })
            #expect(test["litellm_params"]?["model"] == .string("openai/ok"))
            #expect(test["litellm_params"]?["api_base"]?.stringValue?.hasPrefix("http://127.0.0.1:") == true)
            #expect(test["litellm_params"]?["timeout"]?.doubleValue == 30)
            #expect(test["model_info"]?["id"] == .string("gpt-test-1"))
            #expect(test["model_info"]?["input_cost_per_token"]?.doubleValue == LLMTestBed.inputCost)
            #expect(test["model_info"]?["has_api_key"] == .bool(true))
            #expect(!answer.body.contains("sk-upstream-secret"))

            let one = try await bed.client.get("/model/info?litellm_model_id=demo")
            #expect(one.json["data"]?.arrayValue?.count == 1)
            #expect(one.json["data"]?[0]?["litellm_params"]?["model"] == .string("mock/demo"))
            let named = try await bed.client.get("/model/info?model_name=sluggish")
            #expect(named.json["data"]?[0]?["litellm_params"]?["timeout"]?.doubleValue == 0.5)
        }
    }

    @Test func virtualKeysMayNotReadIt() async throws {
        try await LLMTestBed.run { bed async throws in
            let key = try await bed.key()
            let answer = try await bed.client.authorized(key).get("/model/info")
            #expect(answer.status == 401 || answer.status == 403)
            #expect(answer.json["error"]?["message"] != nil)
        }
    }
}
