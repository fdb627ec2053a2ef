import Foundation

/// A throwaway self-signed certificate for 127.0.0.1, made with the openssl tool (scripts/bootstrap --test-tools
/// installs it), for tests of a TLS server llmctl does not trust until told to.
public enum SelfSignedCertificate {
    /// Writes `cert.pem` and `key.pem` into `directory` and answers their paths.
    public static func make(in directory: TemporaryDirectory) throws -> (certificate: String, key: String) {
        let (certificate, key) = (directory.path("cert.pem"), directory.path("key.pem"))
        let result = try Launcher.execute(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=llmctl test",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", certificate,
            ],
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        )
        guard result.status == 0 else { throw LaunchError("openssl could not make a certificate: \(result.stderr)") }
        return (certificate, key)
    }
}
