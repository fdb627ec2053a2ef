import Foundation
import Testing

/// The PostgreSQL server the test command starts (`LLMPROXY_TEST_DATABASE_URL`), and a fresh database on it per test.
///
/// Without the variable a PostgreSQL test fails under CI (`CI` set) and is skipped, loudly, elsewhere.
public enum TestPostgres {
    /// The server's URL, or nil (having failed the test under CI, or said why it is skipped) when none is set.
    public static func serverURL() -> String? {
        if let url = ProcessInfo.processInfo.environment["LLMPROXY_TEST_DATABASE_URL"], !url.isEmpty {
            return url
        }
        let reason = "LLMPROXY_TEST_DATABASE_URL is not set: run the tests with scripts/test, which starts PostgreSQL"
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record(Comment(rawValue: reason))
        } else {
            FileHandle.standardError.write(Data("\n*** SKIPPED PostgreSQL test: \(reason) ***\n\n".utf8))
        }
        return nil
    }

    /// Creates an empty database on the server and answers its URL.
    public static func freshDatabase(on serverURL: String) throws -> String {
        let name = "llmproxy_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16))"
        let result = try Launcher.execute(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["psql", serverURL, "-v", "ON_ERROR_STOP=1", "-q", "-c", "CREATE DATABASE \(name)"],
            environment: ProcessInfo.processInfo.environment
        )
        guard result.status == 0 else { throw LaunchError("CREATE DATABASE failed: \(result.stderr)") }
        guard var components = URLComponents(string: serverURL) else { throw LaunchError("unusable server URL") }
        components.path = "/\(name)"
        return components.string ?? serverURL
    }
}
