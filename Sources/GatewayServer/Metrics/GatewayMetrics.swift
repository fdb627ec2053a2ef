import CoreMetrics
import Foundation
import GatewayModel
import GatewayProviders
import Prometheus
import Synchronization

/// The instance's metrics: recorded through swift-metrics into this instance's own Prometheus registry.
///
/// Each application owns its registry (no global bootstrap), so several instances can live in one
/// test process and `/metrics` shows exactly this instance's series. Metric handles are made once per
/// label set and kept, so recording on the request path is a dictionary lookup, not a registry search.
public final class GatewayMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let httpSeries = SeriesCache<[String], HTTPSeries>()
    private let callSeries = SeriesCache<[String], CallSeries>()
    private let modelSeries = SeriesCache<[String], ModelSeries>()
    private let routerSeries = SeriesCache<[String], RouterSeries>()
    private let counters = SeriesCache<[String], CoreMetrics.Counter>()

    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2),
            .seconds(5), .seconds(10), .seconds(30), .seconds(60),
        ]
        self.factory = factory
    }

    /// Counts one finished HTTP request and records how long it took, by method, route pattern and status.
    func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        let series = httpSeries.get([method, route, String(status)]) {
            HTTPSeries(
                requests: CoreMetrics.Counter(
                    label: "llmproxy_http_requests_total",
                    dimensions: [("method", method), ("route", route), ("status", String(status))],
                    factory: factory
                ),
                duration: CoreMetrics.Timer(
                    label: "llmproxy_http_request_duration_seconds",
                    dimensions: [("method", method), ("route", route)],
                    factory: factory
                )
            )
        }
        series.requests.increment()
        series.duration.recordNanoseconds(duration.nanoseconds)
    }

    /// Counts one finished LLM call: requests, failures, tokens in and out, and spend, by model, deployment and team.
    func recordCall(_ labels: CallLabels, team: String?, usage: Usage, cost: Double, success: Bool) {
        let team = team ?? ""
        let series = callSeries.get([labels.model, labels.deployment, team]) {
            let dimensions = [("model", labels.model), ("deployment", labels.deployment), ("team", team)]
            return CallSeries(
                requests: CoreMetrics.Counter(label: "llmproxy_llm_requests_total", dimensions: dimensions, factory: factory),
                failures: CoreMetrics.Counter(label: "llmproxy_llm_failures_total", dimensions: dimensions, factory: factory),
                inputTokens: CoreMetrics.Counter(label: "llmproxy_llm_input_tokens_total", dimensions: dimensions, factory: factory),
                outputTokens: CoreMetrics.Counter(label: "llmproxy_llm_output_tokens_total", dimensions: dimensions, factory: factory),
                spend: CoreMetrics.FloatingPointCounter(label: "llmproxy_llm_spend_usd_total", dimensions: dimensions, factory: factory)
            )
        }
        series.requests.increment()
        if !success { series.failures.increment() }
        series.inputTokens.increment(by: usage.promptTokens ?? 0)
        series.outputTokens.increment(by: usage.completionTokens ?? 0)
        series.spend.increment(by: cost)
    }

    /// Moves the in-flight LLM calls gauge of a model by `delta`.
    func adjustInFlight(deployment: Deployment, by delta: Int) {
        let meter = series(for: CallLabels(deployment)).inFlight
        if delta > 0 { meter.increment(by: Double(delta)) } else { meter.decrement(by: Double(-delta)) }
    }

    /// Records how long the upstream took to answer with its response head.
    func recordUpstreamLatency(_ labels: CallLabels, duration: Duration) {
        series(for: labels).upstreamLatency.recordNanoseconds(duration.nanoseconds)
    }

    /// Records how long a stream took to deliver its first bytes after the upstream call was sent.
    func recordTimeToFirstToken(_ labels: CallLabels, duration: Duration) {
        series(for: labels).timeToFirstToken.recordNanoseconds(duration.nanoseconds)
    }

    /// How a deployment looked when the router last used it, as LiteLLM's `deployment_state` reports it.
    enum DeploymentHealth: Double {
        case healthy = 0
        case failing = 1
        case coolingDown = 2
    }

    /// Sets a deployment's state gauge.
    func recordDeploymentState(_ deployment: Deployment, _ health: DeploymentHealth) {
        routerSeries(for: deployment).state.record(health.rawValue)
    }

    /// Counts a failed attempt on a deployment, and the cooldown it started if it did.
    func recordDeploymentFailure(_ deployment: Deployment, cooledDown: Bool) {
        let series = routerSeries(for: deployment)
        series.failures.increment()
        if cooledDown { series.cooldowns.increment() }
        series.state.record((cooledDown ? DeploymentHealth.coolingDown : .failing).rawValue)
    }

    /// Counts a retry of a call for `model`.
    func recordRetry(model: String) {
        counter("llmproxy_router_retries_total", [("model", model)]).increment()
    }

    /// Counts a call that went to its fallbacks, by whether one answered.
    func recordFallback(from model: String, to fallback: String, succeeded: Bool) {
        counter(
            "llmproxy_router_fallbacks_total",
            [("model", model), ("fallback", fallback), ("result", succeeded ? "success" : "failure")]
        ).increment()
    }

    /// The Prometheus text exposition of every series.
    public func render() -> [UInt8] {
        registry.emitToBuffer()
    }

    private func routerSeries(for deployment: Deployment) -> RouterSeries {
        routerSeries.get([deployment.modelName, deployment.id]) {
            let dimensions = [("model", deployment.modelName), ("deployment", deployment.id)]
            return RouterSeries(
                state: CoreMetrics.Gauge(label: "llmproxy_deployment_state", dimensions: dimensions, factory: factory),
                failures: CoreMetrics.Counter(label: "llmproxy_deployment_failures_total", dimensions: dimensions, factory: factory),
                cooldowns: CoreMetrics.Counter(label: "llmproxy_deployment_cooldowns_total", dimensions: dimensions, factory: factory)
            )
        }
    }

    private func counter(_ label: String, _ dimensions: [(String, String)]) -> CoreMetrics.Counter {
        counters.get([label] + dimensions.map(\.1)) {
            CoreMetrics.Counter(label: label, dimensions: dimensions, factory: factory)
        }
    }

    private func series(for labels: CallLabels) -> ModelSeries {
        modelSeries.get([labels.model, labels.deployment]) {
            let dimensions = [("model", labels.model), ("deployment", labels.deployment)]
            return ModelSeries(
                inFlight: CoreMetrics.Meter(label: "llmproxy_llm_requests_in_flight", dimensions: [("model", labels.model)], factory: factory),
                upstreamLatency: CoreMetrics.Timer(label: "llmproxy_llm_upstream_latency_seconds", dimensions: dimensions, factory: factory),
                timeToFirstToken: CoreMetrics.Timer(label: "llmproxy_llm_time_to_first_token_seconds", dimensions: dimensions, factory: factory)
            )
        }
    }
}

