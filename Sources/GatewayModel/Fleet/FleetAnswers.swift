import Foundation

/// One instance as the admin describes it: its report, its status and how far it lags the current revision, and,
/// when probed, whether the admin reached it and how long that took.
public struct FleetInstance<Report: Sendable>: Sendable {
    public var report: Report
    public var status: InstanceStatus
    public var revisionLag: Int64
    public var reachable: Bool?
    public var roundTripMilliseconds: Double?
    public var probeError: String?

    public init(report: Report, status: InstanceStatus, revisionLag: Int64) {
        self.report = report
        self.status = status
        self.revisionLag = revisionLag
    }

    enum CodingKeys: String, CodingKey {
        case status, reachable
        case revisionLag = "revision_lag"
        case roundTripMilliseconds = "round_trip_ms"
        case probeError = "probe_error"
    }
}

extension FleetInstance: Encodable where Report: Encodable {
    /// The report's fields and the admin's side by side in one object.
    public func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(revisionLag, forKey: .revisionLag)
        try container.encodeIfPresent(reachable, forKey: .reachable)
        try container.encodeIfPresent(roundTripMilliseconds, forKey: .roundTripMilliseconds)
        try container.encodeIfPresent(probeError, forKey: .probeError)
    }
}

extension FleetInstance: Decodable where Report: Decodable {
    public init(from decoder: any Decoder) throws {
        report = try Report(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(InstanceStatus.self, forKey: .status)
        revisionLag = try container.decode(Int64.self, forKey: .revisionLag)
        reachable = try container.decodeIfPresent(Bool.self, forKey: .reachable)
        roundTripMilliseconds = try container.decodeIfPresent(Double.self, forKey: .roundTripMilliseconds)
        probeError = try container.decodeIfPresent(String.self, forKey: .probeError)
    }
}

/// `GET /fleet/instances` and `GET /fleet/status`: the current control-plane revision, whether every live instance
/// has applied it, and the instances (`/fleet/status` lists the live ones only). The server answers
/// `FleetInstance<InstanceReport>`s; a client reads whatever part of them it needs.
public struct FleetAnswer<Instance: Sendable>: Sendable {
    public var revision: Int64
    public var converged: Bool
    public var instances: [Instance]

    public init(revision: Int64, converged: Bool, instances: [Instance]) {
        self.revision = revision
        self.converged = converged
        self.instances = instances
    }
}

extension FleetAnswer: Encodable where Instance: Encodable {}
extension FleetAnswer: Decodable where Instance: Decodable {}

/// The part of an instance report a client needs to show and wait on the fleet; fields it does not name are kept by
/// `-o json` all the same.
public struct InstanceSummary: Codable, Sendable, Equatable {
    public var instanceId: String
    public var name: String
    public var region: String?
    public var role: String?
    public var version: String?
    public var publicURL: String?
    public var lastSeen: Date?
    public var appliedRevision: Int64

    enum CodingKeys: String, CodingKey {
        case name, region, role, version
        case instanceId = "instance_id"
        case publicURL = "public_url"
        case lastSeen = "last_seen"
        case appliedRevision = "applied_revision"
    }
}
