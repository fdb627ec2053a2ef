import Foundation
import GatewayModel
import HTTPTypes
import Hummingbird
import NIOCore

/// Serves the admin UI at `/ui`: its static files, and `/ui/config.json` with what the page needs to know about the
/// instance serving it (version, role, the API base URL to show in sample code). Only mounted when the `ui` plane is on,
/// so on a worker every `/ui` path is a 404 like any route of a disabled plane.
struct UIController {
    typealias Context = GatewayRequestContext

    let assets: UIAssets
    let planes: EnabledPlanes
    let apiBaseURL: String?

    func addRoutes(to router: Router<Context>) {
        router.get("ui") { _, _ in try serve("index.html") }
        router.get("ui/config.json") { _, _ in
            var fields: [String: JSONValue] = [
                "version": .string(GatewayVersion.current),
                "role": .string(planes.role.rawValue),
                "planes": .array(planes.planes.sorted().map { .string($0.rawValue) }),
            ]
            fields["api_base_url"] = apiBaseURL.map(JSONValue.string) ?? .null
            return try JSONResponse.make(JSONValue.object(fields), headers: [.cacheControl: "no-store"])
        }
        router.get("ui/**") { request, _ in
            try serve(String(request.uri.path.dropFirst("/ui/".count)))
        }
    }

    private func serve(_ path: String) throws -> Response {
        guard assets.directory != nil else {
            throw GatewayError(
                .serviceUnavailable,
                "The admin UI's files were not found (looked in \(assets.searched.joined(separator: ", "))); set LLMPROXY_UI_DIR."
            )
        }
        guard let file = assets.file(path.isEmpty ? "index.html" : path) else {
            throw GatewayError(.notFound, "No such page or file in the admin UI: /ui/\(path).")
        }
        return Response(
            status: .ok,
            headers: [.contentType: file.contentType, .cacheControl: "no-cache", HTTPField.Name("x-content-type-options")!: "nosniff"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.data))
        )
    }
}
