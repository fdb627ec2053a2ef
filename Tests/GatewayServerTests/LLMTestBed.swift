import Foundation
import GatewayModel
import GatewayProviders
import GatewayServer
import GatewayStore
import GatewayTestSupport

/// A fake upstream, a proxy whose deployments point at it, and helpers to mint keys: the LLM tests' fixture.
struct LLMTestBed: Sendable {
    let client: TestHTTPClient
    let store: SQLiteStore
    let upstream: FakeUpstream

    static let inputCost = 0.001
    static let outputCost = 0.002
    /// What one fake-upstream answer costs: 10 prompt and 20 completion tokens.
    static let callCost = Double(FakeUpstream.promptTokens) * inputCost + Double(FakeUpstream.completionTokens) * outputCost

    /// Public model names and the upstream behaviour each maps to.
    static let models = [
        "gpt-test": "ok", "broken": "fail-400", "crashing": "fail-500", "sluggish": "slow", "cut": "cut", "long": "long", "nan": "python-nan",
        "lingering": "linger",
    ]

    static func run(
        configure: @Sendable (inout ServerConfig) -> Void = { _ in },
        _ body: @Sendable (LLMTestBed) async throws -> Void
    ) async throws {
        let upstream = FakeUpstream()
        try await upstream.run { baseURL in
            var config = ServerConfig(masterKey: RunningServer.masterKey)
            config.deployments =
                models.sorted(by: { $0.key < $1.key }).map { name, upstreamModel in
                    Deployment(
                        id: "\(name)-1",
                        modelName: name,
                        provider: .openai,
                        upstreamModel: upstreamModel,
                        apiBase: baseURL,
                        apiKey: "sk-upstream-secret",
                        timeout: name == "sluggish" ? .milliseconds(500) : .seconds(30),
                        pricing: ModelPricing(inputCostPerToken: inputCost, outputCostPerToken: outputCost)
                    )
                } + [.demo, Deployment(id: "down", modelName: "down", provider: .openai, upstreamModel: "x", apiBase: "http://127.0.0.1:9/v1")]
            configure(&config)
            try await RunningServer.withSQLite(config: config) { client, store async throws in
                try await body(LLMTestBed(client: client, store: store, upstream: upstream))
            }
        }
    }

    /// Mints a key through the management API with `fields` (a JSON object's inside) and answers its secret.
    func key(_ fields: String = "") async throws -> String {
        let response = try await client.post("/key/generate", json: "{\(fields)}")
        guard let key = response.json["key"]?.stringValue else { throw LaunchError("key/generate failed: \(response.body)") }
        return key
    }

    static func chat(_ model: String, stream: Bool = false, extra: String = "") -> String {
        #"{"model":"\#(model)","messages":[{"role":"user","content":"hello"}]\#(stream ? #","stream":true"# : "")\#(extra)}"#
    }
}
