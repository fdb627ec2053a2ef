import AdminClient
import Foundation
import GatewayModel

/// A typed answer and the JSON it came as, which `-o json` and `-o yaml` print as the server sent it, with the
/// control-plane revision the server stamped on it (what `--wait` waits for).
struct Answered<Value> {
    let value: Value
    let json: JSONValue
    var revision: Int64? = nil
}

/// The proxy a command talks to, chosen once: `--context`, else `LLMCTL_URL` (+ `LLMCTL_API_KEY`), else
/// `LLMCTL_CONTEXT`, else the current context.
public struct Connection: Sendable {
    /// The context's name, or `LLMCTL_URL` when the environment named the proxy.
    public let name: String
    public private(set) var client: ProxyClient
    /// Where `--verbose` writes the trace; nil without it.
    var trace: (@Sendable (String) -> Void)?

    public static func resolve(_ global: GlobalOptions, in environment: CommandEnvironment) throws(CLIError) -> Connection {
        let variables = environment.variables
        func make(_ name: String, _ url: String, _ key: String?) -> Connection {
            Connection(
                name: name,
                client: ProxyClient(
                    baseURL: url,
                    apiKey: key,
                    timeout: global.requestTimeout,
                    insecure: global.insecure,
                    caCertificatePath: global.cacert
                ),
                trace: global.verbose ? environment.errors : nil
            )
        }
        if global.context == nil, let url = variables["LLMCTL_URL"], !url.isEmpty {
            do {
                try ContextURL.check(url, option: "LLMCTL_URL")
            } catch {
                throw CLIError(.usage, error.message)
            }
            return make("LLMCTL_URL", url, variables["LLMCTL_API_KEY"])
        }
        let store = try environment.contextStore()
        do {
            guard let name = try global.context ?? variables["LLMCTL_CONTEXT"] ?? store.currentName() else {
                throw CLIError(
                    .usage,
                    "no context selected: add one with 'llmctl context add NAME --url URL --api-key KEY', or set LLMCTL_URL and LLMCTL_API_KEY"
                )
            }
            let context = try store.require(name)
            do {
                try ContextURL.check(context.url, option: "the URL of context \"\(context.name)\"")
            } catch {
                throw CLIError(.usage, "\(error.message) Set a new one with 'llmctl context set \(context.name) --url URL'.")
            }
            if let variable = context.apiKeyEnvironment, variables[variable]?.isEmpty ?? true {
                throw CLIError(.usage, "context \"\(context.name)\" reads its key from \(variable), but \(variable) is not set")
            }
            return make(context.name, context.url, context.credential(environment: variables))
        } catch let error as ContextStoreError {
            throw CLIError(error)
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError(.refused, "\(error)")
        }
    }

    /// The same connection with requests bounded by `seconds`.
    func withTimeout(_ seconds: Double) -> Connection {
        var bounded = self
        bounded.client.timeout = seconds
        return bounded
    }

    /// A secret shortened to its prefix and last four characters.
    static func mask(_ secret: String) -> String {
        secret.count > 8 ? "\(secret.prefix(3))...\(secret.suffix(4))" : "***"
    }

    /// Text with every `sk-…` token in it masked, for traces of bodies that carry new keys.
    static func mask(in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "sk-") {
            result += rest[..<range.lowerBound]
            let token = rest[range.lowerBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            result += mask(String(token))
            rest = rest[token.endIndex...]
        }
        return result + rest
    }

    /// Calls an endpoint with a typed request and reads its answer as `Answer`; a failing status is an error unless
    /// `answered` lists it (an endpoint whose 503 still carries the report, as `GET /health` does), and an answer
    /// that does not decode fails with 69 saying what did not fit.
    func perform<Answer: Decodable>(
        _ method: String,
        _ path: String,
        request: (any Encodable)? = nil,
        reading type: Answer.Type,
        answered: Set<Int> = []
    ) throws(CLIError) -> Answered<Answer> {
        let json = try Self.json(of: request)
        traceRequest(method, path, json: json)
        let response: APIResponse
        do {
            response = try client.call(method, path, json: json)
        } catch {
            throw unreachable(error)
        }
        let body = try check(response, answered: answered)
        switch Self.decode(response, as: Answer.self) {
        case .success(let value): return Answered(value: value, json: body, revision: response.revision)
        case .failure(let problem): throw CLIError(.unavailable, Self.invalidResponse(from: client.baseURL + path, problem.text))
        }
    }

    /// A decoding failure, in words.
    struct Problem: Error {
        let text: String
    }

