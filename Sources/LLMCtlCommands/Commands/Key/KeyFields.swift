import ArgumentParser
import Foundation
import GatewayModel

/// The key settings `key generate` and `key update` share, as request fields.
struct KeyFields: ParsableArguments {
    @Option(help: "Lifetime from now, like 30d, 12h, 15m.") var duration: String?
    @Option(help: "A unique alias.") var alias: String?
    @Option(help: "Models the key may call, comma-separated.") var models: String?
    @Option(help: "Budget in USD.", transform: NumberArgument.money) var maxBudget: Double?
    @Option(help: "Budget period, like 30d.") var budgetDuration: String?
    @Option(help: "Requests per minute.") var rpm: Int?
    @Option(help: "Tokens per minute.") var tpm: Int?
    @Option(help: "Requests in flight at once.") var maxParallel: Int?

    func validate() throws {
        for (flag, value) in [("--duration", duration), ("--budget-duration", budgetDuration)] {
            if let value, DurationSpec(value) == nil {
                throw ValidationError("\(flag) must look like 30d, 12h, 15m or 45s, got '\(value)'.")
            }
        }
    }

    var json: [String: JSONValue] {
        var body: [String: JSONValue] = [:]
        body["duration"] = duration.map(JSONValue.string)
        body["key_alias"] = alias.map(JSONValue.string)
        body["models"] = models.map(CommaList.json)
        body["max_budget"] = maxBudget.map(JSONValue.double)
        body["budget_duration"] = budgetDuration.map(JSONValue.string)
        body["rpm_limit"] = rpm.map(JSONValue.int)
        body["tpm_limit"] = tpm.map(JSONValue.int)
        body["max_parallel_requests"] = maxParallel.map(JSONValue.int)
        return body
    }
}

/// A comma-separated command-line list (`--models a,b`) as the JSON array the API takes.
enum CommaList {
    static func json(_ text: String) -> JSONValue {
        .array(text.split(separator: ",").map { .string($0.trimmingCharacters(in: .whitespaces)) })
    }
}
