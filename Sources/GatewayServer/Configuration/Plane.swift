/// A family of routes that an instance serves or not, depending on its role.
///
/// Every route belongs to exactly one plane; `PlaneGate` answers 404 for a route whose plane is off.
public enum Plane: String, Sendable, CaseIterable, Comparable {
    case admin
    case llm
    case ui
    case health

    public static func < (lhs: Plane, rhs: Plane) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `/v1/model/info` is LiteLLM's management route under the OpenAI prefix (its CLI calls it), so it is admin's.
    private static let adminPrefixes = [
        "/key", "/user", "/team", "/model", "/model_group", "/spend", "/config", "/global", "/v2", "/v1/model",
    ]
    private static let llmPrefixes = [
        "/v1", "/chat", "/completions", "/embeddings", "/models", "/engines", "/openai", "/anthropic", "/vertex_ai", "/bedrock",
    ]

    /// The plane a path belongs to, by its first segment; nil for paths of no plane (they answer 404 everywhere).
    public static func of(path: String) -> Plane? {
        func matches(_ prefix: String) -> Bool {
            path == prefix || path.hasPrefix(prefix + "/")
        }
        if matches("/health") || path == "/metrics" { return .health }
        if matches("/ui") { return .ui }
        if adminPrefixes.contains(where: matches) { return .admin }
        if llmPrefixes.contains(where: matches) { return .llm }
        return nil
    }
}

/// What an instance is for: the control plane, the data plane, or both on one machine.
public enum ServerRole: String, Sendable, CaseIterable {
    case admin
    case worker
    case all

    /// The planes the role turns on before any `DISABLE_*` variable.
    public var planes: Set<Plane> {
        switch self {
        case .admin: [.admin, .ui, .health]
        case .worker: [.llm, .health]
        case .all: Set(Plane.allCases)
        }
    }
}

/// The planes an instance serves: its role's, less those switched off by environment variables.
public struct EnabledPlanes: Sendable, Equatable {
    public let role: ServerRole
    public let planes: Set<Plane>

    public init(role: ServerRole, planes: Set<Plane>) {
        self.role = role
        self.planes = planes.union([.health])
    }

    /// Applies `DISABLE_ADMIN_UI`, `DISABLE_ADMIN_ENDPOINTS` and `DISABLE_LLM_API_ENDPOINTS` (`true`/`1`/`yes`) on top of `role`.
    public init(role: ServerRole, environment: [String: String]) {
        var planes = role.planes
        let switches: [(String, Plane)] = [
            ("DISABLE_ADMIN_UI", .ui), ("DISABLE_ADMIN_ENDPOINTS", .admin), ("DISABLE_LLM_API_ENDPOINTS", .llm),
        ]
        for (variable, plane) in switches where Self.isTrue(environment[variable]) {
            planes.remove(plane)
        }
        self.init(role: role, planes: planes)
    }

    public func contains(_ plane: Plane) -> Bool { planes.contains(plane) }

    /// The enabled planes by name, sorted, as readiness reports them.
    public var names: [String] { planes.sorted().map(\.rawValue) }

    static func isTrue(_ value: String?) -> Bool {
        guard let value else { return false }
        return ["true", "1", "yes", "on"].contains(value.lowercased())
    }
}
