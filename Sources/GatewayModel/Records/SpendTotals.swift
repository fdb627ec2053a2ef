import Foundation

/// Spend summed by key digest, user and team.
public struct SpendTotals: Sendable, Equatable {
    public var byKey: [String: Double] = [:]
    public var byUser: [String: Double] = [:]
    public var byTeam: [String: Double] = [:]

    public init() {}

    public init(_ entries: [SpendLogEntry]) {
        for entry in entries {
            add(entry.spend, key: entry.apiKey, user: entry.userId, team: entry.teamId)
        }
    }

    public mutating func add(_ amount: Double, key: String?, user: String?, team: String?) {
        if let key { byKey[key, default: 0] += amount }
        if let user { byUser[user, default: 0] += amount }
        if let team { byTeam[team, default: 0] += amount }
    }

    public var isEmpty: Bool { byKey.isEmpty && byUser.isEmpty && byTeam.isEmpty }
}
