import Foundation

/// Finds the admin UI's files: `LLMPROXY_UI_DIR` when set, else the `ui` folder of the package resources that
/// SwiftPM puts beside the executable (`llmproxy_GatewayServer.resources`). Looked up by hand rather than through
/// `Bundle.module`, whose accessor stops the process when a copied binary lacks its resources; here the UI answers
/// 503 saying where it looked, and everything else keeps working.
struct UIAssets: Sendable {
    let directory: URL?
    let searched: [String]

    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> UIAssets {
        var candidates: [URL] = []
        if let configured = environment["LLMPROXY_UI_DIR"], !configured.isEmpty {
            candidates.append(URL(fileURLWithPath: configured))
        }
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("llmproxy_GatewayServer.resources").appendingPathComponent("ui"))
        }
        let found = candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("index.html").path) }
        return UIAssets(directory: found, searched: candidates.map(\.path))
    }

    /// The file at `relativePath` under the UI folder; nil when there is none or the path leaves the folder.
    func file(_ relativePath: String) -> (data: Data, contentType: String)? {
        guard let directory else { return nil }
        let parts = relativePath.split(separator: "/")
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return nil }
        let url = parts.reduce(directory) { $0.appendingPathComponent(String($1)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let data = FileManager.default.contents(atPath: url.path)
        else { return nil }
        return (data, Self.contentType(of: url.pathExtension))
    }

    static func contentType(of fileExtension: String) -> String {
        switch fileExtension {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }
}
