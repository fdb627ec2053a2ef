import GatewayModel
import GatewayStore
import HTTPTypes
import Hummingbird

/// `GET /spend/logs`: the per-request spend rows, filtered and paginated.
struct SpendController {
    typealias Context = GatewayRequestContext

    let store: any GatewayStore

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("logs", use: logs)
    }

    @Sendable func logs(_ request: Request, context: Context) async throws -> Response {
        let query = try QueryParameters(
            request,
            accepting: ["api_key", "user_id", "team_id", "request_id", "start_date", "end_date", "page", "page_size"]
        )
        let page = try query.int("page", default: 1, range: 1...1_000_000)
        let size = try query.int("page_size", default: 50, range: 1...1000)
        let result = try await store.spendLogs(
            SpendLogQuery(
                apiKey: query.string("api_key").map(KeyReference.digest(of:)),
                userId: query.string("user_id"),
                teamId: query.string("team_id"),
                requestId: query.string("request_id"),
                startTime: try query.date("start_date"),
                endTime: try query.date("end_date"),
                page: PageRequest(page: page, size: size)
            )
        )
        let headers: HTTPFields = [HTTPField.Name("x-total-count")!: String(result.total)]
        return try JSONResponse.make(result.items, headers: headers)
    }
}
