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

    @Option(
        help: "How long to wait for the server (default 30s), or for the fleet with 'fleet wait' (default 10s): 10, 10s, 500ms or 2m.",
        transform: NumberArgument.timeout
    )
    public var timeout: Double?

    /// Seconds one request may take.
    public var requestTimeout: Double { timeout ?? 30 }

    @Flag(help: "Do not verify the server's TLS certificate.")
    public var insecure = false

    @Option(help: "Trust the CA certificates in this PEM file.", completion: .file())
    public var cacert: String?

    @Flag(help: "Trace each request and response on standard error, secrets masked.")
    public var verbose = false

    public init() {}
}
