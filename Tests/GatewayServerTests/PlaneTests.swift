import GatewayServer
import Testing

@Suite struct PlaneTests {
    @Test(arguments: [
        ("/key/generate", Plane.admin), ("/user/new", .admin), ("/team/list", .admin), ("/model/new", .admin),
        ("/spend/logs", .admin), ("/config/update", .admin), ("/v1/chat/completions", .llm), ("/chat/completions", .llm),
        ("/completions", .llm), ("/embeddings", .llm), ("/models", .llm), ("/anthropic/v1/messages", .llm),
        ("/vertex_ai/x", .llm), ("/bedrock/x", .llm), ("/ui", .ui), ("/ui/keys", .ui), ("/health/readiness", .health),
        ("/metrics", .health),
    ])
    func everyRouteBelongsToOnePlane(path: String, plane: Plane) {
        #expect(Plane.of(path: path) == plane)
    }

    @Test func unrelatedPathsBelongToNoPlane() {
        #expect(Plane.of(path: "/keys") == nil)
        #expect(Plane.of(path: "/") == nil)
    }

    @Test func rolesPickPlanes() {
        #expect(EnabledPlanes(role: .worker, environment: [:]).names == ["health", "llm"])
        #expect(EnabledPlanes(role: .admin, environment: [:]).names == ["admin", "health", "ui"])
        #expect(EnabledPlanes(role: .all, environment: [:]).names == ["admin", "health", "llm", "ui"])
    }

    @Test(arguments: [
        ("DISABLE_ADMIN_UI", ["admin", "health", "llm"]),
        ("DISABLE_ADMIN_ENDPOINTS", ["health", "llm", "ui"]),
        ("DISABLE_LLM_API_ENDPOINTS", ["admin", "health", "ui"]),
    ])
    func eachDisableVariableAloneTurnsOffItsPlane(variable: String, remaining: [String]) {
        #expect(EnabledPlanes(role: .all, environment: [variable: "true"]).names == remaining)
        #expect(EnabledPlanes(role: .all, environment: [variable: "1"]).names == remaining)
        #expect(EnabledPlanes(role: .all, environment: [variable: "false"]).names == ["admin", "health", "llm", "ui"])
    }
}
