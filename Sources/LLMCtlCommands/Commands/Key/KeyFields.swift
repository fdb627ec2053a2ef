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

    /// The limits these options set.
    var limits: LimitsUpdate {
        var limits = LimitsUpdate()
        limits.models = models.map(CommaList.items)
        limits.maxBudget = maxBudget.map { .some($0) }
        limits.budgetDuration = budgetDuration.flatMap(DurationSpec.init).map { .some($0) }
        limits.rpmLimit = rpm.map { .some($0) }
        limits.tpmLimit = tpm.map { .some($0) }
        limits.maxParallelRequests = maxParallel.map { .some($0) }
        return limits
    }

    /// The lifetime `--duration` gives.
    var lifetime: DurationSpec? { duration.flatMap(DurationSpec.init) }
}

/// A comma-separated command-line list (`--models a,b`) as the list the API takes.
enum CommaList {
    static func items(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
