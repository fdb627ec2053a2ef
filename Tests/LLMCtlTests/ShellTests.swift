import Foundation
import GatewayTestSupport
import Synchronization
import Testing

@testable import LLMCtlCommands

@Suite("The llmctl REPL: word splitting and completion")
struct ShellCompletionTests {
    @Test func linesSplitLikeAShell() {
        #expect(
            ShellWords.split(#"key generate --alias "ci bot" --metadata 'a=b c'"#)
                == .success(["key", "generate", "--alias", "ci bot", "--metadata", "a=b c"])
        )
        #expect(ShellWords.split(#"chat it\'s  "say \"hi\"""#) == .success(["chat", "it's", #"say "hi""#]))
        #expect(ShellWords.split(#"chat "open"#) == .failure(ShellWordsError(message: "unterminated \" quote")))
        #expect(ShellWords("context us").partial == "us")
        #expect(ShellWords("context ").partial == nil)
    }

    /// A completer over the real command tree whose custom completions are recorded and answered by a table.
    private final class Requests: Sendable {
        let asked = Mutex<[String]>([])
    }

    private func completer(_ requests: Requests = Requests()) -> Completer {
        Completer { path, argument, _, _ in
            requests.asked.withLock { $0.append((path + [argument]).joined(separator: " ")) }
            switch argument {
            case "positional@0" where path == ["context", "use"]: return ["eu", "us-east", "us-west"]
            case "--context": return ["eu", "us-east"]
            case "--model",
                "positional@0" where path == ["model", "info"]:
                return ["demo", "gpt-4o"]
            default: return []
            }
        }
    }

    @Test func commandsSubcommandsAndFlagsComeFromTheCommandTree() {
        let completer = completer()
        #expect(completer.complete("con").candidates == ["context"])
        #expect(completer.complete("").candidates.contains("use"))
        #expect(completer.complete("").candidates.contains("key"))
        let contextCommands: Set = ["add", "list", "use", "current", "show", "set", "rename", "remove", "test", "import"]
        #expect(Set(completer.complete("context ").candidates) == contextCommands)
        #expect(completer.complete("key generate --dur").candidates == ["--duration"])
        #expect(completer.complete("key generate --duration 30d --al").candidates == ["--alias"])
        #expect(completer.complete("context list -o y").candidates == ["yaml"])
        #expect(completer.complete("context list --output ").candidates == ["table", "json", "yaml", "name"])
        #expect(completer.complete("key generate --duration ").candidates == [])
    }

    @Test func contextAndModelNamesComeFromTheArgumentsOwnCompletion() {
        let requests = Requests()
        let completer = completer(requests)
        #expect(completer.complete("use us-").candidates == ["us-east", "us-west"])
        #expect(completer.complete("context use e") == Completer.Completion(prefix: "e", candidates: ["eu"]))
        #expect(completer.complete("llmctl chat --model gp").candidates == ["gpt-4o"])
        #expect(completer.complete("model info ").candidates == ["demo", "gpt-4o"])
        #expect(
            requests.asked.withLock { $0 } == ["context use positional@0", "context use positional@0", "chat --model", "model info positional@0"]
        )
    }

    @Test func globalOptionsCompleteBeforeAnyCommand() {
        let requests = Requests()
        let completer = completer(requests)
        #expect(completer.complete("--context e").candidates == ["eu"])
        #expect(completer.complete("--context eu ke").candidates == ["key"])
        #expect(completer.complete("-o json key l").candidates == ["list"])
        #expect(completer.complete("key --context us-east li").candidates == ["list"])
        #expect(completer.complete("--out").candidates == ["--output"])
        #expect(requests.asked.withLock { $0 } == ["--context"], "asked of the root, which declares the global options")
    }

    @Test func theParserRunsTheSameCompletionFunctionsAsTheShellScripts() {
        #expect(Completer.askParser(path: ["context", "list"], argument: "--output", words: ["context", "list", "--output"], prefix: "") == [])
        #expect(Completer.askParser(path: ["context", "use"], argument: "positional@0", words: ["context", "use"], prefix: "zz-none") == [])
    }
}

