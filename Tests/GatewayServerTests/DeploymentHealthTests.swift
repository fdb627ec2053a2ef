import Foundation
import GatewayModel
import GatewayTestSupport
import Testing

@Suite("GET /health: each deployment checked with a minimal call")
struct DeploymentHealthTests {
    @Test func healthyAndUnhealthyEndpointsAreReportedWithoutSecrets() async throws {
        try await LLMTestBed.run { bed async throws in
            let report = try await bed.client.get("/health")
            #expect(report.status == 200)
            let healthy = (report.json["healthy_endpoints"]?.arrayValue ?? []).compactMap { $0["model_name"]?.stringValue }
            let unhealthy = (report.json["unhealthy_endpoints"]?.arrayValue ?? []).compactMap { $0["model_name"]?.stringValue }
            #expect(Set(healthy) == ["gpt-test", "demo", "cut", "long", "nan", "lingering"])
            #expect(Set(unhealthy) == ["broken", "crashing", "down", "sluggish"], "sluggish answers after its 500 ms timeout")
            #expect(report.json["healthy_count"] == .int(healthy.count))
            #expect(report.json["unhealthy_count"] == .int(4))
            #expect(!report.body.contains("sk-upstream-secret"))
            #expect(report.json["unhealthy_endpoints"]?.arrayValue?.first?["api_base"] != nil, "the master key sees where")
            #expect(!bed.upstream.requests.isEmpty)
            #expect(bed.upstream.requests.allSatisfy { $0.json["max_tokens"] as? Int == 1 })
            let narrowed = try await bed.client.get("/health?model=crashing")
            #expect(narrowed.status == 503)
            #expect(narrowed.json["unhealthy_count"] == .int(1))
            #expect(try await bed.client.get("/health?model=nope").status == 404)
            let key = try await bed.key(#""models":["gpt-test"]"#)
            let limited = try await bed.client.authorized(key).get("/health")
            #expect(limited.json["healthy_count"] == .int(1))
            #expect(limited.json["healthy_endpoints"]?.arrayValue?.first?["api_base"] == nil, "only admins see upstream addresses")
            #expect(try await bed.client.authorized(nil).get("/health").status == 401)
            #expect(try await bed.client.get("/key/list").json["total_count"] == .int(1), "no spend, no keys touched")
        }
    }
}
