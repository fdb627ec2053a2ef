import Foundation
import Hummingbird
import NIOCore

/// Anthropic's Messages API as the fake upstream plays it: a text answer echoing what it was sent, a `tool_use`
/// answer when tools are offered, the same as streaming events when asked, and Anthropic's error shape for the
/// model `anthropic-fail`.
enum FakeAnthropic {
    static func answer(_ bytes: [UInt8]) throws -> Response {
        let request = (try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]) ?? [:]
        let model = request["model"] as? String ?? ""
        if model == "anthropic-fail" {
            return FakeUpstream.json(
                #"{"type":"error","error":{"type":"invalid_request_error","message":"messages: roles must alternate"}}"#,
                status: .badRequest
            )
        }
        let usesTool = (request["tools"] as? [Any])?.isEmpty == false
        guard request["stream"] as? Bool == true else {
            let content =
                usesTool
                ? #"[{"type":"text","text":"Let me look."},{"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"city":"Paris"}}]"#
                : #"[{"type":"text","text":"Bonjour"}]"#
            return FakeUpstream.json(
                #"{"id":"msg_1","type":"message","role":"assistant","model":"\#(model)","content":\#(content),"stop_reason":"\#(usesTool ? "tool_use" : "end_turn")","stop_sequence":null,"usage":{"input_tokens":12,"output_tokens":7}}"#
            )
        }
        var events = [
            event(
                "message_start",
                #"{"type":"message_start","message":{"id":"msg_2","type":"message","role":"assistant","model":"\#(model)","content":[],"usage":{"input_tokens":12,"output_tokens":1}}}"#
            ),
            event("ping", #"{"type":"ping"}"#),
            event("content_block_start", #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#),
            event("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Bon"}}"#),
            event("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"jour"}}"#),
            event("content_block_stop", #"{"type":"content_block_stop","index":0}"#),
        ]
        if usesTool {
            events += [
                event(
                    "content_block_start",
                    #"{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_2","name":"get_weather","input":{}}}"#
                ),
                event(
                    "content_block_delta",
                    #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"city\":"}}"#
                ),
                event(
                    "content_block_delta",
                    #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":" \"Paris\"}"}}"#
                ),
                event("content_block_stop", #"{"type":"content_block_stop","index":1}"#),
            ]
        }
        events += [
            event(
                "message_delta",
                #"{"type":"message_delta","delta":{"stop_reason":"\#(usesTool ? "tool_use" : "end_turn")","stop_sequence":null},"usage":{"output_tokens":9}}"#
            ),
            event("message_stop", #"{"type":"message_stop"}"#),
        ]
        let all = events
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream"],
            body: ResponseBody { writer in
                for chunk in all {
                    try await writer.write(ByteBuffer(string: chunk))
                    try await Task.sleep(for: .milliseconds(2))
                }
                try await writer.finish(nil)
            }
        )
    }

    private static func event(_ name: String, _ data: String) -> String {
        "event: \(name)\ndata: \(data)\n\n"
    }
}
