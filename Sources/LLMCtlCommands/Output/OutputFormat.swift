import ArgumentParser

/// How results are printed: a table for people, JSON or YAML for programs, bare names for pipes.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table
    case json
    case yaml
    case name
}

/// The options every command takes.
public struct GlobalOptions: ParsableArguments, Sendable {
    @Option(name: .shortAndLong, help: "Output format: table, json, yaml or name.")
    public var output: OutputFormat = .table

    @Flag(help: "Print tables without their header row.")
    public var noHeaders = false

    @Option(help: "Use this context for this call instead of the current one.", completion: .custom(ContextNames.complete))
    public var context: String?

    public init() {}
}
