import Foundation
import GatewayModel
import GatewayStore

/// Turns a presented credential into a `Principal`, or a 401 that says why not.
///
/// The master key is compared in constant time; any other credential is hashed and looked up in the key cache.
/// A blocked or expired key is refused here, whatever route it calls.
struct KeyAuthenticator: Sendable {
    let masterKey: String?
    let cache: KeyCache

    static let missingMasterKeyMessage =
        "Management endpoints are locked because no master key is set. Set LLMPROXY_MASTER_KEY (or LITELLM_MASTER_KEY, or general_settings.master_key in the config file) and restart the proxy."
    static let missingCredentialMessage =
        "No API key provided: send 'Authorization: Bearer <key>' (or the 'x-api-key' header)."

    func authenticate(_ credential: String?, now: Date = Date()) async throws -> Principal {
        guard let credential else {
            throw GatewayError.unauthorized(Self.missingCredentialMessage)
        }
        if let masterKey, SecretComparison.constantTimeEquals(credential, masterKey) {
            return .masterKey
        }
        guard let grant = try await cache.grant(for: VirtualKey.digest(of: credential)) else {
            throw GatewayError.unauthorized("Invalid API key: no such key on this proxy.")
        }
        let key = grant.key
        if key.blocked {
            throw GatewayError.unauthorized("This key is blocked; an admin can unblock it with /key/unblock.")
        }
        if key.isExpired(at: now), let expires = key.expires {
            throw GatewayError.unauthorized("This key expired at \(WireCoding.formatTimestamp(expires)).")
        }
        if grant.team?.blocked == true {
            throw GatewayError.unauthorized("This key's team is blocked.")
        }
        return .virtualKey(grant)
    }
}
