import Foundation
import HTTPTypes
import Hummingbird

/// Finds the API key a request presents, in LiteLLM's order of headers, on every route as LiteLLM reads them.
///
/// `x-litellm-api-key` comes first so a client may send its provider's key in `Authorization` and the proxy's key
/// beside it; then `Authorization: Bearer`, `api-key` (Azure SDKs), `x-api-key` (Anthropic SDKs), `x-goog-api-key`
/// (Google SDKs) and `Ocp-Apim-Subscription-Key` (Azure API Management). Pass-through routes drop every one of
/// them before forwarding.
enum Credential {
    static let liteLLMKey = HTTPField.Name("x-litellm-api-key")!
    static let headers: [HTTPField.Name] = [
        liteLLMKey, .authorization, HTTPField.Name("api-key")!, HTTPField.Name("x-api-key")!, HTTPField.Name("x-goog-api-key")!,
        HTTPField.Name("ocp-apim-subscription-key")!,
    ]

    static func presented(in request: Request) -> String? {
        for name in headers {
            guard let value = request.headers[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { continue }
            if name == .authorization {
                let parts = value.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
                guard parts.count == 2, parts[0].lowercased() == "bearer" else { continue }
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
            if name == liteLLMKey, value.lowercased().hasPrefix("bearer ") {
                return value.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
            }
            return value
        }
        return nil
    }
}
