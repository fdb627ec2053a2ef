import ArgumentParser

/// `llmctl context`: manage the named connections.
public struct ContextCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "context",
        abstract: "Manage named connections to proxies.",
        subcommands: [
            ContextAdd.self, ContextList.self, ContextUse.self, ContextCurrent.self, ContextShow.self, ContextSet.self,
            ContextRename.self, ContextRemove.self, ContextTest.self, ContextImport.self,
        ]
    )

    public init() {}
}
