import Foundation

/// Where the store lives, parsed from `--database-url` / `DATABASE_URL`.
public enum DatabaseURL: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(String)

    /// Parses `sqlite:PATH`, `sqlite://PATH`, `postgres://…` and `postgresql://…`; a plain path means SQLite.
    public init(parsing text: String) throws(StoreError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            self = .postgres(trimmed)
        } else if trimmed.hasPrefix("sqlite://") {
            self = .sqlite(path: String(trimmed.dropFirst("sqlite://".count)))
        } else if trimmed.hasPrefix("sqlite:") {
            self = .sqlite(path: String(trimmed.dropFirst("sqlite:".count)))
        } else if trimmed.contains("://") {
            throw StoreError(
                .invalid,
                "Unsupported database URL scheme in '\(trimmed.prefix(while: { $0 != ":" }))://…': use sqlite:PATH or postgres://USER:PASSWORD@HOST:PORT/DB."
            )
        } else {
            self = .sqlite(path: trimmed)
        }
        if case .sqlite(let path) = self, path.isEmpty {
            throw StoreError(.invalid, "The SQLite database URL has no path: use sqlite:PATH.")
        }
    }
}