/// The labels of an LLM call's series: the model name clients asked for (or a pass-through route) and the deployment
/// that served it.
struct CallLabels: Hashable, Sendable {
    let model: String
    let deployment: String

    init(model: String, deployment: String) {
        self.model = model
        self.deployment = deployment
    }

    init(_ deployment: Deployment) {
        self.init(model: deployment.modelName, deployment: deployment.id)
    }
}

/// The handles of one HTTP route's series.
private struct HTTPSeries: Sendable {
    let requests: CoreMetrics.Counter
    let duration: CoreMetrics.Timer
}

/// The handles of one model, deployment and team's call series.
private struct CallSeries: Sendable {
    let requests: CoreMetrics.Counter
    let failures: CoreMetrics.Counter
    let inputTokens: CoreMetrics.Counter
    let outputTokens: CoreMetrics.Counter
    let spend: CoreMetrics.FloatingPointCounter
}

/// The handles of one deployment's latency series.
private struct ModelSeries: Sendable {
    let inFlight: CoreMetrics.Meter
    let upstreamLatency: CoreMetrics.Timer
    let timeToFirstToken: CoreMetrics.Timer
}

/// The handles of one deployment's router series: its state, failed attempts and cooldowns.
private struct RouterSeries: Sendable {
    let state: CoreMetrics.Gauge
    let failures: CoreMetrics.Counter
    let cooldowns: CoreMetrics.Counter
}

/// Metric handles made once per label set.
private final class SeriesCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values = Mutex<[Key: Value]>([:])

    func get(_ key: Key, make: () -> Value) -> Value {
        if let value = values.withLock({ $0[key] }) { return value }
        let value = make()
        return values.withLock { values in
            if let existing = values[key] { return existing }
            values[key] = value
            return value
        }
    }
}
