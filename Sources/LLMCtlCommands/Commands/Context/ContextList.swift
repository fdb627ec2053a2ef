import ArgumentParser
import GatewayModel

/// `llmctl context list`.
public struct ContextList: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "list", abstract: "List contexts; * marks the current one.")

    @OptionGroup var global: GlobalOptions

    public init() {}

    static let columns = ["current", "name", "url", "region", "status", "version", "latency", "tested"]

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let store = try environment.contextStore()
        let contexts: [CLIContext]
        let current: String?
        do {
            contexts = try store.all()
            current = try store.currentName()
        } catch {
            throw CLIError(error)
        }
        let rows = contexts.map { context in
            OutputRow(
                name: context.name,
                cells: [
                    context.name == current ? "*" : "", context.name, context.displayURL, context.region ?? "",
                    context.lastTest?.status ?? "", context.lastTest?.version ?? "",
                    context.lastTest?.latencyMilliseconds.map { "\(Int($0.rounded()))ms" } ?? "",
                    context.lastTest.map { WireCoding.formatTimestamp($0.testedAt) } ?? "",
                ],
                object: ContextObject.json(context, current: context.name == current)
            )
        }
        environment.output(Renderer.render(rows, columns: Self.columns, format: global.output, headers: !global.noHeaders))
    }
}

/// A context as JSON and YAML show it: the credential masked, the last test as recorded.
enum ContextObject {
    static func json(_ context: CLIContext, current: Bool) -> JSONValue {
        var fields: [String: JSONValue] = [
            "name": .string(context.name),
            "url": .string(context.displayURL),
            "current": .bool(current),
            "credential": .string(context.maskedCredential),
            "region": context.region.map(JSONValue.string) ?? .null,
            "note": context.note.map(JSONValue.string) ?? .null,
        ]
        if let test = context.lastTest {
            fields["last_test"] = .object([
                "status": .string(test.status),
                "version": test.version.map(JSONValue.string) ?? .null,
                "role": test.role.map(JSONValue.string) ?? .null,
                "db": test.database.map(JSONValue.string) ?? .null,
                "auth": test.auth.map(JSONValue.string) ?? .null,
                "latency_ms": test.latencyMilliseconds.map(JSONValue.double) ?? .null,
                "tested_at": .string(WireCoding.formatTimestamp(test.testedAt)),
            ])
        } else {
            fields["last_test"] = .null
        }
        return .object(fields)
    }
}
