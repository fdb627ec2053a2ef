import Foundation

/// A named connection to one proxy: where it is, how to authenticate, and how it answered when last tested.
public struct CLIContext: Sendable, Equatable, Codable {
    public var name: String
    public var url: String
    /// A stored key; nil when the key is read from `apiKeyEnvironment` instead.
    public var apiKey: String?
    /// The name of an environment variable holding the key.
    public var apiKeyEnvironment: String?
    public var region: String?
    public var note: String?
    public var lastTest: ContextTestResult?

    public init(
        name: String,
        url: String,
        apiKey: String? = nil,
        apiKeyEnvironment: String? = nil,
        region: String? = nil,
        note: String? = nil,
        lastTest: ContextTestResult? = nil
    ) {
        self.name = name
        self.url = url
        self.apiKey = apiKey
        self.apiKeyEnvironment = apiKeyEnvironment
        self.region = region
        self.note = note
        self.lastTest = lastTest
    }

    /// The credential to send: the stored key, else the named environment variable's value.
    public func credential(environment: [String: String]) -> String? {
        if let apiKey { return apiKey }
        return apiKeyEnvironment.flatMap { environment[$0] }
    }

    /// The URL as listings show it: credentials a store written by an older llmctl may hold are replaced by `***`.
    public var displayURL: String {
        guard var components = URLComponents(string: url), components.user != nil || components.password != nil else { return url }
        components.user = "***"
        components.password = nil
        return components.string ?? "***"
    }

    /// The credential as listings show it: `sk-...abcd`, or `$VAR`.
    public var maskedCredential: String {
        if let apiKey { return apiKey.count > 8 ? "\(apiKey.prefix(3))...\(apiKey.suffix(4))" : "***" }
        if let apiKeyEnvironment { return "$\(apiKeyEnvironment)" }
        return "(none)"
    }
}

/// What `context test` learned about a context.
public struct ContextTestResult: Sendable, Equatable, Codable {
    public var status: String
    public var version: String?
    public var role: String?
    public var database: String?
    public var auth: String?
    public var latencyMilliseconds: Double?
    public var testedAt: Date
    /// Why the test failed, one line with secrets masked; nil when it passed.
    public var error: String?

    /// Healthy, and the credential accepted.
    public var passed: Bool { status == "healthy" && auth == "ok" }

    public init(
        status: String,
        version: String? = nil,
        role: String? = nil,
        database: String? = nil,
        auth: String? = nil,
        latencyMilliseconds: Double? = nil,
        testedAt: Date
    ) {
        self.status = status
        self.version = version
        self.role = role
        self.database = database
        self.auth = auth
        self.latencyMilliseconds = latencyMilliseconds
        self.testedAt = testedAt
    }
}
