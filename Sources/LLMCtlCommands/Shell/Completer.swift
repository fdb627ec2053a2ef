/// What Tab offers for the text before the cursor: commands, subcommands, flags, option values, context and model
/// names, read from the command tree and its own completion functions.
struct Completer: Sendable {
    /// The word being completed and the whole words it may become.
    struct Completion: Equatable {
        var prefix: String
        var candidates: [String]
    }

    let tree: CommandTree
    /// Runs an argument's own completion function: the command path, the argument (`--model` or `positional@0`), the
    /// words typed so far and the prefix.
    let custom: @Sendable (_ path: [String], _ argument: String, _ words: [String], _ prefix: String) -> [String]

    init(tree: CommandTree = .llmctl, custom: @escaping @Sendable ([String], String, [String], String) -> [String] = Completer.askParser) {
        self.tree = tree
        self.custom = custom
    }

    func complete(_ textBeforeCursor: String) -> Completion {
        let parsed = ShellWords(textBeforeCursor)
        var words = parsed.words
        if words.first == "llmctl" { words.removeFirst() }
        let prefix = parsed.partial ?? ""
        return Completion(prefix: prefix, candidates: candidates(words: words, prefix: prefix).filter { $0.hasPrefix(prefix) })
    }

    private func candidates(words: [String], prefix: String) -> [String] {
        if words.isEmpty && !prefix.hasPrefix("-") {
            return Shell.builtins + tree.subcommands.map(\.name)
        }
        if words == ["use"] {
            return custom(["context", "use"], "positional@0", words, prefix)
        }
        var node = tree
        var path: [String] = []
        var positionalIndex = 0
        var pendingOption: CommandTree.Option?
        var pendingSpelling = ""
        var pendingPath: [String] = []
        for word in words {
            if pendingOption != nil {
                pendingOption = nil
                continue
            }
            if word.hasPrefix("-") {
                // A global option may stand before any command word; the root declares it with its completion.
                if !word.contains("="), let option = node.option(spelled: word) ?? tree.option(spelled: word), option.takesValue {
                    pendingOption = option
                    pendingSpelling = word
                    pendingPath = node.option(spelled: word) == nil ? [] : path
                }
                continue
            }
            if positionalIndex == 0, let subcommand = node.subcommand(named: word) {
                node = subcommand
                path.append(word)
            } else {
                positionalIndex += 1
            }
        }
        if let option = pendingOption {
            return values(option.values, path: pendingPath, argument: pendingSpelling, words: words, prefix: prefix)
        }
        if prefix.hasPrefix("-") {
            return node.options.flatMap { option in option.spellings.filter { $0.hasPrefix("--") } }
        }
        if positionalIndex == 0 && !node.subcommands.isEmpty {
            return node.subcommands.map(\.name)
        }
        guard positionalIndex < node.positionals.count else { return [] }
        return values(node.positionals[positionalIndex].values, path: path, argument: "positional@\(positionalIndex)", words: words, prefix: prefix)
    }

    private func values(_ completion: CommandTree.ValueCompletion, path: [String], argument: String, words: [String], prefix: String) -> [String] {
        switch completion {
        case .none: []
        case .list(let values): values
        case .custom: custom(path, argument, words, prefix)
        }
    }

    /// Asks ArgumentParser to run the argument's completion function, as the shell scripts do with `---completion`.
    @Sendable static func askParser(path: [String], argument: String, words: [String], prefix: String) -> [String] {
        let commandLine = ["llmctl"] + words + [prefix]
        let request = ["---completion"] + path + ["--", argument, String(commandLine.count - 1), String(prefix.count)] + commandLine
        do {
            _ = try LLMCtl.parseAsRoot(request)
            return []
        } catch {
            guard LLMCtl.exitCode(for: error) == .success else { return [] }
            return LLMCtl.fullMessage(for: error).split(separator: "\n").map(String.init)
        }
    }
}
