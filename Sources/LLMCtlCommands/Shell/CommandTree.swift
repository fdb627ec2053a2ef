import ArgumentParser
import Foundation

/// llmctl's command tree as ArgumentParser describes it (`--experimental-dump-help`): commands, options and
/// positionals with their completion kinds.
///
/// The REPL completes from this description, so Tab offers exactly what the parser accepts; nothing is listed twice.
struct CommandTree: Sendable {
    let name: String
    let subcommands: [CommandTree]
    let options: [Option]
    let positionals: [Positional]

    /// An option or flag: its spellings (`--output`, `-o`), whether it takes a value, and how that value completes.
    struct Option: Sendable {
        let spellings: [String]
        let takesValue: Bool
        let values: ValueCompletion
    }

    /// A positional argument and how it completes.
    struct Positional: Sendable {
        let values: ValueCompletion
    }

    /// How a value completes.
    enum ValueCompletion: Sendable, Equatable {
        case none
        case list([String])
        /// The argument's own completion function, asked through ArgumentParser.
        case custom
    }

    /// The tree of `LLMCtl`, read from ArgumentParser's description of it.
    static let llmctl: CommandTree = {
        guard let data = LLMCtl._dumpHelp().data(using: .utf8), let dump = try? JSONDecoder().decode(DumpedTool.self, from: data)
        else {
            return CommandTree(name: "llmctl", subcommands: [], options: [], positionals: [])
        }
        return CommandTree(dump.command)
    }()

    func subcommand(named name: String) -> CommandTree? {
        subcommands.first { $0.name == name }
    }

    func option(spelled spelling: String) -> Option? {
        options.first { $0.spellings.contains(spelling) }
    }

    private init(name: String, subcommands: [CommandTree], options: [Option], positionals: [Positional]) {
        self.name = name
        self.subcommands = subcommands
        self.options = options
        self.positionals = positionals
    }

    private init(_ command: DumpedCommand) {
        name = command.commandName
        subcommands = (command.subcommands ?? []).filter { $0.shouldDisplay ?? true }.map(CommandTree.init)
        let arguments = command.arguments ?? []
        options = arguments.filter { $0.kind != "positional" && ($0.shouldDisplay ?? true) }.map { argument in
            Option(
                spellings: (argument.names ?? []).map { $0.kind == "short" ? "-\($0.name)" : "--\($0.name)" },
                takesValue: argument.kind == "option",
                values: argument.valueCompletion
            )
        }
        positionals = arguments.filter { $0.kind == "positional" }.map { Positional(values: $0.valueCompletion) }
    }
}

/// The parts of ArgumentParser's dump-help JSON the completer reads.
private struct DumpedTool: Decodable {
    let command: DumpedCommand
}

private struct DumpedCommand: Decodable {
    let commandName: String
    let shouldDisplay: Bool?
    let subcommands: [DumpedCommand]?
    let arguments: [DumpedArgument]?
}

private struct DumpedArgument: Decodable {
    struct Name: Decodable {
        let kind: String
        let name: String
    }

    let kind: String
    let shouldDisplay: Bool?
    let names: [Name]?
    let allValues: [String]?
    let completionKind: DumpedCompletionKind?

    var valueCompletion: CommandTree.ValueCompletion {
        if completionKind?.custom != nil || completionKind?.customAsync != nil {
            return .custom
        }
        if let values = completionKind?.list?.values ?? allValues, !values.isEmpty {
            return .list(values)
        }
        return .none
    }
}

/// A completion kind is an object with one key naming it; only these kinds change what the REPL offers.
private struct DumpedCompletionKind: Decodable {
    struct Empty: Decodable {}
    struct List: Decodable {
        let values: [String]
    }

    let custom: Empty?
    let customAsync: Empty?
    let list: List?
}
