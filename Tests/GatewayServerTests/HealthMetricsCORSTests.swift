import Foundation
import GatewayModel
import GatewayServer
import GatewayTestSupport
import Testing

@Suite("Health, metrics and CORS")
struct HealthMetricsCORSTests {
    @Test func livenessAnswersLikeLiteLLM() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            for path in ["/health/liveliness", "/health/liveness"] {
                let response = try await client.authorized(nil).get(path)
                #expect(response.status == 200)
                #expect(response.body == #""I'm alive!""#)
            }
        }
    }

    @Test func readinessReportsVersionRoleAndDatabase() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let response = try await client.authorized(nil).get("/health/readiness")
            #expect(response.status == 200)
            #expect(
                response.json
                    == .object([
                        "status": .string("healthy"), "db": .string("connected"), "database_type": .string("sqlite"),
                        "version": .string(GatewayVersion.current), "litellm_version": .string(GatewayVersion.current),
                        "role": .string("all"), "planes": .array(["admin", "health", "llm", "ui"].map(JSONValue.string)),
                        "change_feed": .string("listening"),
                    ])
            )
        }
    }

    @Test func readinessIs503WhenTheDatabaseIsGone() async throws {
        try await RunningServer.withSQLite { client, store async throws in
            try await store.close()
            let response = try await client.get("/health/readiness")
            #expect(response.status == 503)
            #expect(response.json["status"] == .string("unhealthy"))
            #expect(response.json["db"] == .string("disconnected"))
            let management = try await client.post("/key/generate", json: "{}")
            #expect(management.status == 503)
            #expect(management.header("retry-after") == "1")
        }
    }

    @Test func metricsCountRequestsByRouteAndStatus() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            _ = try await client.get("/key/list")
            _ = try await client.authorized(nil).get("/key/list")
            let metrics = try await client.get("/metrics")
            #expect(metrics.status == 200)
            #expect(metrics.header("content-type")?.hasPrefix("text/plain; version=0.0.4") == true)
            #expect(metrics.body.contains(#"llmproxy_http_requests_total{method="GET",route="/key/list",status="200"} 1"#))
            #expect(metrics.body.contains(#"llmproxy_http_requests_total{method="GET",route="/key/list",status="401"} 1"#))
            #expect(metrics.body.contains("llmproxy_http_request_duration_seconds_bucket"))
        }
    }

    @Test func corsIsOffByDefault() async throws {
        try await RunningServer.withSQLite { client, _ async throws in
            let response = try await client.get("/health/readiness", headers: [("origin", "http://admin.example")])
            #expect(response.header("access-control-allow-origin") == nil)
        }
    }

    @Test func corsAllowsListedOriginsOnly() async throws {
        let config = ServerConfig(masterKey: RunningServer.masterKey, corsOrigins: CORSOrigins(list: "http://admin.example, http://ui.example/"))
        try await RunningServer.withSQLite(config: config) { client, _ async throws in
            let preflight = try await client.send(
                .OPTIONS,
                "/key/list",
                body: nil,
                headers: [
                    ("origin", "http://ui.example"), ("access-control-request-method", "GET"), ("access-control-request-headers", "authorization"),
                ]
            )
            #expect(preflight.status == 204)
            #expect(preflight.header("access-control-allow-origin") == "http://ui.example")
            #expect(preflight.header("access-control-allow-headers") == "authorization")
            let allowed = try await client.get("/key/list", headers: [("origin", "http://admin.example")])
            #expect(allowed.header("access-control-allow-origin") == "http://admin.example")
            let unauthorized = try await client.authorized(nil).get("/key/list", headers: [("origin", "http://admin.example")])
            #expect(unauthorized.status == 401)
            #expect(unauthorized.header("access-control-allow-origin") == "http://admin.example")
            let refused = try await client.get("/key/list", headers: [("origin", "http://evil.example")])
            #expect(refused.header("access-control-allow-origin") == nil)
        }
    }

    @Test func corsWildcard() async throws {
        try await RunningServer.withSQLite(config: ServerConfig(masterKey: RunningServer.masterKey, corsOrigins: CORSOrigins(list: "*"))) {
            client,
            _ async throws in
            let response = try await client.get("/health/readiness", headers: [("origin", "http://anywhere.example")])
            #expect(response.header("access-control-allow-origin") == "*")
        }
    }
}
