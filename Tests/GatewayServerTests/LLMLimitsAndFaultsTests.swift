import Foundation
import GatewayModel
import GatewayStore
import GatewayTestSupport
import Testing

@Suite("LLM API: key limits, bad input and upstream faults", .timeLimit(.minutes(2)))
struct LLMLimitsAndFaultsTests {
    @Test func unknownBlockedAndExpiredKeysAre401() async throws {
        try await LLMTestBed.run { bed async throws in
            let chat = LLMTestBed.chat("gpt-test")
            #expect(try await bed.client.authorized("sk-not-a-real-key-0000").post("/v1/chat/completions", json: chat).status == 401)
            let blocked = try await bed.key(#""blocked":true"#)
            let refused = try await bed.client.authorized(blocked).post("/v1/chat/completions", json: chat)
            #expect(refused.status == 401)
            #expect(refused.error?.message.contains("blocked") == true)
            let key = try await bed.key()
            #expect(try await bed.client.authorized(key).post("/v1/chat/completions", json: chat).status == 200)
            _ = try await bed.client.post("/key/block", json: #"{"key":"\#(key)"}"#)
            #expect(try await bed.client.authorized(key).post("/v1/chat/completions", json: chat).status == 401)
        }
    }

    @Test func modelsOutsideTheKeyOrTeamListAreRefusedByName() async throws {
        try await LLMTestBed.run { bed async throws in
            let key = try await bed.key(#""models":["demo"]"#)
            let refused = try await bed.client.authorized(key).post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test"))
            #expect(refused.status == 403, "LiteLLM's status, so SDKs raise PermissionDeniedError")
            #expect(refused.error?.type == "key_model_access_denied")
            #expect(refused.error?.message.contains("'gpt-test'") == true)
            _ = try await bed.client.post("/team/new", json: #"{"team_id":"t","models":["demo"]}"#)
            let teamKey = try await bed.key(#""team_id":"t""#)
            #expect(try await bed.client.authorized(teamKey).post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test")).status == 403)
        }
    }

    @Test func budgetsOfKeyUserAndTeamAreEnforced() async throws {
        try await LLMTestBed.run { bed async throws in
            let key = try await bed.key(#""max_budget":0.04"#)
            let client = bed.client.authorized(key)
            #expect(try await client.post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test")).status == 200)
            let over = try await client.post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test"))
            #expect(over.status == 400)
            #expect(over.error?.type == "budget_exceeded")

            _ = try await bed.client.post("/user/new", json: #"{"user_id":"bob","max_budget":0,"auto_create_key":false}"#)
            let userKey = try await bed.key(#""user_id":"bob""#)
            #expect(
                try await bed.client.authorized(userKey).post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test")).error?.type
                    == "budget_exceeded"
            )
            _ = try await bed.client.post("/team/new", json: #"{"team_id":"broke","max_budget":0}"#)
            let teamKey = try await bed.key(#""team_id":"broke""#)
            #expect(
                try await bed.client.authorized(teamKey).post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test")).error?.type
                    == "budget_exceeded"
            )
        }
    }

    @Test func rpmAndParallelLimitsAnswer429WithRetryAfter() async throws {
        try await LLMTestBed.run { bed async throws in
            let key = try await bed.key(#""rpm_limit":2"#)
            let client = bed.client.authorized(key)
            #expect(try await client.post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test")).status == 200)
            #expect(try await client.post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test")).status == 200)
            let limited = try await client.post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test"))
            #expect(limited.status == 429)
            #expect(limited.error?.type == "rate_limit_error")
            #expect(Int(limited.header("retry-after") ?? "") ?? 0 >= 1)

            let parallel = try await bed.key(#""max_parallel_requests":1"#)
            let slow = Task { try await bed.client.authorized(parallel).post("/v1/chat/completions", json: LLMTestBed.chat("sluggish")) }
            try await Task.sleep(for: .milliseconds(150))
            #expect(try await bed.client.authorized(parallel).post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test")).status == 429)
            _ = try await slow.value
            #expect(try await bed.client.authorized(parallel).post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test")).status == 200)
        }
    }

    @Test func tpmLimitCountsTokensOfTheMinute() async throws {
        try await LLMTestBed.run { bed async throws in
            let key = try await bed.key(#""tpm_limit":30"#)
            let client = bed.client.authorized(key)
            #expect(try await client.post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test")).status == 200)
            #expect(try await client.post("/v1/chat/completions", json: LLMTestBed.chat("gpt-test")).status == 429)
        }
    }

    @Test(arguments: [
        (#"{"messages":[]}"#, 400, "model"),
        (#"{"model":"gpt-test"}"#, 400, "messages"),
        (#"{"model":7,"messages":[]}"#, 400, "model"),
        (#"{"model":"gpt-test","messages":"hi"}"#, 400, "messages"),
        (#"{"model":"gpt-test","messages":[],"stream":"yes"}"#, 400, "stream"),
        (#"{"model":"nope","messages":[]}"#, 404, "model"),
        ("{oops", 400, ""),
    ])
    func badRequestsNameTheField(body: String, status: Int, param: String) async throws {
        try await LLMTestBed.run { bed async throws in
            let response = try await bed.client.post("/v1/chat/completions", json: body)
            #expect(response.status == status)
            #expect(response.error?.param == (param.isEmpty ? .null : .string(param)))
        }
    }

    @Test func oversizeBodyIs413() async throws {
        try await LLMTestBed.run(configure: { $0.maxRequestBodyBytes = 2048 }) { bed async throws in
            let big = LLMTestBed.chat("gpt-test", extra: #","user":"\#(String(repeating: "x", count: 4096))""#)
            #expect(try await bed.client.post("/v1/chat/completions", json: big).status == 413)
        }
    }

    @Test func upstreamErrorsAndOutagesMapToStatuses() async throws {
        try await LLMTestBed.run { bed async throws in
            let passed = try await bed.client.post("/v1/chat/completions", json: LLMTestBed.chat("broken"))
            #expect(passed.status == 400)
            #expect(passed.error?.message == "upstream says no")
            let crashed = try await bed.client.post("/v1/chat/completions", json: LLMTestBed.chat("crashing"))
            #expect(crashed.status == 500)
            #expect(crashed.error?.message.contains("boom") == true)
            let unreachable = try await bed.client.post("/v1/chat/completions", json: LLMTestBed.chat("down"))
            #expect(unreachable.status == 502)
            let timedOut = try await bed.client.post("/v1/chat/completions", json: LLMTestBed.chat("sluggish"))
            #expect(timedOut.status == 504)
        }
    }

    @Test func streamCutMidwayEndsWithAnErrorEventAndIsStillAccounted() async throws {
        try await LLMTestBed.run { bed async throws in
            let key = try await bed.key()
            let result = try await bed.client.authorized(key).stream("/v1/chat/completions", json: LLMTestBed.chat("cut", stream: true))
            let text = result.chunks.joined()
            #expect(text.contains("w0"))
            #expect(text.contains(#"data: {"error""#))
            let digest = VirtualKey.digest(of: key)
            let logs = try await eventually { () async throws -> [SpendLogEntry]? in
                let items = try await bed.store.spendLogs(.init(apiKey: digest)).items
                return items.isEmpty ? nil : items
            }
            #expect(logs.first?.status == "failure")
            #expect((logs.first?.completionTokens ?? 0) >= 1)
        }
    }
}
