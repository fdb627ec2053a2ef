import ArgumentParser
import GatewayModel

/// `llmctl context show`.
public struct ContextShow: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one context, its credential masked.")

    @Argument(help: "The context to show.", completion: .custom(ContextNames.complete)) var name: String
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let store = try environment.contextStore()
        let context: CLIContext
        let current: String?
        do {
            context = try store.require(name)
            current = try store.currentName()
        } catch {
            throw CLIError(error)
        }
        let object = ContextObject.json(context, current: current == name)
        let properties: [(name: String, value: String)] = [
            ("name", context.name), ("url", context.displayURL), ("credential", context.maskedCredential), ("region", context.region ?? ""),
            ("note", context.note ?? ""), ("current", current == name ? "yes" : "no"),
            ("last test", context.lastTest.map { "\($0.status) at \(WireCoding.formatTimestamp($0.testedAt))" } ?? "never"),
        ]
        environment.output(Renderer.render(properties: properties, name: context.name, object: object, format: global.output))
    }
}
