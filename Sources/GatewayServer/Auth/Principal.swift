import GatewayModel

/// Who is calling, as authentication established it.
public enum Principal: Sendable, Equatable {
    /// The operator holding the master key: may do anything.
    case masterKey
    /// A virtual key, with the user who owns it and the team it belongs to, when it has them.
    case virtualKey(KeyGrant)

    /// Whether the caller may use the management API.
    public var isProxyAdmin: Bool {
        switch self {
        case .masterKey: true
        case .virtualKey(let grant): grant.owner?.userRole == .proxyAdmin
        }
    }

    /// The calling key's record, nil for the master key.
    public var key: KeyRecord? {
        if case .virtualKey(let grant) = self { return grant.key }
        return nil
    }

    /// The user the calling key belongs to, nil for the master key and for keys without one.
    public var ownerId: String? {
        if case .virtualKey(let grant) = self { return grant.owner?.userId ?? grant.key.userId }
        return nil
    }

    /// What `created_by` records: the owning user's id, else the key's display form, else `master_key`.
    public var actor: String {
        switch self {
        case .masterKey: "master_key"
        case .virtualKey(let grant): grant.owner?.userId ?? grant.key.keyName
        }
    }
}
