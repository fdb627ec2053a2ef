/// Decides whether a master key is strong enough to guard a proxy that is reachable on a network.
public enum MasterKeyPolicy {
    /// The shortest master key `serve` accepts without `--allow-weak-master-key`.
    public static let minimumLength = 16

    /// Keys copied from quick-start guides; anyone would try them first.
    static let wellKnown: Set<String> = [
        "sk-1234", "sk-12345", "sk-123456", "sk-1234567890", "sk-admin", "sk-master", "sk-master-key", "sk-test",
        "sk-password", "sk-changeme", "sk-secret", "sk-litellm", "sk-litellm-master-key", "changeme", "password", "admin",
        "secret", "master", "test", "1234", "12345678", "sk-1234567890abcdef",
    ]

    /// The reason `key` is weak, or nil when it is acceptable.
    public static func weakness(of key: String) -> String? {
        if wellKnown.contains(key.lowercased()) {
            return "the master key is a well-known example value"
        }
        if key.count < minimumLength {
            return "the master key is shorter than \(minimumLength) characters"
        }
        if Set(key.dropFirst(key.hasPrefix("sk-") ? 3 : 0)).count < 4 {
            return "the master key repeats too few distinct characters"
        }
        return nil
    }

    /// How to make a strong key, for messages.
    public static let howToGenerate =
        "Generate a strong one with: export LLMPROXY_MASTER_KEY=\"sk-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \\n')\""
}
