import Foundation
import GatewayModel

/// The REPL: `llmctl` with no arguments (or `llmctl shell`). Each line goes through the same command tree as the
/// command line; on a terminal it edits with libedit, keeps history and completes with Tab; fed a script on standard
/// input it runs line by line and stops at the first failure with that line's exit status.
struct Shell {
    /// Words the REPL understands itself, besides the command tree.
    static let builtins = ["exit", "help", "quit", "use"]

    private let reader: any LineReader
    private var environment: CommandEnvironment
    private let interactive: Bool

    init(reader: any LineReader, environment: CommandEnvironment, interactive: Bool) {
        self.reader = reader
        self.environment = environment
        self.interactive = interactive
    }

    /// Runs the REPL on this process's terminal or standard input.
    static func start(in environment: CommandEnvironment) -> ExitStatus {
        if isatty(STDIN_FILENO) != 0 {
            let directory = ContextStore.defaultDirectory(environment: environment.variables)
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let historyPath = directory.appendingPathComponent("history").path
            if let reader = EditLineReader(historyPath: historyPath, completer: Completer()) {
                var shell = Shell(reader: reader, environment: environment, interactive: true)
                return shell.run()
            }
        }
        var shell = Shell(reader: PipedLineReader(), environment: environment, interactive: false)
        return shell.run()
    }

    /// Reads and runs lines until `exit`, the end of input or (in scripts) the first failure.
    mutating func run() -> ExitStatus {
        if interactive {
            environment.say("llmctl \(GatewayVersion.current). Type 'help' for commands, 'exit' or Ctrl-D to leave.")
        }
        var lastStatus = ExitStatus.success
        var lineNumber = 0
        while true {
            switch reader.read(prompt: prompt) {
            case .end:
                return interactive ? .success : lastStatus
            case .interrupted:
                continue
            case .line(let line):
                lineNumber += 1
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                if interactive && !Self.holdsSecret(trimmed) {
                    reader.remember(trimmed)
                }
                guard let status = execute(trimmed) else { return lastStatus }
                lastStatus = status
                if !interactive && status != .success {
                    environment.errors("llmctl: stopped at line \(lineNumber) (exit status \(status.rawValue)): \(Connection.mask(in: trimmed))\n")
                    return status
                }
            }
        }
    }

    /// Runs one line; nil when the line ends the session.
    private mutating func execute(_ line: String) -> ExitStatus? {
        var words: [String]
        switch ShellWords.split(line) {
        case .success(let split): words = split
        case .failure(let error):
            environment.errors("error: \(error.message)\n")
            return .usage
        }
        if words.first == "llmctl" { words.removeFirst() }
        switch words.first {
        case nil: return .success
        case "exit", "quit": return nil
        case "help" where words.count == 1:
            environment.say(Self.help)
            return CommandRunner.run(["--help"], in: environment)
        case "use":
            words = ["context"] + words
        case "shell":
            environment.errors("error: already in the llmctl shell\n")
            return .usage
        default: break
        }
        let status = CommandRunner.run(words, in: environment)
        if status == .success, words.count == 3, words[0] == "context", words[1] == "use" {
            environment.variables["LLMCTL_CONTEXT"] = words[2]
            environment.variables["LLMCTL_URL"] = nil
        }
        return status
    }

    /// `llmctl(eu)> `, naming the context the next command will use.
    private var prompt: String {
        let variables = environment.variables
        if let url = variables["LLMCTL_URL"], !url.isEmpty { return "llmctl(LLMCTL_URL)> " }
        let name = variables["LLMCTL_CONTEXT"] ?? (try? environment.contextStore().currentName()) ?? nil
        return name.map { "llmctl(\($0))> " } ?? "llmctl> "
    }

    /// Lines carrying a key are left out of the history file, so no secret is written to disk in clear.
    static func holdsSecret(_ line: String) -> Bool {
        line.contains("--api-key") || Connection.mask(in: line) != line
    }

    static let help = """
        Type any llmctl command without the leading 'llmctl', e.g. 'context list' or 'key generate --duration 30d'.
          use NAME     switch to context NAME (same as 'context use NAME')
          help         this text; 'help COMMAND' for a command's help
          exit, quit   leave (or Ctrl-D); Ctrl-C drops the line being typed
        Tab completes commands, flags, context and model names; history is kept in the llmctl home.

        """
}
