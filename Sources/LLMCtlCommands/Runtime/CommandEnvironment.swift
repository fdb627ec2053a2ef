import Foundation

/// What a command may touch: the environment variables, its output streams and the context store's home.
///
/// Commands get it handed in, never reach for globals, so tests and the REPL run them with their own.
public struct CommandEnvironment: Sendable {
    public var variables: [String: String]
    public var output: @Sendable (String) -> Void
    public var errors: @Sendable (String) -> Void

    public init(
        variables: [String: String],
        output: @escaping @Sendable (String) -> Void,
        errors: @escaping @Sendable (String) -> Void
    ) {
        self.variables = variables
        self.output = output
        self.errors = errors
    }

    /// The process's own environment, stdout and stderr.
    public static var process: CommandEnvironment {
        CommandEnvironment(
            variables: ProcessInfo.processInfo.environment,
            output: { FileHandle.standardOutput.write(Data($0.utf8)) },
            errors: { FileHandle.standardError.write(Data($0.utf8)) }
        )
    }

    /// Opens the context store in the llmctl home.
    public func contextStore() throws(CLIError) -> ContextStore {
        do {
            return try ContextStore(directory: ContextStore.defaultDirectory(environment: variables))
        } catch {
            throw CLIError(error)
        }
    }

    /// Writes one line to standard output.
    public func say(_ line: String) {
        output(line + "\n")
    }
}
