import AdminClient
import Foundation
import GatewayModel
import GatewayTestSupport
import Testing

@Suite("libcurl transport against a real server", .timeLimit(.minutes(1)))
struct CurlTransportTests {
    @Test func postsJSONAndReadsStatusHeadersAndBody() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let transport = CurlTransport()
            let response = try await transport.sendInBackground(
                ClientRequest(
                    method: "POST",
                    url: client.baseURL + "/key/generate",
                    headers: [("Authorization", "Bearer \(RunningServer.masterKey)")],
                    body: Array(#"{"key_alias":"curl","duration":"1h"}"#.utf8)
                )
            )
            #expect(response.status == 200)
            #expect(response.header("content-type") == "application/json")
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(response.body))
            #expect(json.keyAlias == "curl")
            #expect(response.seconds > 0)
        }
    }

    @Test func errorStatusesAreResponsesNotErrors() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let response = try await CurlTransport().sendInBackground(ClientRequest(method: "GET", url: client.baseURL + "/key/list"))
            #expect(response.status == 401)
            #expect(String(decoding: response.body, as: UTF8.self).contains("No API key provided"))
        }
    }

    @Test func eventStreamsArriveEventByEventAndRefusalsKeepTheirErrorBody() async throws {
        try await RunningServer.withSQLite { server, _ async throws in
            let client = ProxyClient(baseURL: server.baseURL, apiKey: RunningServer.masterKey)
            func chat(_ model: String) async -> (events: [String], response: APIResponse?) {
                await withCheckedContinuation { continuation in
                    DispatchQueue.global().async {
                        var events: [String] = []
                        let body: JSONValue = .object([
                            "model": .string(model), "stream": .bool(true),
                            "messages": .array([.object(["role": .string("user"), "content": .string("three little words")])]),
                        ])
                        let response = try? client.streamEvents("POST", "/v1/chat/completions", json: body) { events.append($0) }
                        continuation.resume(returning: (events, response))
                    }
                }
            }
            let streamed = await chat("demo")
            #expect(streamed.response?.status == 200)
            let pieces = streamed.events.compactMap { event in
                (try? JSONDecoder().decode(JSONValue.self, from: Data(event.utf8)))?.deltaContent
            }
            #expect(pieces.joined() == "three little words")
            #expect(pieces.count >= 3)
            #expect(!streamed.events.contains("[DONE]"))

            let refused = await chat("no-such-model")
            #expect(refused.events.isEmpty)
            #expect(refused.response?.succeeded == false)
            #expect(refused.response?.errorMessage.contains("no-such-model") == true)
        }
    }

    @Test func unreachableServerIsAClientError() {
        #expect(throws: ClientError.self) {
            try CurlTransport().send(ClientRequest(method: "GET", url: "http://127.0.0.1:9/health/readiness", timeout: 2))
        }
        do {
            _ = try CurlTransport().send(ClientRequest(method: "GET", url: "http://127.0.0.1:9/", timeout: 2))
        } catch {
            #expect(error.kind == .unreachable)
        }
    }

    @Test func malformedURLIsAnInvalidRequest() {
        do {
            _ = try CurlTransport().send(ClientRequest(method: "GET", url: "nota://url", timeout: 2))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .invalidRequest)
        }
    }
}

extension JSONValue {
    fileprivate var deltaContent: String? {
        guard case .object(let fields) = self, case .array(let choices)? = fields["choices"], case .object(let choice)? = choices.first,
            case .object(let delta)? = choice["delta"]
        else { return nil }
        return delta["content"]?.stringValue
    }

    fileprivate var keyAlias: String? {
        if case .object(let fields) = self { return fields["key_alias"]?.stringValue }
        return nil
    }
}
