import AdminClient
import GatewayModel

/// The proxy a command talks to, chosen once: `--context`, else `LLMCTL_URL` (+ `LLMCTL_API_KEY`), else
/// `LLMCTL_CONTEXT`, else the current context.
public struct Connection: Sendable {
    /// The context's name, or `LLMCTL_URL` when the environment named the proxy.
    public let name: String
    public let client: ProxyClient
    /// Where `--verbose` writes the trace; nil without it.
    var trace: (@Sendable (String) -> Void)?

    public static func resolve(_ global: GlobalOptions, in environment: CommandEnvironment) throws(CLIError) -> Connection {
        let variables = environment.variables
        func make(_ name: String, _ url: String, _ key: String?) -> Connection {
            Connection(
                name: name,
                client: ProxyClient(baseURL: url, apiKey: key, timeout: global.timeout, insecure: global.insecure, caCertificatePath: global.cacert),
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

    /// Calls the proxy and answers the body of a 2xx; anything else becomes the error line and exit status it deserves.
    /// Calls an endpoint and answers its JSON body; a failing status is an error unless `answered` lists it (an
    /// endpoint whose 503 still carries the report, as `GET /health` does).
    public func perform(_ method: String, _ path: String, json: JSONValue? = nil, answered: Set<Int> = []) throws(CLIError) -> JSONValue {
        traceRequest(method, path, json: json)
        let response: APIResponse
        do {
            response = try client.call(method, path, json: json)
        } catch {
            throw unreachable(error)
        }
        return try check(response, answered: answered)
    }

    /// Calls an endpoint that answers with Server-Sent Events, handing each event's data to `onEvent` as it arrives.
    public func stream(_ method: String, _ path: String, json: JSONValue, onEvent: (String) -> Void) throws(CLIError) {
        traceRequest(method, path, json: json)
        let response: APIResponse
        do {
            response = try client.streamEvents(method, path, json: json, onEvent: onEvent)
        } catch {
            throw unreachable(error)
        }
        _ = try check(response, answered: [])
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
