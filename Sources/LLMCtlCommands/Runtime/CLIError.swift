/// The exit statuses llmctl promises scripts.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// The server (or the context store) refused the request.
    case refused = 1
    /// The command line was wrong.
    case usage = 64
    /// The server could not be reached or answered 5xx.
    case unavailable = 69
    /// Authentication or permission failed.
    case permission = 77
}

/// A failure that ends a command: one line for stderr and the exit status it maps to (no line when the message is
/// empty, because the failure was reported already).
public struct CLIError: Error, Sendable, Equatable, CustomStringConvertible {
    public let status: ExitStatus
    public let message: String

    public init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    public init(_ error: ContextStoreError) {
        self.init(.refused, error.message)
    }

    public var description: String { message }
}
