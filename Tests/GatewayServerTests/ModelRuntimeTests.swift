import Foundation
import GatewayModel
import GatewayServer
import GatewayTestSupport
import Testing

@Suite("Models at run time: /model/new, /model/update, /model/delete")
struct ModelRuntimeTests {
    @Test func storedModelsAreServedUpdatedAndDeletedWithoutARestart() async throws {
        try await LLMTestBed.run { bed async throws in
            let upstreamURL = try #require(
                try await bed.client.get("/model/info?model_name=gpt-test").json["data"]?.arrayValue?.first?["litellm_params"]?["api_base"]?
                    .stringValue
            )
            let created = try await bed.client.post(
                "/model/new",
                json:
                    #"{"model_name":"fresh","litellm_params":{"model":"openai/ok","api_base":"\#(upstreamURL)","api_key":"sk-fresh-secret","rpm":100},"model_info":{"input_cost_per_token":0.5}}"#
            )
            #expect(created.status == 200, "\(created.body)")
            let id = try #require(created.json["model_info"]?["id"]?.stringValue)
            #expect(created.json["model_info"]?["db_model"] == .bool(true))
            #expect(created.json["litellm_params"]?["rpm"] == .int(100))
            #expect(!created.body.contains("sk-fresh-secret"))

            let answered = try await bed.client.post("/v1/chat/completions", json: LLMTestBed.chat("fresh"))
            #expect(answered.status == 200)
            #expect(answered.header("x-litellm-model-id") == id)
            #expect(answered.header("x-litellm-response-cost") == String(0.5 * Double(FakeUpstream.promptTokens)))
            #expect(try await bed.client.get("/v1/models").body.contains(#""fresh""#))
            #expect(bed.upstream.requests.last?.authorization == "Bearer sk-fresh-secret")

            let updated = try await bed.client.post(
                "/model/update",
                json: #"{"model_info":{"id":"\#(id)","input_cost_per_token":0},"litellm_params":{"model":"openai/fail-500","rpm":null}}"#
            )
            #expect(updated.status == 200, "\(updated.body)")
            #expect(updated.json["litellm_params"]?["rpm"] == nil)
            #expect(try await bed.client.post("/v1/chat/completions", json: LLMTestBed.chat("fresh")).status == 500)

            #expect(try await bed.client.post("/model/delete", json: #"{"id":"\#(id)"}"#).status == 200)
            #expect(try await bed.client.post("/v1/chat/completions", json: LLMTestBed.chat("fresh")).status == 404)
        }
    }

    @Test func badModelsAndConfigModelsAreRefusedWithClearErrors() async throws {
        try await LLMTestBed.run { bed async throws in
            let unknownProvider = try await bed.client.post(
                "/model/new",
                json: #"{"model_name":"x","litellm_params":{"model":"watsonx/granite"}}"#
            )
            #expect(unknownProvider.status == 400)
            #expect(unknownProvider.error?.message.contains("names no known provider") == true)
            let azureWithoutBase = try await bed.client.post("/model/new", json: #"{"model_name":"x","litellm_params":{"model":"azure/gpt"}}"#)
            #expect(azureWithoutBase.status == 400)
            #expect(azureWithoutBase.error?.message.contains("api_base is required") == true)
            let badTimeout = try await bed.client.post(
                "/model/new",
                json: #"{"model_name":"x","litellm_params":{"model":"openai/ok","timeout":"soon"}}"#
            )
            #expect(badTimeout.status == 400)
            #expect(badTimeout.error?.message == "litellm_params.timeout must be a number from 0 to 86400.", "named as in the request body")
            let missingParams = try await bed.client.post("/model/new", json: #"{"model_name":"x"}"#)
            #expect(missingParams.status == 400)
            let duplicate = try await bed.client.post(
                "/model/new",
                json: #"{"model_name":"x","litellm_params":{"model":"openai/ok"},"model_info":{"id":"gpt-test-1"}}"#
            )
            #expect(duplicate.status == 409)
            let configModel = try await bed.client.post("/model/delete", json: #"{"id":"gpt-test-1"}"#)
            #expect(configModel.status == 400)
            #expect(configModel.error?.message.contains("config file") == true)
            #expect(try await bed.client.post("/model/delete", json: #"{"id":"nope"}"#).status == 404)
            #expect(try await bed.client.post("/model/update", json: #"{"model_name":"y"}"#).status == 400)
        }
    }
}
