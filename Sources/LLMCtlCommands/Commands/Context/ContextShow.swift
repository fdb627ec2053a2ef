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
        switch global.output {
        case .table:
            let rows: [[String]] = [
                ["name", context.name], ["url", context.displayURL], ["credential", context.maskedCredential], ["region", context.region ?? ""],
                ["note", context.note ?? ""], ["current", current == name ? "yes" : "no"],
                ["last test", context.lastTest.map { "\($0.status) at \(WireCoding.formatTimestamp($0.testedAt))" } ?? "never"],
            ]
            environment.output(Renderer.table(rows, columns: nil))
        case .json:
            environment.output(Renderer.json(object) + "\n")
        case .yaml:
            environment.output(Renderer.yaml(object, indent: 0))
        case .name:
            environment.say(context.name)
        }
    }
}
