/// The release this build is, reported by `/health/readiness`, `llmproxy version` and clients.
public enum GatewayVersion {
    public static let current = "0.1.0"
}
