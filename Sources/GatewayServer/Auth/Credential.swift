import Foundation
import HTTPTypes
import Hummingbird

/// Finds the API key a request presents: `Authorization: Bearer …`, else `x-api-key`, else `api-key`.
enum Credential {
    static let xAPIKey = HTTPField.Name("x-api-key")!
    static let apiKey = HTTPField.Name("api-key")!

    static func presented(in request: Request) -> String? {
        if let authorization = request.headers[.authorization] {
            let parts = authorization.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            if parts.count == 2, parts[0].lowercased() == "bearer" {
                let token = parts[1].trimmingCharacters(in: .whitespaces)
                return token.isEmpty ? nil : token
            }
        }
        for name in [xAPIKey, apiKey] {
            if let value = request.headers[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                return value
            }
        }
        return nil
    }
}
