import Foundation
import GatewayModel
import Synchronization

/// Model names for completion: what the selected context's key may call (`GET /v1/models`), asked with a short
/// timeout and remembered for half a minute so repeated Tabs at the prompt cost one request.
public enum ModelNames {
    private static let remembered = Mutex<[String: (names: [String], fetched: Date)]>([:])

    @Sendable public static func complete(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        var options = ["--timeout", "2"]
        if let flag = words.firstIndex(of: "--context"), flag + 1 < words.count {
            options += ["--context", words[flag + 1]]
        }
        guard let global = try? GlobalOptions.parse(options) else { return [] }
        let environment = CommandEnvironment(variables: ProcessInfo.processInfo.environment, output: { _ in }, errors: { _ in })
        guard let connection = try? Connection.resolve(global, in: environment) else { return [] }
        return names(for: connection).filter { $0.hasPrefix(prefix) }
    }

    private static func names(for connection: Connection) -> [String] {
        let cacheKey = "\(connection.name) \(connection.client.baseURL)"
        if let entry = remembered.withLock({ $0[cacheKey] }), Date().timeIntervalSince(entry.fetched) < 30 {
            return entry.names
        }
        guard let answer = try? connection.perform("GET", "/v1/models", reading: DataList<ModelObject>.self) else { return [] }
        let names = answer.value.data.map(\.id).sorted()
        remembered.withLock { $0[cacheKey] = (names, Date()) }
        return names
    }
}
