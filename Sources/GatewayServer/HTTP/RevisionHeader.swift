import GatewayStore
import HTTPTypes
import Hummingbird

/// Stamps every management response with the control-plane revision in `x-llmproxy-revision`: the revision a write
/// produced (read inside its transaction), or the current one for a request that wrote nothing. A client waits on
/// that number to know its change has reached the fleet (`llmctl … --wait`).
struct RevisionHeader: RouterMiddleware {
    typealias Context = GatewayRequestContext

    static let name = HTTPField.Name("x-llmproxy-revision")!

    let store: any FleetStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let receipt = RevisionReceipt()
        var response = try await RevisionReceipt.$current.withValue(receipt) {
            try await next(request, context)
        }
        if let revision = await revision(from: receipt) {
            response.headers[Self.name] = String(revision)
        }
        return response
    }

    private func revision(from receipt: RevisionReceipt) async -> Int64? {
        if let written = receipt.revision { return written }
        return try? await store.currentRevision()
    }
}
