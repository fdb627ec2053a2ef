import ArgumentParser

/// A leaf command: parsed by ArgumentParser, run with an injected environment, failing with a `CLIError`.
public protocol LLMCtlCommand: ParsableCommand {
    func run(in environment: CommandEnvironment) throws(CLIError)
}

extension LLMCtlCommand {
    public func run() throws {
        try run(in: .process)
    }
}

/// Parses a word list with the command tree and runs it; the command line and the REPL both come through here.
public enum CommandRunner {
    /// Runs `arguments` and answers the exit status, having printed output, help or the error line.
    public static func run(_ arguments: [String], in environment: CommandEnvironment) -> ExitStatus {
        if arguments.isEmpty {
            return Shell.start(in: environment)
        }
        do {
            let command = try LLMCtl.parseAsRoot(GlobalArguments.hoisted(arguments))
            if let command = command as? any LLMCtlCommand {
                try command.run(in: environment)
            } else {
                var command = command
                try command.run()
            }
            return .success
        } catch let error as CLIError {
            if !error.message.isEmpty {
                environment.errors("error: \(error.message)\n")
            }
            return error.status
        } catch {
            let message = LLMCtl.fullMessage(for: error)
            if LLMCtl.exitCode(for: error) == .success {
                environment.output(message + "\n")
                return .success
            }
            environment.errors(message + "\n")
            return .usage
        }
    }
}