    /// The answer's body as `Answer`, or what is wrong with it: not JSON, or not the shape `Answer` reads.
    static func decode<Answer: Decodable>(_ response: APIResponse, as type: Answer.Type) -> Result<Answer, Problem> {
        guard response.isJSON else { return .failure(Problem(text: notJSON(response.body))) }
        return decode(response.body, as: type)
    }

    static func decode<Answer: Decodable>(_ body: JSONValue, as type: Answer.Type) -> Result<Answer, Problem> {
        do {
            return .success(try body.decoded(as: Answer.self))
        } catch let error as DecodingError {
            return .failure(Problem(text: AnswerProblem.describe(error, in: body)))
        } catch {
            return .failure(Problem(text: "\(error)"))
        }
    }

    /// The error line for an answer that does not fit, secrets masked.
    static func invalidResponse(from url: String, _ problem: String) -> String {
        "invalid response from \(mask(in: url)): \(mask(in: problem))"
    }

    /// What a body that is not JSON looks like, in words: empty, or its first line shortened.
    private static func notJSON(_ body: JSONValue) -> String {
        let text = body.stringValue ?? ""
        guard let line = text.split(whereSeparator: \.isNewline).first(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            return "the body is empty, not JSON"
        }
        return "the body is not JSON (it starts \"\(line.count > 40 ? line.prefix(40) + "…" : line)\")"
    }

    /// A request as the JSON it is sent as.
    private static func json(of request: (any Encodable)?) throws(CLIError) -> JSONValue? {
        do {
            return try request.map { try JSONValue(encoding: $0) }
        } catch {
            throw CLIError(.usage, "cannot encode the request: \(error)")
        }
    }

    /// Calls an endpoint that answers with Server-Sent Events, handing each event's data (as sent, and read as
    /// `Event`) to `onEvent` as it arrives; a stream with no events, or with one that is not JSON or does not decode,
    /// fails with 69 after the events that fitted were handed on.
    func stream<Event: Decodable>(
        _ method: String,
        _ path: String,
        request: any Encodable,
        reading type: Event.Type,
        onEvent: (String, Event) -> Void
    ) throws(CLIError) {
        let json = try Self.json(of: request)
        traceRequest(method, path, json: json)
        let response: APIResponse
        var (events, problem): (Int, String?) = (0, nil)
        do {
            response = try client.streamEvents(method, path, json: json) { data in
                guard problem == nil else { return }
                events += 1
                guard let event = try? JSONDecoder().decode(JSONValue.self, from: Data(data.utf8)) else {
                    problem = "event \(events) is not JSON"
                    return
                }
                switch Self.decode(event, as: Event.self) {
                case .success(let value): onEvent(data, value)
                case .failure(let mismatch): problem = "event \(events): \(mismatch.text)"
                }
            }
        } catch {
            throw unreachable(error)
        }
        _ = try check(response, answered: [])
        if let problem = problem ?? (events == 0 ? "the stream held no events" : nil) {
            throw CLIError(.unavailable, Self.invalidResponse(from: client.baseURL + path, problem))
        }
    }

    private func traceRequest(_ method: String, _ path: String, json: JSONValue?) {
        guard let trace else { return }
        trace("> \(method) \(Self.mask(in: client.baseURL + path))\n")
        trace("> authorization: \(client.apiKey.map { "Bearer \(Self.mask($0))" } ?? "(none)")\n")
        if let json { trace("> \(Self.mask(in: Renderer.json(json)))\n") }
    }

    private func unreachable(_ error: ClientError) -> CLIError {
        trace?("< \(Self.mask(in: error.message))\n")
        return CLIError(.unavailable, "context \"\(name)\": \(Self.mask(in: error.message))")
    }

    /// The body of a 2xx; otherwise the error line and exit status the response deserves.
    private func check(_ response: APIResponse, answered: Set<Int>) throws(CLIError) -> JSONValue {
        if let trace {
            trace("< HTTP \(response.status) in \(Int((response.seconds * 1000).rounded())) ms\n")
            trace("< \(Self.mask(in: Renderer.json(response.body)))\n")
        }
        guard !response.succeeded && !answered.contains(response.status) else { return response.body }
        let message = "context \"\(name)\": \(response.errorMessage) (HTTP \(response.status))"
        switch response.status {
        case 401, 403: throw CLIError(.permission, message)
        case 500...: throw CLIError(.unavailable, message)
        default: throw CLIError(.refused, message)
        }
    }
}
