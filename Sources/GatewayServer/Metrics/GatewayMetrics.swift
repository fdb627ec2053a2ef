import CoreMetrics
import Foundation
import GatewayModel
import GatewayProviders
import Prometheus

/// The instance's metrics: recorded through swift-metrics into this instance's own Prometheus registry.
///
/// Each application owns its registry (no global bootstrap), so several instances can live in one
/// test process and `/metrics` shows exactly this instance's series.
public final class GatewayMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

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
        let dimensions = [("method", method), ("route", route), ("status", String(status))]
        Counter(label: "llmproxy_http_requests_total", dimensions: dimensions, factory: factory).increment()
        Timer(label: "llmproxy_http_request_duration_seconds", dimensions: [("method", method), ("route", route)], factory: factory)
            .recordNanoseconds(duration.nanoseconds)
    }

    /// Counts one finished LLM call: requests, failures, tokens in and out, and spend, by model, deployment and team.
    func recordCall(deployment: Deployment, team: String?, usage: Usage, cost: Double, success: Bool) {
        let dimensions = [("model", deployment.modelName), ("deployment", deployment.id), ("team", team ?? "")]
        Counter(label: "llmproxy_llm_requests_total", dimensions: dimensions, factory: factory).increment()
        if !success {
            Counter(label: "llmproxy_llm_failures_total", dimensions: dimensions, factory: factory).increment()
        }
        Counter(label: "llmproxy_llm_input_tokens_total", dimensions: dimensions, factory: factory).increment(by: usage.promptTokens ?? 0)
        Counter(label: "llmproxy_llm_output_tokens_total", dimensions: dimensions, factory: factory).increment(by: usage.completionTokens ?? 0)
        FloatingPointCounter(label: "llmproxy_llm_spend_usd_total", dimensions: dimensions, factory: factory).increment(by: cost)
    }

    /// Moves the in-flight LLM calls gauge of a model by `delta`.
    func adjustInFlight(deployment: Deployment, by delta: Int) {
        let meter = Meter(label: "llmproxy_llm_requests_in_flight", dimensions: [("model", deployment.modelName)], factory: factory)
        if delta > 0 { meter.increment(by: Double(delta)) } else { meter.decrement(by: Double(-delta)) }
    }

    /// Records how long the upstream took to answer with its response head.
    func recordUpstreamLatency(deployment: Deployment, duration: Duration) {
        Timer(
            label: "llmproxy_llm_upstream_latency_seconds",
            dimensions: [("model", deployment.modelName), ("deployment", deployment.id)],
            factory: factory
        )
        .recordNanoseconds(duration.nanoseconds)
    }

    /// Records how long a stream took to deliver its first bytes after the upstream call was sent.
    func recordTimeToFirstToken(deployment: Deployment, duration: Duration) {
        Timer(
            label: "llmproxy_llm_time_to_first_token_seconds",
            dimensions: [("model", deployment.modelName), ("deployment", deployment.id)],
            factory: factory
        )
        .recordNanoseconds(duration.nanoseconds)
    }

    /// The Prometheus text exposition of every series.
    public func render() -> [UInt8] {
        registry.emitToBuffer()
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
