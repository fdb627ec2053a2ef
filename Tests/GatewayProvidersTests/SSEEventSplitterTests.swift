import GatewayModel
import GatewayProviders
import Testing

@Suite struct SSEEventSplitterTests {
    @Test func eventsAreWholeHoweverTheBytesAreCut() {
        let stream = Array("data: {\"a\":1}\n\ndata: {\"b\":2}\n\ndata: [DONE]\n\n".utf8)
        for cut in 1..<stream.count {
            var splitter = SSEEventSplitter()
            let events = splitter.append(stream[..<cut]) + splitter.append(stream[cut...])
            #expect(events.map { String(decoding: $0, as: UTF8.self) } == ["data: {\"a\":1}\n\n", "data: {\"b\":2}\n\n", "data: [DONE]\n\n"])
            #expect(splitter.remainder().isEmpty)
        }
    }

    @Test func carriageReturnLineEndingsAndRemainders() {
        var splitter = SSEEventSplitter()
        let events = splitter.append(Array("data: x\r\n\r\ndata: y".utf8))
        #expect(events.map { String(decoding: $0, as: UTF8.self) } == ["data: x\r\n\r\n"])
        #expect(String(decoding: splitter.remainder(), as: UTF8.self) == "data: y")
    }

    @Test func usageAndUsageOnlyChunks() {
        let usageOnly = SSEEvent(bytes: Array(#"data: {"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":4}}"#.utf8) + [10, 10])
        #expect(usageOnly.usage == Usage(promptTokens: 3, completionTokens: 4))
        #expect(usageOnly.isUsageOnly)
        let content = SSEEvent(bytes: Array(#"data: {"choices":[{"delta":{"content":"usage"}}]}"#.utf8) + [10, 10])
        #expect(content.usage == nil)
        #expect(!content.isUsageOnly)
        #expect(SSEEvent(bytes: Array("data: [DONE]\n\n".utf8)).isDone)
    }

    @Test func usageOfAJSONBody() {
        #expect(
            UsageExtractor.usage(inJSON: Array(#"{"usage":{"prompt_tokens":10,"completion_tokens":20},"id":"x"}"#.utf8))
                == Usage(promptTokens: 10, completionTokens: 20)
        )
        #expect(UsageExtractor.usage(inJSON: Array(#"{"usage":null}"#.utf8)) == nil)
        #expect(UsageExtractor.usage(inJSON: Array(#"{"data":[]}"#.utf8)) == nil)
    }
}
