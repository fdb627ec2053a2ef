import Foundation
import GatewayTestSupport
import Testing

@Suite("Several instances on one host start with their defaults", .timeLimit(.minutes(1)))
struct SeveralInstancesOnOneHostTests {
    /// A port nothing listens on now: bound to port 0, read back, released.
    static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw LaunchError("no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func anAllInstanceAWorkerAndAnAdminShareOneSQLiteFileAndDirectory() async throws {
        let directory = try TemporaryDirectory()
        let environment = ["LLMPROXY_MASTER_KEY": RunningServer.masterKey]
        var servers: [LaunchedProcess] = []
        for role in ["all", "worker", "admin"] {
            let port = try Self.freePort()
            let server = try Launcher.llmproxy(
                ["serve", "--role", role, "--host", "127.0.0.1", "--port", String(port)],
                in: directory,
                environment: environment
            )
            #expect(try await server.waitForPort() == port, "\(server.log)")
            servers.append(server)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).filter { $0.hasSuffix(".spend-journal") }
        #expect(files.count == 2, "one journal per LLM-serving instance, none for the admin: \(files)")
        for server in servers {
            #expect(try await server.terminate() == 0)
        }
    }

    @Test func twoWorkersInOneDirectoryShareAPostgreSQLDatabase() async throws {
        guard let server = TestPostgres.serverURL() else { return }
        let url = try TestPostgres.freshDatabase(on: server)
        let directory = try TemporaryDirectory()
        let environment = ["LLMPROXY_MASTER_KEY": RunningServer.masterKey, "DATABASE_URL": url]
        let migrate = try Launcher.llmproxy(["migrate"], in: directory, environment: environment)
        #expect(try await migrate.waitForExit() == 0)
        var servers: [LaunchedProcess] = []
        for _ in 0..<2 {
            let port = try Self.freePort()
            let server = try Launcher.llmproxy(
                ["serve", "--role", "worker", "--host", "127.0.0.1", "--port", String(port)],
                in: directory,
                environment: environment
            )
            #expect(try await server.waitForPort() == port, "\(server.log)")
            servers.append(server)
        }
        for server in servers {
            #expect(try await server.terminate() == 0)
        }
    }
}
