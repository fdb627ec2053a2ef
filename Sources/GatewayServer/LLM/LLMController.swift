import Foundation
import GatewayModel
import GatewayProviders
import HTTPTypes
import Hummingbird
import NIOCore

/// The OpenAI-compatible endpoints of the data plane: admit the key, route to a deployment, stream back, account.
///
/// Every answer names the deployment that gave it (`x-litellm-model-id`, `x-litellm-model-group`) and what it took
/// (`x-litellm-attempted-retries`, `x-litellm-attempted-fallbacks`).
struct LLMController {
    typealias Context = GatewayRequestContext

    let registry: ModelRegistry
    let router: DeploymentRouter
    let adapters: ProviderAdapters
    let admission: CallAdmission
    let body: BodyReader

    static let responseCost = HTTPField.Name("x-litellm-response-cost")!
    static let overhead = HTTPField.Name("x-litellm-overhead-duration-ms")!
    static let modelId = HTTPField.Name("x-litellm-model-id")!
    static let requestId = HTTPField.Name("x-request-id")!
    static let modelGroup = HTTPField.Name("x-litellm-model-group")!
    static let attemptedRetries = HTTPField.Name("x-litellm-attempted-retries")!
    static let attemptedFallbacks = HTTPField.Name("x-litellm-attempted-fallbacks")!

    func addRoutes(to group: RouterGroup<Context>) {
        for prefix in ["/v1", ""] {
            group.post("\(prefix)/chat/completions") { request, context in try await call(.chatCompletions, request, context) }
            group.post("\(prefix)/completions") { request, context in try await call(.completions, request, context) }
            group.post("\(prefix)/embeddings") { request, context in try await call(.embeddings, request, context) }
            group.get("\(prefix)/models", use: listModels)
            group.get("\(prefix)/models/:id", use: model)
        }
    }

    /// Parse, admit, route, relay: the permit admission hands out is how the call ends, whichever way it does.
    func call(_ endpoint: LLMEndpoint, _ request: Request, _ context: Context) async throws -> Response {
        let received = ContinuousClock.now
        let principal = try context.requirePrincipal()
        let parsed = try LLMRequestBody(bytes: try await body.collect(request), endpoint: endpoint)
        // A key's alias names the model the call is routed, checked and billed as.
        let model = principal.key?.resolvedModel(parsed.model) ?? parsed.model
        try await requireDeployments(for: model)
        let permit = try admission.admit(principal, model: model, requestId: context.id, callType: endpoint.callType)
        do {
            let routed = try await router.route(model: model, permits: { name in permit.grant.map { Self.allows($0, name) } ?? true }) {
                deployment in
                let upstreamCall = UpstreamCall(
                    endpoint: endpoint,
                    body: parsed.forwarded(upstreamModel: deployment.upstreamModel),
                    stream: parsed.stream,
                    requestId: context.id
                )
                return try await adapters.adapter(for: deployment.provider).send(upstreamCall, to: deployment)
            }
            permit.sent(to: CallTarget(routed.deployment, ticket: routed.ticket), at: routed.sent)
            return try await relay(routed, parsed, permit, received: received, requestId: context.id)
        } catch {
            permit.finish(usage: .unknown, outcome: .failed)
            throw error
        }
    }

    /// Answers `Not Found` for a model no deployment serves (after stored deployments have loaded).
    private func requireDeployments(for model: String) async throws {
        guard registry.deployments(for: model).isEmpty else { return }
        await registry.waitForStoredDeployments()
        guard registry.deployments(for: model).isEmpty else { return }
        throw GatewayError(
            .notFound,
            "The model '\(model)' does not exist on this proxy. Available: \(registry.modelNames.joined(separator: ", ")).",
            param: "model"
        )
    }

