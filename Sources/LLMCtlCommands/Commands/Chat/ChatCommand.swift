import ArgumentParser
import GatewayModel

/// `llmctl chat`: one chat request to the current context, the quickest proof that a worker answers.
public struct ChatCommand: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "chat", abstract: "Send one chat message and print the answer.")

    @Option(help: "The model (default: demo).", completion: .custom(ModelNames.complete)) var model = "demo"
    @Option(help: "A system message.") var system: String?
    @Argument(help: "The message.") var prompt: String
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var messages: [JSONValue] = []
        if let system { messages.append(.object(["role": .string("system"), "content": .string(system)])) }
        messages.append(.object(["role": .string("user"), "content": .string(prompt)]))
        let body: JSONValue = .object(["model": .string(model), "messages": .array(messages)])
        let answer = try Connection.resolve(global, in: environment).perform("POST", "/v1/chat/completions", json: body)
        switch global.output {
        case .json: environment.output(Renderer.json(answer) + "\n")
        case .yaml: environment.output(Renderer.yaml(answer, indent: 0))
        case .table, .name: environment.say(answer["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue ?? "")
        }
    }
}
