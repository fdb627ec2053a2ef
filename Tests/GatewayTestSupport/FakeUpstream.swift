import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// The fake LLM provider tests start on 127.0.0.1: an OpenAI-compatible server whose behaviour is chosen by the
/// `model` the proxy forwards (`ok`, `fail-400`, `fail-429`, `fail-500`, `toggle`, `slow`, `cut`, `long`, `linger` (a stream
/// that stays open a second after its `[DONE]`)), recording
/// what it received. It also answers Azure's deployment paths and, through `FakeAnthropic`, Anthropic's `/v1/messages`.
public final class FakeUpstream: Sendable {
    /// One request as the upstream saw it.
    public struct Received: Sendable {
        public let path: String
        public let authorization: String?
        public let body: [UInt8]
        public var query: String? = nil
        public var headers: [String: String] = [:]

        public var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]) ?? [:]
        }
    }

    private let received = Mutex<[Received]>([])
    private let streamedEvents = Mutex(0)
    private let toggleFailing = Mutex(false)
    /// Usage every answer reports.
    public static let promptTokens = 10
    public static let completionTokens = 20

    public init() {}

    /// Everything received so far.
    public var requests: [Received] { received.withLock { $0 } }

    /// Makes the `toggle` model answer 500 (true) or succeed (false).
    public func setToggleFailing(_ failing: Bool) {
        toggleFailing.withLock { $0 = failing }
    }

    /// How many requests named upstream `model`.
    public func count(model: String) -> Int {
        requests.filter { $0.json["model"] as? String == model }.count
    }

    /// How many events the `long` stream has written so far.
    public var longStreamEvents: Int { streamedEvents.withLock { $0 } }

    /// Runs the upstream on a free port for the length of `body`.
    public func run<T: Sendable>(_ body: @Sendable (_ baseURL: String) async throws -> T) async throws -> T {
        let router = Router()
        for endpoint in ["chat/completions", "completions", "embeddings"] {
            router.post("/v1/\(endpoint)") { request, context in
                try await self.answer(endpoint, request)
            }
        }
        for endpoint in ["chat/completions", "completions", "embeddings"] {
            router.post("/openai/deployments/:name/\(endpoint)") { request, context in
                try await self.answer(endpoint, request)
            }
        }
        router.post("/v1/projects/**") { request, context in
            let bytes = Array(try await request.body.collect(upTo: 1 << 24).readableBytesView)
            self.received.withLock { $0.append(Self.received(request, bytes)) }
            return Self.json(
                #"{"candidates":[{"content":{"role":"model","parts":[{"text":"hi"}]}}],"usageMetadata":{"promptTokenCount":5,"candidatesTokenCount":3},"modelVersion":"gemini-test"}"#
            )
        }
        router.post("/model/:id/converse") { request, context in
            let bytes = Array(try await request.body.collect(upTo: 1 << 24).readableBytesView)
            self.received.withLock { $0.append(Self.received(request, bytes)) }
            return Self.json(
                #"{"output":{"message":{"role":"assistant","content":[{"text":"hi"}]}},"stopReason":"end_turn","usage":{"inputTokens":4,"outputTokens":6,"totalTokens":10}}"#
            )
        }
        router.post("/v1/messages") { request, context in
            let bytes = Array(try await request.body.collect(upTo: 1 << 24).readableBytesView)
            self.received.withLock { $0.append(Self.received(request, bytes)) }
            return try FakeAnthropic.answer(bytes)
        }
        var logger = Logger(label: "fake-upstream")
        logger.logLevel = .critical
        return try await ServingApplication.run(logger: logger) { onServerRunning in
            Application(
                router: router,
                configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
                logger: logger
            )
        } _: { port in
            try await body("http://127.0.0.1:\(port)/v1")
        }
    }

    private func answer(_ endpoint: String, _ request: Request) async throws -> Response {
        let bytes = Array(try await request.body.collect(upTo: 1 << 24).readableBytesView)
        let entry = Self.received(request, bytes)
        received.withLock { $0.append(entry) }
        let json = entry.json
        let model = json["model"] as? String ?? ""
        let stream = json["stream"] as? Bool ?? false
        let includeUsage = ((json["stream_options"] as? [String: Any])?["include_usage"] as? Bool) == true
        switch model {
        case "fail-400":
            return Self.json(
                #"{"error":{"message":"upstream says no","type":"invalid_request_error","param":"messages","code":null}}"#,
                status: .badRequest
            )
        case "fail-429":
            var response = Self.json(
                #"{"error":{"message":"slow down","type":"rate_limit_error","param":null,"code":"429"}}"#,
                status: .tooManyRequests
            )
            response.headers[.retryAfter] = "0"
            return response
        case "toggle" where toggleFailing.withLock({ $0 }):
            return Response(
                status: .serviceUnavailable,
                headers: [.contentType: "text/plain"],
                body: .init(byteBuffer: ByteBuffer(string: "down for now"))
            )
        case "fail-500":
            return Response(status: .internalServerError, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "boom")))
        case "slow":
            try await Task.sleep(for: .milliseconds(1500))
            return Self.json(Self.completion(model: model))
        case "python-nan":
            // What Python's json.dumps writes for a NaN logprob: not JSON, but real upstreams send it.
            return Self.json(
                Self.completion(model: model).replacingOccurrences(
                    of: #""finish_reason":"stop""#,
                    with: #""finish_reason":"stop","logprobs":{"x":NaN,"y":-Infinity}"#
                )
            )
        default:
            break
        }
        guard stream else {
            if endpoint == "embeddings" {
                return Self.json(
                    #"{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.1,0.2]}],"model":"\#(model)","usage":{"prompt_tokens":\#(Self.promptTokens),"total_tokens":\#(Self.promptTokens)}}"#
                )
            }
            return Self.json(Self.completion(model: model))
        }
        let count = model == "long" ? 200 : 3
        let delay: Duration = model == "long" ? .milliseconds(20) : .milliseconds(5)
        let cut = model == "cut"
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream"],
            body: ResponseBody { writer in
                for index in 0..<count {
                    try await writer.write(ByteBuffer(string: Self.chunk(model: model, text: "w\(index) ")))
                    if model == "long" { self.streamedEvents.withLock { $0 += 1 } }
                    if cut && index == 1 { throw CancellationError() }
                    try await Task.sleep(for: delay)
                }
                if includeUsage {
                    try await writer.write(ByteBuffer(string: Self.usageChunk(model: model)))
                }
                try await writer.write(ByteBuffer(string: "data: [DONE]\n\n"))
                if model == "linger" { try await Task.sleep(for: .seconds(1)) }
                try await writer.finish(nil)
            }
        )
    }

    static func received(_ request: Request, _ bytes: [UInt8]) -> Received {
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        return Received(
            path: request.uri.path,
            authorization: request.headers[.authorization],
            body: bytes,
            query: request.uri.query,
            headers: headers
        )
    }

    static func completion(model: String) -> String {
        #"{"id":"up-1","object":"chat.completion","created":1,"model":"\#(model)","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}],"usage":{"prompt_tokens":\#(promptTokens),"completion_tokens":\#(completionTokens),"total_tokens":\#(promptTokens + completionTokens)}}"#
    }

    static func chunk(model: String, text: String) -> String {
        "data: {\"id\":\"up-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"\(model)\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\(text)\"},\"finish_reason\":null}]}\n\n"
    }

    static func usageChunk(model: String) -> String {
        "data: {\"id\":\"up-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"\(model)\",\"choices\":[],\"usage\":{\"prompt_tokens\":\(promptTokens),\"completion_tokens\":\(completionTokens),\"total_tokens\":\(promptTokens + completionTokens)}}\n\n"
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
