/// Why a store operation failed, in terms callers act on rather than in a database's own codes.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The closed set of failures the server maps to statuses.
    public enum Code: Sendable, Equatable {
        /// A named row does not exist.
        case notFound
        /// A unique id, alias, email or membership is already taken.
        case conflict
        /// The input breaks a rule the store enforces.
        case invalid
        /// The database cannot be reached or failed; the write did not happen.
        case unavailable
        /// A write's commit was sent but never confirmed (the connection went silent or was lost): it may have been
        /// applied. Every write the server retries on its own is idempotent; a caller should check before repeating.
        case unconfirmed
    }

    public let code: Code
    public let message: String
    /// The request field the failure is about, when there is one.
    public let field: String?

    public init(_ code: Code, _ message: String, field: String? = nil) {
        self.code = code
        self.message = message
        self.field = field
    }

    public var description: String { message }
}

extension StoreError {
    /// A key digest shortened for messages: enough to recognise, never the whole value.
    static func shortened(_ digest: String) -> String {
        digest.count > 12 ? String(digest.prefix(8)) + "…" : digest
    }
}

/// The failures both stores report for the same records, worded once.
extension StoreError {
    static func keyNotFound(_ digest: String, field: String = "key", nothingDeleted: Bool = false) -> StoreError {
        StoreError(.notFound, "Key not found: \(shortened(digest)).\(nothingDeleted ? " Nothing was deleted." : "")", field: field)
    }

    static func keyAliasTaken(_ alias: String) -> StoreError {
        StoreError(.conflict, "Key alias '\(alias)' is already taken.", field: "key_alias")
    }

    static func userNotFound(_ id: String, field: String = "user_id", nothingDeleted: Bool = false) -> StoreError {
        StoreError(.notFound, "User '\(id)' not found.\(nothingDeleted ? " Nothing was deleted." : "")", field: field)
    }

    static func emailTaken(_ email: String) -> StoreError {
        StoreError(.conflict, "A user with email '\(email)' already exists.", field: "user_email")
    }

    static func teamNotFound(_ id: String, field: String = "team_id", nothingDeleted: Bool = false) -> StoreError {
        StoreError(.notFound, "Team '\(id)' not found.\(nothingDeleted ? " Nothing was deleted." : "")", field: field)
    }

    static func modelNotFound(_ id: String) -> StoreError {
        StoreError(.notFound, "Model '\(id)' not found.", field: "model_id")
    }
}
