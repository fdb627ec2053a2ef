import Foundation
import NIOSSL
import PostgresNIO

/// How to reach a PostgreSQL server, read from a `postgres://` or `postgresql://` URL.
///
/// `user:password@host:port/database`, with `?sslmode=disable|prefer|require` (default `prefer`, as libpq does).
/// The password is percent-decoded and never appears in `location`.
struct PostgresSettings: Sendable {
    let host: String
    let port: Int
    let username: String
    let password: String?
    let database: String
    let sslMode: String

    init(url text: String) throws(StoreError) {
        guard let components = URLComponents(string: text), components.scheme == "postgres" || components.scheme == "postgresql",
            let host = components.host, !host.isEmpty
        else {
            throw StoreError(.invalid, "'\(Self.redacted(text))' is not a PostgreSQL URL: use postgres://USER:PASSWORD@HOST:PORT/DB.")
        }
        guard let username = components.percentEncodedUser?.removingPercentEncoding, !username.isEmpty else {
            throw StoreError(.invalid, "The PostgreSQL URL names no user: use postgres://USER:PASSWORD@HOST:PORT/DB.")
        }
        self.host = host
        port = components.port ?? 5432
        self.username = username
        password = components.percentEncodedPassword?.removingPercentEncoding
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? username : path
        sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        guard ["disable", "prefer", "require"].contains(sslMode) else {
            throw StoreError(.invalid, "sslmode=\(sslMode) is not supported: use disable, prefer or require.")
        }
    }

    /// Where the database is, safe to log: no password.
    var location: String { "postgres://\(username)@\(host):\(port)/\(database)" }

    /// The client configuration for these settings, connecting to `database` (or another one on the same server).
    func clientConfiguration(database: String? = nil) -> PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS =
            switch sslMode {
            case "disable": .disable
            case "require": .require(.makeClientConfiguration())
            default: .prefer(.makeClientConfiguration())
            }
        var configuration = PostgresClient.Configuration(
            host: host,
            port: port,
            username: username,
            password: password,
            database: database ?? self.database,
            tls: tls
        )
        configuration.options.maximumConnections = 20
        // Covers the TCP connect and the whole start-up (TLS, authentication): a new connection into a partition
        // would otherwise hold its pool slot for 10 s, and the change feed's reconnect with it.
        configuration.options.connectTimeout = .seconds(3)
        return configuration
    }

    /// The URL with its password replaced, for messages.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? "postgres://…"
    }
}
