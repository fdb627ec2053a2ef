import ArgumentParser

/// Lets the global options stand anywhere on the line, as kubectl's do: `llmctl --context eu key list`,
/// `llmctl -o json key list` and `llmctl key list --context eu` are the same call.
///
/// ArgumentParser reads an option only on the command that declares it, and the global options are declared on
/// each leaf; so the ones written before the leaf's name (between `llmctl` and the last subcommand word) move after
/// it, before any `--`. The command line and the REPL both pass through here.
enum GlobalArguments {
    /// Spellings of the global options that take a value.
    static let valued: Set<String> = ["-o", "--output", "--context", "--timeout", "--cacert"]
    /// Spellings of the global flags.
    static let flags: Set<String> = ["--no-headers", "--insecure", "--verbose"]

    static func hoisted(_ arguments: [String], root: any ParsableCommand.Type = LLMCtl.self) -> [String] {
        var command = root
        var path: [String] = []
        var globals: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            let name = word.hasPrefix("--") ? String(word.prefix { $0 != "=" }) : word
            if valued.contains(name) {
                globals.append(word)
                if name == word, index + 1 < arguments.count {
                    globals.append(arguments[index + 1])
                    index += 1
                }
            } else if word.hasPrefix("-o"), !word.hasPrefix("--"), word.count > 2 {
                globals.append(word)
            } else if flags.contains(word) {
                globals.append(word)
            } else if let subcommand = command.configuration.subcommands.first(where: {
                $0._commandName == word || $0.configuration.aliases.contains(word)
            }) {
                path.append(word)
                command = subcommand
            } else {
                break
            }
            index += 1
        }
        guard !globals.isEmpty else { return arguments }
        var rest = Array(arguments[index...])
        rest.insert(contentsOf: globals, at: rest.firstIndex(of: "--") ?? rest.count)
        return path + rest
    }
}
