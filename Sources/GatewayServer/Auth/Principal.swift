import GatewayModel

/// Who is calling, as authentication established it.
public enum Principal: Sendable, Equatable {
    /// The operator holding the master key: may do anything.
    case masterKey
    /// A virtual key, with the user who owns it when it has one.
    case virtualKey(KeyRecord, owner: UserRecord?)

    /// Whether the caller may use the management API.
    public var isProxyAdmin: Bool {
        switch self {
        case .masterKey: true
        case .virtualKey(_, let owner): owner?.userRole == .proxyAdmin
        }
    }

    /// The calling key's record, nil for the master key.
    public var key: KeyRecord? {
        if case .virtualKey(let key, _) = self { return key }
        return nil
    }

    /// What `created_by` records: the owning user's id, else the key's display form, else `master_key`.
    public var actor: String {
        switch self {
        case .masterKey: "master_key"
        case .virtualKey(let key, let owner): owner?.userId ?? key.keyName
        }
    }
}
