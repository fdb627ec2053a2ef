import ArgumentParser
import Foundation

/// Checks a proxy URL before it is stored or used: http or https, a host, and no credentials in it.
///
/// A URL like `http://admin:PW@host` would print its password back in every listing, error and trace, so it is
/// refused with a pointer to the options that keep a key out of sight.
enum ContextURL {
    static func check(_ url: String, option: String) throws(ValidationError) {
        let components = URLComponents(string: url)
        guard components?.user == nil && components?.password == nil && !url.contains("@") else {
            throw ValidationError("\(option) must not carry credentials (user:password@); give the key with --api-key or --api-key-env.")
        }
        guard let components, ["http", "https"].contains(components.scheme?.lowercased() ?? ""), let host = components.host, !host.isEmpty
        else {
            throw ValidationError("\(option) must be an http:// or https:// URL, got '\(url)'.")
        }
    }
}

/// Checks a context name: not empty, no surrounding spaces.
enum ContextName {
    static func check(_ name: String) throws(ValidationError) {
        guard !name.isEmpty, name.trimmingCharacters(in: .whitespaces) == name else {
            throw ValidationError("A context name must not be empty or start or end with a space.")
        }
    }
}
