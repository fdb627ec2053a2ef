import ArgumentParser
import GatewayModel

/// `llmctl key`: virtual keys on the current context.
public struct KeyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Manage virtual keys.",
        subcommands: [
            KeyGenerate.self, KeyList.self, KeyInfo.self, KeyUpdate.self, KeyRegenerate.self, KeyDelete.self, KeyBlock.self, KeyUnblock.self,
        ]
    )

    public init() {}
}

/// How keys print: one column set for every key command.
enum KeyRows {
    static let listing = Listing<KeySummary>(
        name: \.token,
        columns: [
            ("token", { String($0.token.prefix(12)) }),
            ("alias", { $0.keyAlias ?? "" }),
            ("user", { $0.userId ?? "" }),
            ("team", { $0.teamId ?? "" }),
            ("models", { ($0.models ?? []).joined(separator: ",") }),
            ("spend", { $0.spend.map(Renderer.number) ?? "0" }),
            ("budget", { Renderer.number($0.maxBudget) }),
            ("expires", { $0.expires ?? "never" }),
            ("blocked", { $0.blocked == true ? "yes" : "no" }),
        ]
    )

    /// A key that was just given a secret: the secret, and what `key generate` shows beside it.
    static let generated = Listing<GeneratedKey>(
        name: \.secret.key,
        columns: [("key", \.secret.key), ("expires", { $0.expires ?? "never" }), ("alias", { $0.keyAlias ?? "" })]
    )

    /// A key given a new secret, printed as the secret alone (`key regenerate`).
    static let secretOnly = Listing<GeneratedKey>(name: \.secret.key, columns: [("key", \.secret.key)])
}
