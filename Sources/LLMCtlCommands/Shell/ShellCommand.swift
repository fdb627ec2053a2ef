import ArgumentParser

/// `llmctl shell`: the REPL, also opened by `llmctl` with no arguments.
public struct ShellCommand: LLMCtlCommand {
    public static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Open the llmctl prompt (also what 'llmctl' alone does).",
        discussion: """
            On a terminal: a prompt naming the current context, line editing, history in the llmctl home and Tab \
            completion. With standard input not a terminal, runs one command per line and stops at the first failure \
            with its exit status, so 'llmctl < script' works in CI.
            """
    )

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let status = Shell.start(in: environment)
        if status != .success {
            throw CLIError(status, "")
        }
    }
}
