import Foundation
import GatewayModel
import GatewayStore
import HTTPTypes
import Hummingbird

/// The `/global/spend/*` reports, in LiteLLM's shapes: spend summed from the spend-log rows by day, team, key and
/// model. Every report is one grouped query with a bounded number of groups (`page`, `page_size` or `limit`); the
/// number of groups in all is in `x-total-count`.
struct GlobalSpendController {
    typealias Context = GatewayRequestContext

    let store: any GatewayStore

    func addRoutes(to group: RouterGroup<Context>) {
        group.get("report", use: report)
        group.get("keys", use: keys)
        group.get("teams", use: teams)
        group.get("models", use: models)
    }

    /// `group_by=team` (the default), `model` or `api_key`, for `start_date`…`end_date` (both required, inclusive).
    static let reportParameters: Set<String> = [
        "start_date", "end_date", "group_by", "api_key", "team_id", "internal_user_id", "user_id", "page", "page_size",
    ]
    static let rankingParameters: Set<String> = ["start_date", "end_date", "api_key", "team_id", "internal_user_id", "user_id", "page", "limit"]

    @Sendable func report(_ request: Request, context: Context) async throws -> Response {
        let query = try QueryParameters(request, accepting: Self.reportParameters)
        guard query.string("start_date") != nil, query.string("end_date") != nil else {
            throw GatewayError(.badRequest, "Please provide start_date and end_date (YYYY-MM-DD).", param: "start_date")
        }
        let groupBy = query.string("group_by") ?? "team"
        let dimensions: [SpendReportQuery.Dimension]
        switch groupBy {
        case "team": dimensions = [.day, .team, .model, .apiKey]
        case "model": dimensions = [.day, .model, .apiKey]
        case "api_key": dimensions = [.apiKey, .model]
        default: throw GatewayError(.badRequest, "group_by must be team, model or api_key, got '\(groupBy)'.", param: "group_by")
        }
        let page = try await store.spendReport(try reportQuery(query, dimensions, defaultSize: 1000))
        let body: JSONValue =
            switch groupBy {
            case "team": .array(Self.byDay(page.items, groupKey: "teams", group: .team, detail: [.model, .apiKey]))
            case "model": .array(Self.byDay(page.items, groupKey: "models", group: .model, detail: [.apiKey]))
            default: .array(Self.byKey(page.items))
            }
        return try JSONResponse.make(body, headers: Self.total(page.total))
    }

    /// The keys that spent most in the range: `[{api_key, key_alias, key_name, total_spend}]`.
    @Sendable func keys(_ request: Request, context: Context) async throws -> Response {
        let query = try QueryParameters(request, accepting: Self.rankingParameters)
        let page = try await store.spendReport(try reportQuery(query, [.apiKey], defaultSize: 10, sizeName: "limit"))
        let rows = page.items.map { row -> JSONValue in
            .object([
                "api_key": Self.string(row.values[.apiKey]), "key_alias": Self.string(row.keyAlias), "key_name": Self.string(row.keyName),
                "total_spend": .double(row.spend),
            ])
        }
        return try JSONResponse.make(JSONValue.array(rows), headers: Self.total(page.total))
    }

    /// The models that spent most in the range: `[{model, total_spend}]`.
    @Sendable func models(_ request: Request, context: Context) async throws -> Response {
        let query = try QueryParameters(request, accepting: Self.rankingParameters)
        let page = try await store.spendReport(try reportQuery(query, [.model], defaultSize: 10, sizeName: "limit"))
        let rows = page.items.map { row -> JSONValue in
            .object(["model": Self.string(row.values[.model]), "total_spend": .double(row.spend)])
        }
        return try JSONResponse.make(JSONValue.array(rows), headers: Self.total(page.total))
    }

    /// Spend per team per day: `{daily_spend: [{date, TEAM: spend…}], teams: [TEAM…], total_spend_per_team}`.
    @Sendable func teams(_ request: Request, context: Context) async throws -> Response {
        let query = try QueryParameters(request, accepting: Self.reportParameters)
        let page = try await store.spendReport(try reportQuery(query, [.day, .team], defaultSize: 1000))
        var days: [(String, [String: JSONValue])] = []
        var totals: [(id: JSONValue, name: String, spend: Double)] = []
        for row in page.items {
            let name = Self.teamName(row)
            let day = row.values[.day] ?? ""
            if days.last?.0 != day { days.append((day, ["date": .string(day)])) }
            days[days.count - 1].1[name] = .double(row.spend)
            if let index = totals.firstIndex(where: { $0.name == name }) {
                totals[index].spend += row.spend
            } else {
                totals.append((Self.string(row.values[.team]), name, row.spend))
            }
        }
        totals.sort { $0.spend > $1.spend }
        let body: JSONValue = .object([
            "daily_spend": .array(days.map { .object($0.1) }),
            "teams": .array(totals.map { .string($0.name) }),
            "total_spend_per_team": .array(
                totals.map { .object(["team_id": $0.id, "team_name": .string($0.name), "total_spend": .double($0.spend)]) }
            ),
        ])
        return try JSONResponse.make(body, headers: Self.total(page.total))
    }

