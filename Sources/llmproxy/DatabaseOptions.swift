import ArgumentParser

/// The options that say where the database is, shared by `serve` and `migrate`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: "Read settings from this YAML config file (LiteLLM's format).")
    var configPath: String?

    @Option(help: "Database URL: sqlite:PATH (default sqlite:llmproxy.sqlite) or postgres://…; overrides DATABASE_URL.")
    var databaseURL: String?
}
