import Foundation

/// A partial change to a key. `nil` leaves a field as it is; for nullable fields `.some(nil)` clears it.
///
/// Updates name only what changes, so a management write never overwrites spend that
/// the data plane added in the meantime.
public struct KeyPatch: Sendable, Equatable {
    public var keyAlias: String??
    public var userId: String??
    public var teamId: String??
    public var limits = LimitsPatch()
    public var blocked: Bool?
    public var expires: Date??
    public var aliases: [String: String]?

    public init() {}
}

/// A partial change to a user; same conventions as `KeyPatch`.
public struct UserPatch: Sendable, Equatable {
    public var userEmail: String??
    public var userAlias: String??
    public var userRole: UserRole?
    public var limits = LimitsPatch()

    public init() {}
}

/// A partial change to a team; same conventions as `KeyPatch`.
public struct TeamPatch: Sendable, Equatable {
    public var teamAlias: String??
    public var blocked: Bool?
    public var limits = LimitsPatch()

    public init() {}
}
