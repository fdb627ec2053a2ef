import GatewayModel
import Testing

@Suite struct LLMRequestBodyTests {
    private func body(_ text: String, _ endpoint: LLMEndpoint = .chatCompletions) throws -> LLMRequestBody {
        try LLMRequestBody(bytes: Array(text.utf8), endpoint: endpoint)
    }

    @Test func onlyTheModelValueChangesWhenForwarding() throws {
        let text = #"{ "messages": [{"role":"user","content":"a \"model\": b"}], "model" : "gpt-4o" , "temperature":0.2}"#
        let parsed = try body(text)
        #expect(parsed.model == "gpt-4o")
        #expect(
            String(decoding: parsed.forwarded(upstreamModel: "gpt-4o-2024"), as: UTF8.self)
                == text.replacingOccurrences(of: #""gpt-4o" "#, with: #""gpt-4o-2024" "#)
        )
        #expect(parsed.forwarded(upstreamModel: "gpt-4o") == Array(text.utf8))
    }

    @Test func streamsAskForUsageUnlessTheClientDid() throws {
        let plain = try body(#"{"model":"m","messages":[],"stream":true}"#)
        #expect(!plain.clientWantsUsage)
        #expect(
            String(decoding: plain.forwarded(upstreamModel: "m"), as: UTF8.self)
                == #"{"model":"m","messages":[],"stream":true,"stream_options":{"include_usage":true}}"#
        )
        let declined = try body(#"{"model":"m","messages":[],"stream":true,"stream_options":{"include_usage":false}}"#)
        #expect(
            String(decoding: declined.forwarded(upstreamModel: "m"), as: UTF8.self)
                == #"{"model":"m","messages":[],"stream":true,"stream_options":{"include_usage":true}}"#
        )
        let asked = try body(#"{"model":"m","messages":[],"stream":true,"stream_options":{"include_usage":true}}"#)
        #expect(asked.clientWantsUsage)
    }

    @Test func escapedModelNamesRoundTrip() throws {
        let parsed = try body(#"{"model":"a\"b\u00e9","messages":[]}"#)
        #expect(parsed.model == "a\"bé")
        #expect(String(decoding: parsed.forwarded(upstreamModel: "x\"y"), as: UTF8.self) == #"{"model":"x\"y","messages":[]}"#)
    }

    @Test(arguments: [
        ("", nil as String?),
        ("[1]", nil),
        (#"{"model":"m","messages":[]"#, nil),
        (#"{"messages":[]}"#, "model"),
        (#"{"model":"","messages":[]}"#, "model"),
        (#"{"model":"m"}"#, "messages"),
        (#"{"model":"m","messages":{}}"#, "messages"),
        (#"{"model":"m","messages":[],"stream":1}"#, "stream"),
    ])
    func malformedBodiesAre400(text: String, param: String?) {
        do {
            _ = try body(text)
            Issue.record("accepted \(text)")
        } catch let error as GatewayError {
            #expect(error.status == 400)
            #expect(error.param == param)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func embeddingsTakeInputAndCannotStream() throws {
        #expect(try body(#"{"model":"m","input":["a"]}"#, .embeddings).model == "m")
        #expect(throws: GatewayError.self) { try body(#"{"model":"m","input":"a","stream":true}"#, .embeddings) }
        #expect(throws: GatewayError.self) { try body(#"{"model":"m","messages":[]}"#, .embeddings) }
    }
}
