import Foundation
import GatewayTestSupport
import Testing

@Suite("llmctl context test against a real llmproxy", .timeLimit(.minutes(1)))
struct ContextTestCommandTests {
    @Test func testAllReportsEachContextAndFailsWhenOneIsDown() async throws {
        let directory = try TemporaryDirectory()
        #expect(try Launcher.run("llmproxy", ["migrate", "--database-url", "sqlite:\(directory.path("p.sqlite"))"]).status == 0)
        let (server, port) = try await Launcher.llmproxyOnSQLite(in: directory, role: "worker")
        let environment = ["LLMCTL_HOME": directory.path("home"), "GOOD_KEY": RunningServer.masterKey]
        func llmctl(_ arguments: String...) throws -> CommandResult {
            try Launcher.run("llmctl", arguments, environment: environment)
        }
        _ = try llmctl("context", "add", "good", "--url", "http://127.0.0.1:\(port)", "--api-key-env", "GOOD_KEY")
        _ = try llmctl("context", "add", "wrongkey", "--url", "http://127.0.0.1:\(port)", "--api-key", "sk-not-the-right-key-000")
        _ = try llmctl("context", "add", "down", "--url", "http://127.0.0.1:9", "--api-key", "sk-whatever-000000")

        let one = try llmctl("context", "test", "good", "--no-headers")
        #expect(one.status == 0)
        #expect(one.stdout.hasPrefix("good   healthy   0.1.0   worker   connected   ok"))

        let all = try llmctl("context", "test", "--all", "-o", "json")
        #expect(all.status == 69)
        let rows = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]] ?? []
        let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as? String ?? "", $0["last_test"] as? [String: Any] ?? [:]) })
        #expect(byName["good"]?["auth"] as? String == "ok")
        #expect(byName["wrongkey"]?["auth"] as? String == "rejected")
        #expect(byName["down"]?["status"] as? String == "unreachable")
        let lines = all.stderr.split(separator: "\n")
        #expect(lines.last == "error: 2 of 3 contexts failed the test")
        #expect(lines.contains { $0.hasPrefix("context \"wrongkey\": the key was not accepted: ") && $0.hasSuffix("(HTTP 401)") })
        #expect(lines.contains { $0.hasPrefix("context \"down\": cannot reach http://127.0.0.1:9/health/readiness") })
        #expect(!all.stderr.contains("sk-not-the-right-key-000") && !all.stderr.contains("sk-whatever-000000"))

        let listed = try llmctl("context", "list")
        #expect(listed.stdout.contains("unreachable"))
        #expect(listed.stdout.contains("healthy") && listed.stdout.contains("0.1.0"))
        #expect(try await server.terminate() == 0)
    }

    @Test func aPageThatIsNotAReadinessReportIsNotHealthy() throws {
        let server = try CannedHTTPServer { _ in .init(contentType: "text/html", body: "<!DOCTYPE html>\n<html>It works!</html>") }
        defer { server.stop() }
        let home = try TemporaryDirectory()
        let environment = ["LLMCTL_HOME": home.path("home")]
        _ = try Launcher.run(
            "llmctl",
            ["context", "add", "page", "--url", server.url, "--api-key", "sk-page-key-0123456789"],
            environment: environment
        )
        let result = try Launcher.run("llmctl", ["context", "test", "-o", "json"], environment: environment)
        #expect(result.status == 69)
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        #expect((rows.first?["last_test"] as? [String: Any])?["status"] as? String == "invalid")
        #expect(
            result.stderr.hasPrefix(
                "context \"page\": invalid response from \(server.url)/health/readiness: the body is not JSON (it starts \"<!DOCTYPE html>\") (HTTP 200)\n"
            ),
            "\(result.stderr)"
        )
        let health = try Launcher.run("llmctl", ["health"], environment: environment)
        #expect(health.status == 69)
        #expect(health.stdout.contains("invalid"))
    }

    @Test func aSelfSignedProxyIsTrustedOnlyWhenToldAndTheCertificateProblemIsNamed() throws {
        let files = try TemporaryDirectory()
        let certificate = try SelfSignedCertificate.make(in: files)
        let server = try CannedHTTPServer(tls: certificate) { request in
            if request.uri == "/health/readiness" {
                return .init(body: #"{"status":"healthy","db":"connected","version":"9.9.9","role":"worker","planes":["llm"]}"#)
            }
            return request.authorization == "Bearer sk-tls-key-0123456789"
                ? .init(body: #"{"object":"list","data":[{"id":"demo","object":"model","owned_by":"llmproxy"}]}"#)
                : .init(status: 401, body: #"{"error":{"message":"no","type":"auth_error","param":null,"code":"401"}}"#)
        }
        defer { server.stop() }
        let environment = ["LLMCTL_HOME": files.path("home")]
        let url = "https://127.0.0.1:\(server.port)"
        _ = try Launcher.run("llmctl", ["context", "add", "tls", "--url", url, "--api-key", "sk-tls-key-0123456789"], environment: environment)

        let untrusted = try Launcher.run("llmctl", ["context", "test", "--no-headers"], environment: environment)
        #expect(untrusted.status == 69)
        #expect(untrusted.stdout.hasPrefix("tls   unreachable"))
        #expect(untrusted.stderr.contains("certificate"), "\(untrusted.stderr)")
        #expect(untrusted.stderr.contains("--cacert"), "\(untrusted.stderr)")

        for options in [["--cacert", certificate.certificate], ["--insecure"]] {
            let trusted = try Launcher.run("llmctl", ["context", "test", "--no-headers"] + options, environment: environment)
            #expect(trusted.status == 0, "\(options): \(trusted.stderr)")
            #expect(trusted.stdout.hasPrefix("tls   healthy   9.9.9   worker   connected   ok"), "\(trusted.stdout)")
        }
    }
}
