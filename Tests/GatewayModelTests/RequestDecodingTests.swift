import Foundation
import GatewayModel
import Testing

@Suite struct RequestDecodingTests {
    private func decodeKey(_ json: String) throws -> KeyGenerateRequest {
        try RequestDecoding.decode(KeyGenerateRequest.self, from: Data(json.utf8))
    }

    private func failure(_ json: String) -> GatewayError? {
        do {
            _ = try decodeKey(json)
            return nil
        } catch {
            return error as? GatewayError
        }
    }

    @Test func decodesEveryKeyField() throws {
        let request = try decodeKey(
            """
            {"key_alias":"ci","duration":"30d","models":["a","b"],"max_budget":2.5,"budget_duration":"1mo","tpm_limit":100,
             "rpm_limit":10,"max_parallel_requests":2,"user_id":"u","team_id":"t","metadata":{"k":"v"},"blocked":true,
             "allowed_cache_controls":[],"soft_budget":null}
            """
        )
        #expect(request.keyAlias == "ci")
        #expect(request.duration?.seconds == 2_592_000)
        #expect(request.limits.models == ["a", "b"])
        #expect(request.limits.maxBudget == .some(2.5))
        #expect(request.limits.budgetDuration == .some(DurationSpec("1mo")))
        #expect(request.limits.tpmLimit == .some(100))
        #expect(request.limits.rpmLimit == .some(10))
        #expect(request.limits.maxParallelRequests == .some(2))
        #expect(request.limits.metadata == ["k": .string("v")])
        #expect(request.blocked)
    }

    @Test(arguments: [
        ("{bad", "Malformed JSON in request body", nil),
        ("[]", "Request body must be a JSON object.", nil),
        ("", "Request body is empty; send a JSON object.", nil),
        (#"{"max_budgt":1}"#, "Unknown field 'max_budgt'.", "max_budgt"),
        (#"{"guardrails":["pii"]}"#, "Field 'guardrails' is not supported by this proxy; remove it or leave it empty.", "guardrails"),
        (#"{"max_budget":"ten"}"#, "Field 'max_budget' has the wrong type: expected a number.", "max_budget"),
        (#"{"models":"gpt-4o"}"#, "Field 'models' has the wrong type: expected an array.", "models"),
        (#"{"max_budget":-1}"#, "Field 'max_budget' must be a number from 0 to 1000000000000, got -1.0.", "max_budget"),
        (#"{"max_budget":1e300}"#, "Field 'max_budget' must be a number from 0 to 1000000000000, got 1e+300.", "max_budget"),
        (#"{"max_budget":1e400}"#, "Request body has a value out of range", nil),
        (#"{"rpm_limit":-5}"#, "Field 'rpm_limit' must be a whole number from 0 to 1000000000000, got -5.", "rpm_limit"),
        (#"{"duration":"99999999999999d"}"#, "Invalid duration '99999999999999d'", "duration"),
        (#"{"key_alias":"a\u0000b"}"#, "Field 'key_alias' contains a NUL character", "key_alias"),
        (#"{"metadata":{"x":["ok","\u0000"]}}"#, "Field 'metadata.x[1]' contains a NUL character", "metadata.x[1]"),
        (#"{"models":["a",],}"#, "Malformed JSON in request body: trailing comma at byte 15", nil),
        (#"{"key_alias":"x" "duration":"1d"}"#, "Malformed JSON in request body: expected ',' or '}' at byte 17", nil),
        (#"{"duration":"30x"}"#, "Invalid duration '30x'", "duration"),
        (#"{"key":"short"}"#, "Field 'key' must start with 'sk-'", "key"),
    ])
    func refusesBadBodiesNamingTheField(json: String, message: String, param: String?) {
        let error = failure(json)
        #expect(error?.status == 400)
        #expect(error?.message.hasPrefix(message) == true, "got \(String(describing: error?.message))")
        #expect(error?.param == param)
    }

    @Test func liteLLMFieldsAtTheirDefaultsAreAcceptedAndOtherValuesRefusedByName() throws {
        let defaults = #"{"key_type":"default","object_permission":{},"router_settings":{},"prompts":[],"allowed_passthrough_routes":null}"#
        #expect(failure(defaults) == nil)
        let acting = failure(#"{"key_type":"llm_api"}"#)
        #expect(acting?.param == "key_type")
        #expect(acting?.message == "Field 'key_type' is not supported by this proxy; remove it or leave it empty.")
        #expect(failure(#"{"prompts":["p1"]}"#)?.param == "prompts")
    }

    @Test func updateDistinguishesAbsentFromNull() throws {
        let request = try RequestDecoding.decode(KeyUpdateRequest.self, from: Data(#"{"key":"sk-x","max_budget":null}"#.utf8))
        let patch = request.patch(now: Date())
        #expect(patch.limits.maxBudget == .some(nil))
        #expect(patch.limits.rpmLimit == nil)
        #expect(patch.expires == nil)
    }

    @Test func memberNeedsAnIdentity() {
        #expect(throws: GatewayError.self) {
            try RequestDecoding.decode(TeamMemberAddRequest.self, from: Data(#"{"team_id":"t","member":{"role":"admin"}}"#.utf8))
        }
        #expect(throws: GatewayError.self) {
            try RequestDecoding.decode(TeamMemberAddRequest.self, from: Data(#"{"team_id":"t","member":{"user_id":"u","role":"owner"}}"#.utf8))
        }
    }

    @Test func memberMayBeOneOrAList() throws {
        let one = try RequestDecoding.decode(TeamMemberAddRequest.self, from: Data(#"{"team_id":"t","member":{"user_id":"u"}}"#.utf8))
        #expect(one.members == [MemberReference(userId: "u")])
        let list = try RequestDecoding.decode(
            TeamMemberAddRequest.self,
            from: Data(#"{"team_id":"t","member":[{"user_id":"u","role":"admin"},{"user_email":"e@x"}]}"#.utf8)
        )
        #expect(list.members == [MemberReference(userId: "u", role: .admin), MemberReference(userId: nil, userEmail: "e@x")])
    }
}
