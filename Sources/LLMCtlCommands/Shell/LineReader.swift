/// Where the REPL reads its lines from: libedit on a terminal, plain standard input in scripts.
protocol LineReader: AnyObject {
    /// The next line, without its newline.
    func read(prompt: String) -> LineInput
    /// Keeps `line` in the history, when the reader has one.
    func remember(_ line: String)
}

/// What one read produced.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C: the line being typed is dropped.
    case interrupted
    /// Ctrl-D or the end of the input.
    case end
}

/// Reads standard input line by line with no prompt and no history, for `llmctl < script`.
final class PipedLineReader: LineReader {
    func read(prompt: String) -> LineInput {
        guard let line = readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    func remember(_ line: String) {}
}