@Suite("The llmctl REPL, run as the built binary", .timeLimit(.minutes(1)))
struct ShellSessionTests {
    @Test func onATerminalItSwitchesCompletesCancelsAndKeepsHistory() async throws {
        let directory = try TemporaryDirectory()
        let (server, port) = try await Launcher.llmproxyOnSQLite(in: directory)
        let environment = ["LLMCTL_HOME": directory.path("home"), "MASTER": RunningServer.masterKey, "TERM": "dumb"]
        _ = try Launcher.run(
            "llmctl",
            ["context", "add", "eu", "--url", "http://127.0.0.1:\(port)", "--api-key-env", "MASTER"],
            environment: environment
        )
        _ = try Launcher.run(
            "llmctl",
            ["context", "add", "us", "--url", "http://127.0.0.1:9", "--api-key", "sk-unused-000000", "--use"],
            environment: environment
        )

        let first = try PseudoTerminal("llmctl", environment: environment)
        try await first.expect("llmctl(us)> ")
        var mark = first.mark
        first.type("use e\t")
        try await first.expect("use eu ", after: mark)
        first.type("\r")
        try await first.expect("Switched to context \"eu\".\r\nllmctl(eu)> ", after: mark)
        mark = first.mark
        first.type("chat --model d\t")
        try await first.expect("demo ", after: mark)
        first.type("\"hello from the prompt\"\r")
        try await first.expect("\r\nhello from the prompt\r\nllmctl(eu)> ", after: mark)
        mark = first.mark
        first.type("key delete everything\u{3}")
        try await first.expect("llmctl(eu)> ", after: mark)
        mark = first.mark
        first.type("context add spare --url http://127.0.0.1:9 --api-key sk-secret-in-history-0\r")
        try await first.expect("Context \"spare\" added.", after: mark)
        mark = first.mark
        first.type("context current\r")
        try await first.expect("\r\neu\r\nllmctl(eu)> ", after: mark)
        first.type("exit\r")
        #expect(try await first.waitForExit() == 0)

        let history = directory.path("home/history")
        let attributes = try FileManager.default.attributesOfItem(atPath: history)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("chat"))
        #expect(!saved.contains("sk-secret"))
        #expect(!saved.contains("key\\040delete"))

        let second = try PseudoTerminal("llmctl", ["shell"], environment: environment)
        try await second.expect("llmctl(eu)> ")
        mark = second.mark
        second.type("\u{1b}[A\u{1b}[A")
        try await second.expect("context current", after: mark)
        mark = second.mark
        second.type("\r")
        try await second.expect("\r\neu\r\nllmctl(eu)> ", after: mark)
        // libedit may draw the prompt just before it takes the terminal out of line mode; a Ctrl-D typed in that
        // instant is the line discipline's end-of-file and is lost, so give it a moment as a person would.
        try await Task.sleep(for: .milliseconds(300))
        second.type("\u{4}")
        #expect(try await second.waitForExit() == 0)
        #expect(try await server.terminate() == 0)
    }

    @Test func aPipedScriptStopsAtTheFirstFailureWithItsStatus() throws {
        let home = try TemporaryDirectory()
        let environment = ["LLMCTL_HOME": home.path("home")]
        _ = try Launcher.run(
            "llmctl",
            ["context", "add", "eu", "--url", "http://127.0.0.1:9", "--api-key", "sk-unused-000000"],
            environment: environment
        )
        _ = try Launcher.run(
            "llmctl",
            ["context", "add", "us", "--url", "http://127.0.0.1:9", "--api-key", "sk-unused-000000"],
            environment: environment
        )

        let clean = try Launcher.run("llmctl", [], environment: environment, stdin: "# set-up\ncontext current\n\nuse us\nllmctl context current\n")
        #expect(clean.status == 0)
        #expect(clean.stdout == "eu\nSwitched to context \"us\".\nus\n")

        let failing = try Launcher.run("llmctl", ["shell"], environment: environment, stdin: "use eu\nkey list\ncontext current\n")
        #expect(failing.status == 69)
        #expect(failing.stdout == "Switched to context \"eu\".\n")
        #expect(failing.stderr.contains("stopped at line 2 (exit status 69): key list"))

        let usage = try Launcher.run("llmctl", [], environment: environment, stdin: "context current\ncontext frobnicate\n")
        #expect(usage.status == 64)
        let quoted = try Launcher.run("llmctl", [], environment: environment, stdin: "chat \"unterminated\n")
        #expect(quoted.status == 64)
        #expect(quoted.stderr.contains("unterminated \" quote"))
    }
}
