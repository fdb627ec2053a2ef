import Foundation
import GatewayModel
import GatewayTestSupport
import Testing

@testable import GatewayServer

@Suite("Admin UI: served at /ui on the control plane only")
struct AdminUIServingTests {
    static func config(_ role: ServerRole, _ environment: [String: String] = [:]) -> ServerConfig {
        ServerConfig(planes: EnabledPlanes(role: role, environment: environment), masterKey: RunningServer.masterKey)
    }

    @Test func theControlPlaneServesThePageItsModulesAndItsConfig() async throws {
        var config = Self.config(.admin)
        config.uiAPIBaseURL = "https://llm.example.net"
        try await RunningServer.withSQLite(config: config) { client, _ async throws in
            let page = try await client.authorized(nil).get("/ui")
            #expect(page.status == 200)
            #expect(page.header("content-type") == "text/html; charset=utf-8")
            #expect(page.body.contains(#"<script type="module" src="/ui/js/main.js">"#))
            #expect(try await client.authorized(nil).get("/ui/").status == 200)
            for module in ["main", "api", "connections", "pages/keys", "pages/users", "pages/teams", "pages/models", "pages/spend", "pages/health"] {
                let script = try await client.authorized(nil).get("/ui/js/\(module).js")
                #expect(script.status == 200, "\(module)")
                #expect(script.header("content-type") == "text/javascript; charset=utf-8")
            }
            let settings = try await client.authorized(nil).get("/ui/config.json")
            #expect(settings.json["role"] == .string("admin"))
            #expect(settings.json["api_base_url"] == .string("https://llm.example.net"))
            #expect(try await client.authorized(nil).get("/ui/js/missing.js").status == 404)
            #expect(try await client.authorized(nil).get("/ui/%2e%2e/%2e%2e/etc/passwd").status == 404)
        }
    }

    @Test(arguments: [("worker", [String: String]()), ("all", ["DISABLE_ADMIN_UI": "true"])])
    func withTheUIPlaneOffEveryUIPathIs404(role: String, environment: [String: String]) async throws {
        let config = Self.config(ServerRole(rawValue: role)!, environment)
        try await RunningServer.withSQLite(config: config) { client, _ async throws in
            for path in ["/ui", "/ui/", "/ui/app.css", "/ui/js/main.js", "/ui/config.json"] {
                let response = try await client.authorized(nil).get(path)
                #expect(response.status == 404, "\(path)")
                #expect(response.error?.message.contains("ui plane") == true)
            }
        }
    }

    @Test func assetsAreFoundBesideTheBinaryOrWhereConfiguredAndNeverOutsideTheirFolder() throws {
        let found = UIAssets.locate(environment: [:])
        #expect(found.directory != nil, "the test binary's resources hold the UI")
        #expect(found.file("index.html")?.contentType == "text/html; charset=utf-8")
        #expect(found.file("../llmproxy_GatewayServer.resources/ui/index.html") == nil)
        #expect(found.file(".hidden") == nil)
        #expect(found.file("js") == nil, "a folder is not a file")
        let empty = try TemporaryDirectory()
        let configured = UIAssets.locate(environment: ["LLMPROXY_UI_DIR": empty.path("")])
        #expect(configured.searched.first == URL(fileURLWithPath: empty.path("")).path)
        #expect(configured.directory == found.directory, "an empty LLMPROXY_UI_DIR falls back to the bundled files")
    }

    @Test func theSampleCodeBaseURLComesFromEitherVariable() throws {
        let ours = try ServerConfig.resolve(flags: ServeFlags(), environment: ["LLMPROXY_UI_API_BASE_URL": "https://a.example"])
        #expect(ours.uiAPIBaseURL == "https://a.example")
        let seed = try ServerConfig.resolve(flags: ServeFlags(), environment: ["LITELLM_UI_API_DOC_BASE_URL": "https://b.example"])
        #expect(seed.uiAPIBaseURL == "https://b.example")
    }
}
