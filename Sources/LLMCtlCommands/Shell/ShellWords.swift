/// Splits a REPL line into words the way a POSIX shell would for simple commands: blanks separate words, single
/// quotes keep everything literal, double quotes keep blanks, a backslash escapes the next character.
///
/// The REPL hands the words to the same command tree as the command line, so `key generate --alias "ci bot"` means the
/// same typed at the prompt as in a terminal.
struct ShellWords: Equatable {
    /// The finished words.
    var words: [String]
    /// The word the line ends in, when it does not end in a blank: what Tab completes.
    var partial: String?
    /// The quote character left open at the end of the line, if any.
    var openQuote: Character?

    init(_ line: String) {
        words = []
        partial = nil
        openQuote = nil
        var current = ""
        var inWord = false
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let quote = openQuote {
                if character == quote {
                    openQuote = nil
                } else if character == "\\" && quote == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case " ", "\t", "\n", "\r":
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            case "'", "\"":
                openQuote = character
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            default:
                current.append(character)
                inWord = true
            }
        }
        if inWord {
            partial = current
        }
    }

    /// All the words of a complete line, or a message saying what is wrong with it.
    static func split(_ line: String) -> Result<[String], ShellWordsError> {
        let parsed = ShellWords(line)
        if let quote = parsed.openQuote {
            return .failure(ShellWordsError(message: "unterminated \(quote) quote"))
        }
        return .success(parsed.words + (parsed.partial.map { [$0] } ?? []))
    }
}

/// A line the REPL cannot split into words.
struct ShellWordsError: Error, Equatable {
    let message: String
}
