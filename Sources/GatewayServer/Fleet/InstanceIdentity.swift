import Foundation
import GatewayModel

/// Who this process is in the fleet: a fresh id for every start, and the name, region, planes and public URL the
/// operator gave it. The heartbeat carries it with the instance's live state.
struct InstanceIdentity: Sendable {
    let instanceId: String
    let name: String
    let region: String?
    let role: ServerRole
    let planes: [String]
    let publicURL: String?
    let startedAt: Date
    let heartbeatInterval: Duration

    init(config: ServerConfig, startedAt: Date = Date()) {
        instanceId = UUID().uuidString.lowercased()
        name = config.instanceName ?? ServerConfig.defaultInstanceName(port: config.port)
        region = config.region
        role = config.planes.role
        planes = config.planes.names
        publicURL = config.publicURL
        self.startedAt = startedAt
        heartbeatInterval = config.heartbeatInterval
    }

}
