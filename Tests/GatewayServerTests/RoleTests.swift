import Foundation
import GatewayServer
import GatewayTestSupport
import Testing

@Suite("Roles and disabled planes over HTTP")
struct RoleTests {
    private func config(_ role: ServerRole, environment: [String: String] = [:]) -> ServerConfig {
        ServerConfig(planes: EnabledPlanes(role: role, environment: environment), masterKey: RunningServer.masterKey)
    }

    @Test func workerRefusesManagementWith404NamingItsRole() async throws {
        try await RunningServer.withSQLite(config: config(.worker)) { client, _ async throws in
            let response = try await client.post("/key/generate", json: "{}")
            #expect(response.status == 404)
            #expect(
                response.error?.message
                    == "Route /key/generate belongs to the admin plane, which is disabled on this instance (role: worker)."
            )
            #expect(try await client.get("/health/readiness").status == 200)
        }
    }

    @Test func disabledPlaneAnswersBeforeAuthentication() async throws {
        try await RunningServer.withSQLite(config: config(.worker)) { client, _ async throws in
            let response = try await client.authorized(nil).post("/user/new", json: "{}")
            #expect(response.status == 404)
        }
    }

    @Test func adminRefusesTheLLMAPIWith404() async throws {
        try await RunningServer.withSQLite(config: config(.admin)) { client, _ async throws in
            let response = try await client.post("/v1/chat/completions", json: #"{"model":"demo","messages":[]}"#)
            #expect(response.status == 404)
            #expect(response.error?.message.contains("llm plane, which is disabled on this instance (role: admin)") == true)
            let readiness = try await client.get("/health/readiness")
            #expect(readiness.status == 200)
            #expect(readiness.json["role"] == .string("admin"))
            #expect(try await client.post("/key/generate", json: "{}").status == 200)
        }
    }

    @Test func disableAdminEndpointsAloneTurnsOffManagement() async throws {
        try await RunningServer.withSQLite(config: config(.all, environment: ["DISABLE_ADMIN_ENDPOINTS": "true"])) { client, _ async throws in
            #expect(try await client.post("/key/generate", json: "{}").status == 404)
            #expect(try await client.get("/health/readiness").json["planes"] == .array([.string("health"), .string("llm"), .string("ui")]))
        }
    }

    @Test func disableLLMAPIEndpointsAloneTurnsOffTheLLMAPI() async throws {
        try await RunningServer.withSQLite(config: config(.all, environment: ["DISABLE_LLM_API_ENDPOINTS": "1"])) { client, _ async throws in
            let response = try await client.post("/v1/chat/completions", json: "{}")
            #expect(response.error?.message.contains("llm plane, which is disabled") == true)
            #expect(try await client.post("/key/generate", json: "{}").status == 200)
        }
    }

    @Test func disableAdminUIAloneTurnsOffTheUI() async throws {
        try await RunningServer.withSQLite(config: config(.all, environment: ["DISABLE_ADMIN_UI": "true"])) { client, _ async throws in
            let response = try await client.get("/ui")
            #expect(response.status == 404)
            #expect(response.error?.message.contains("ui plane, which is disabled") == true)
            #expect(try await client.post("/key/generate", json: "{}").status == 200)
        }
    }
}