    private func reportQuery(
        _ query: QueryParameters,
        _ dimensions: [SpendReportQuery.Dimension],
        defaultSize: Int,
        sizeName: String = "page_size"
    ) throws -> SpendReportQuery {
        let size = try query.int(sizeName, default: defaultSize, range: 1...10_000)
        let page = try query.int("page", default: 1, range: 1...1_000_000)
        return SpendReportQuery(
            groupBy: dimensions,
            startTime: try query.date("start_date"),
            endTime: try Self.inclusiveEnd(query),
            apiKey: query.string("api_key").map(KeyReference.digest(of:)),
            teamId: query.string("team_id"),
            userId: query.string("internal_user_id") ?? query.string("user_id"),
            page: PageRequest(page: page, size: size)
        )
    }

    /// `end_date` as an exclusive bound: a plain day covers that whole day.
    private static func inclusiveEnd(_ query: QueryParameters) throws -> Date? {
        guard let end = try query.date("end_date") else { return nil }
        return query.string("end_date")?.count == 10 ? end.addingTimeInterval(86_400) : end
    }

    /// `[{group_by_day, GROUPS: [{NAME, total_spend, metadata: [{…detail, spend, total_tokens}]}]}]`.
    private static func byDay(
        _ rows: [SpendReportRow],
        groupKey: String,
        group: SpendReportQuery.Dimension,
        detail: [SpendReportQuery.Dimension]
    ) -> [JSONValue] {
        var days: [(day: String, groups: [(name: String, id: JSONValue, spend: Double, metadata: [JSONValue])])] = []
        for row in rows {
            let day = row.values[.day] ?? ""
            if days.last?.day != day { days.append((day, [])) }
            let name = group == .team ? teamName(row) : row.values[group] ?? ""
            var entry: [String: JSONValue] = ["spend": .double(row.spend), "total_tokens": .int(row.promptTokens + row.completionTokens)]
            for dimension in detail { entry[dimension.rawValue] = string(row.values[dimension]) }
            var groups = days[days.count - 1].groups
            if let index = groups.firstIndex(where: { $0.name == name }) {
                groups[index].spend += row.spend
                groups[index].metadata.append(.object(entry))
            } else {
                groups.append((name, string(row.values[group]), row.spend, [.object(entry)]))
            }
            days[days.count - 1].groups = groups
        }
        let nameKey = group == .team ? "team_name" : "model"
        return days.map { day in
            .object([
                "group_by_day": .string(day.day),
                groupKey: .array(
                    day.groups.sorted { $0.spend > $1.spend }.map { group in
                        var fields: [String: JSONValue] = [
                            nameKey: .string(group.name), "total_spend": .double(group.spend), "metadata": .array(group.metadata),
                        ]
                        if nameKey == "team_name" { fields["team_id"] = group.id }
                        return .object(fields)
                    }
                ),
            ])
        }
    }

    /// `[{api_key, key_alias, total_cost, total_input_tokens, total_output_tokens, model_details: […]}]`, costliest first.
    private static func byKey(_ rows: [SpendReportRow]) -> [JSONValue] {
        var keys: [(key: String?, alias: String?, cost: Double, input: Int, output: Int, models: [JSONValue])] = []
        for row in rows {
            let key = row.values[.apiKey]
            let model: JSONValue = .object([
                "model": string(row.values[.model]), "total_cost": .double(row.spend), "total_input_tokens": .int(row.promptTokens),
                "total_output_tokens": .int(row.completionTokens),
            ])
            if let index = keys.firstIndex(where: { $0.key == key }) {
                keys[index].cost += row.spend
                keys[index].input += row.promptTokens
                keys[index].output += row.completionTokens
                keys[index].models.append(model)
            } else {
                keys.append((key, row.keyAlias, row.spend, row.promptTokens, row.completionTokens, [model]))
            }
        }
        return keys.sorted { $0.cost > $1.cost }.map { entry in
            .object([
                "api_key": string(entry.key), "key_alias": string(entry.alias), "total_cost": .double(entry.cost),
                "total_input_tokens": .int(entry.input), "total_output_tokens": .int(entry.output), "model_details": .array(entry.models),
            ])
        }
    }

    private static func teamName(_ row: SpendReportRow) -> String {
        row.teamAlias ?? row.values[.team] ?? "Unassigned Team"
    }

    private static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    private static func total(_ count: Int) -> HTTPFields {
        [HTTPField.Name("x-total-count")!: String(count)]
    }
}