    /// The client's answer for a routed call: the upstream's failure passed on, its stream relayed, or its whole body
    /// with the cost; the permit is finished here or, for a stream, by the relay.
    private func relay(
        _ routed: DeploymentRouter.Routed,
        _ parsed: LLMRequestBody,
        _ permit: CallPermit,
        received: ContinuousClock.Instant,
        requestId: String
    ) async throws -> Response {
        var headers = HTTPFields()
        headers[Self.requestId] = requestId
        headers[Self.modelId] = routed.deployment.id
        headers[Self.modelGroup] = routed.deployment.modelName
        headers[Self.attemptedRetries] = String(routed.retries)
        headers[Self.attemptedFallbacks] = String(routed.fallbacks)
        let upstream: UpstreamReply
        switch routed.outcome {
        case .unreachable(let error):
            throw Self.gatewayError(for: error)
        case .failed(let status, let body):
            permit.finish(usage: .unknown, outcome: .failed)
            var response = Self.upstreamFailure(status: status, body: body, deployment: routed.deployment)
            response.headers.append(contentsOf: headers)
            return response
        case .answered(let response):
            upstream = response
        }
        let headArrived = ContinuousClock.now
        let sent = routed.sent
        if parsed.stream {
            headers[.contentType] = "text/event-stream"
            headers[.cacheControl] = "no-cache"
            headers[Self.overhead] = Self.milliseconds((sent - received) + (ContinuousClock.now - headArrived))
            let relay = StreamRelay(
                upstream: upstream.body,
                clientWantsUsage: parsed.clientWantsUsage,
                promptBytes: parsed.bytes.count,
                permit: permit,
                modelName: routed.deployment.modelName
            )
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in try await relay.run(into: &writer) })
        }
        let payload: ByteBuffer
        do {
            payload = try await upstream.body.collect(upTo: 64 << 20)
        } catch {
            throw GatewayError(.badGateway, "The upstream response for '\(routed.deployment.modelName)' was cut off: \(error).")
        }
        let upstreamTime = ContinuousClock.now - sent
        let usage = UsageExtractor.usage(inJSON: Array(payload.readableBytesView)) ?? .unknown
        let cost = permit.finish(usage: usage, outcome: .succeeded)
        headers[.contentType] = upstream.header("content-type") ?? "application/json"
        headers[Self.responseCost] = String(cost)
        headers[Self.overhead] = Self.milliseconds((ContinuousClock.now - received) - upstreamTime)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: payload))
    }

    /// Whether the key may call `model`, by its own and its team's model lists (fallbacks are held to the same).
    static func allows(_ grant: KeyGrant, _ model: String) -> Bool {
        AccessPolicy.allows(grant.key.limits.models, model) && AccessPolicy.allows(grant.team?.limits.models ?? [], model)
    }

    @Sendable func listModels(_ request: Request, context: Context) async throws -> Response {
        let names = visibleModels(for: try context.requirePrincipal())
        return try JSONResponse.make(DataList(names.map { ModelObject(id: $0, ownedBy: Self.modelOwner) }, object: "list"))
    }

    @Sendable func model(_ request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        guard visibleModels(for: try context.requirePrincipal()).contains(id) else {
            throw GatewayError(.notFound, "The model '\(id)' does not exist on this proxy.", param: "model")
        }
        return try JSONResponse.make(ModelObject(id: id, ownedBy: Self.modelOwner))
    }

    private func visibleModels(for principal: Principal) -> [String] {
        guard case .virtualKey(let grant) = principal else { return registry.modelNames }
        return registry.modelNames.filter { Self.allows(grant, $0) }
    }

    static func gatewayError(for error: any Error) -> any Error {
        guard let error = error as? UpstreamError else { return error }
        switch error.kind {
        case .timeout: return GatewayError(.gatewayTimeout, error.message)
        case .unreachable: return GatewayError(.badGateway, error.message)
        }
    }

    /// An upstream 4xx/5xx passed on with its status; its OpenAI error body as it is, anything else wrapped in one.
    static func upstreamFailure(status: Int, body: ByteBuffer, deployment: Deployment) -> Response {
        let bytes = Array(body.readableBytesView)
        if let fields = JSONFieldScanner.fields(of: bytes, allowingNonFiniteNumbers: true), let error = fields.last(where: { $0.name == "error" }),
            bytes[error.value].first == UInt8(ascii: "{")
        {
            return Response(status: .init(code: status), headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: body))
        }
        let text = String(decoding: bytes.prefix(500), as: UTF8.self)
        let kind: GatewayError.Kind =
            switch status {
            case 401: .unauthorized
            case 403: .forbidden
            case 404: .notFound
            case 429: .rateLimited
            case 400..<500: .badRequest
            default: .badGateway
            }
        var response = JSONResponse.error(GatewayError(kind, "The upstream for '\(deployment.modelName)' answered \(status): \(text)"))
        response.status = .init(code: status)
        return response
    }

    /// Who `/v1/models` says owns each model.
    static let modelOwner = "llmproxy"

    /// A duration in milliseconds with microsecond precision, formatted without Foundation.
    static func milliseconds(_ duration: Duration) -> String {
        let microseconds = max(0, duration.nanoseconds / 1000)
        let fraction = String(microseconds % 1000)
        return "\(microseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
