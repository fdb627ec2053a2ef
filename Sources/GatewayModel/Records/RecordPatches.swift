import Foundation

/// A partial change to a key. `nil` leaves a field as it is; for nullable fields `.some(nil)` clears it.
///
/// Updates name only what changes, so a management write never overwrites spend that
/// the data plane added in the meantime.
public struct KeyPatch: Sendable, Equatable {
    public var keyAlias: String??
    public var userId: String??
    public var teamId: String??
    public var models: [String]?
    public var spend: Double?
    public var maxBudget: Double??
    public var budgetDuration: String??
    public var budgetResetAt: Date??
    public var tpmLimit: Int??
    public var rpmLimit: Int??
    public var maxParallelRequests: Int??
    public var metadata: [String: JSONValue]?
    public var blocked: Bool?
    public var expires: Date??

    public init() {}

    /// True when the patch changes nothing.
    public var isEmpty: Bool { self == KeyPatch() }
}

/// A partial change to a user; same conventions as `KeyPatch`.
public struct UserPatch: Sendable, Equatable {
    public var userEmail: String??
    public var userAlias: String??
    public var userRole: UserRole?
    public var models: [String]?
    public var spend: Double?
    public var maxBudget: Double??
    public var budgetDuration: String??
    public var budgetResetAt: Date??
    public var tpmLimit: Int??
    public var rpmLimit: Int??
    public var maxParallelRequests: Int??
    public var metadata: [String: JSONValue]?

    public init() {}

    public var isEmpty: Bool { self == UserPatch() }
}

/// A partial change to a team; same conventions as `KeyPatch`.
public struct TeamPatch: Sendable, Equatable {
    public var teamAlias: String??
    public var models: [String]?
    public var spend: Double?
    public var maxBudget: Double??
    public var budgetDuration: String??
    public var budgetResetAt: Date??
    public var tpmLimit: Int??
    public var rpmLimit: Int??
    public var maxParallelRequests: Int??
    public var blocked: Bool?
    public var metadata: [String: JSONValue]?

    public init() {}

    public var isEmpty: Bool { self == TeamPatch() }
}
