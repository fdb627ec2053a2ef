import Crypto

/// A virtual key's secret and the two forms of it the system may keep.
///
/// The secret (`sk-` + 32 URL-safe characters) is shown once and never stored; the store keeps
/// only its SHA-256 hex digest (to look it up) and a display form (to show it in lists).
public struct VirtualKey: Sendable, Equatable {
    /// The prefix every key starts with, as OpenAI and LiteLLM keys do.
    public static let prefix = "sk-"
    /// How many random characters follow the prefix.
    public static let randomLength = 32

    private static let hexDigits = Array("0123456789abcdef".utf8)
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// The full secret, for the one answer that creates it.
    public let secret: String

    public init(secret: String) {
        self.secret = secret
    }

    /// Makes a new key from the system's cryptographically secure random source.
    ///
    /// The alphabet has 64 characters, so taking 6 bits of a random byte keeps every character equally likely.
    public static func generate() -> VirtualKey {
        var generator = SystemRandomNumberGenerator()
        var characters = [UInt8]()
        characters.reserveCapacity(randomLength)
        for _ in 0..<randomLength {
            let byte = UInt8.random(in: 0...255, using: &generator)
            characters.append(alphabet[Int(byte & 63)])
        }
        return VirtualKey(secret: prefix + String(decoding: characters, as: UTF8.self))
    }

    /// The SHA-256 hex digest the store keys on.
    public var digest: String { Self.digest(of: secret) }

    /// The form lists show: `sk-...abcd`.
    public var displayForm: String {
        "\(Self.prefix)...\(secret.suffix(4))"
    }

    /// The SHA-256 hex digest of any presented credential.
    public static func digest(of secret: String) -> String {
        let hash = SHA256.hash(data: Array(secret.utf8))
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in hash {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Whether a string looks like a SHA-256 hex digest rather than a raw key.
    public static func isDigest(_ value: String) -> Bool {
        value.utf8.count == 64 && value.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
