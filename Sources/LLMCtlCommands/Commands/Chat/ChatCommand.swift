import ArgumentParser
import Foundation
import GatewayModel

/// `llmctl chat`: one chat request to the current context, the quickest proof that a worker answers.
public struct ChatCommand: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "chat", abstract: "Send one chat message and print the answer.")

    @Option(help: "The model (default: demo).", completion: .custom(ModelNames.complete)) var model = "demo"
    @Option(help: "A system message.") var system: String?
    @Flag(help: "Print the answer as it is generated (Server-Sent Events); with -o json, one chunk per line.") var stream = false
    @Argument(help: "The message.") var prompt: String
    @OptionGroup var global: GlobalOptions

    public init() {}

    /// A chat completion as the plain output reads it.
    static let answerShape = AnswerShape.object(
        required: ["choices": .list(of: .object(optional: ["message": .object(optional: ["content": .text])]))]
    )

    /// A streamed chunk as the plain output reads it.
    static let chunkShape = AnswerShape.object(
        required: ["choices": .list(of: .object(optional: ["delta": .object(optional: ["content": .text])]))]
    )

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var messages: [JSONValue] = []
        if let system { messages.append(.object(["role": .string("system"), "content": .string(system)])) }
        messages.append(.object(["role": .string("user"), "content": .string(prompt)]))
        let connection = try Connection.resolve(global, in: environment)
        var body: [String: JSONValue] = ["model": .string(model), "messages": .array(messages)]
        guard stream else {
            let answer = try connection.perform("POST", "/v1/chat/completions", json: .object(body), expecting: Self.answerShape)
            switch global.output {
            case .json: environment.output(Renderer.json(answer) + "\n")
            case .yaml: environment.output(Renderer.yaml(answer, indent: 0))
            case .table, .name: environment.say(answer["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue ?? "")
            }
            return
        }
        body["stream"] = .bool(true)
        let printsChunks = global.output == .json
        try connection.stream("POST", "/v1/chat/completions", json: .object(body), expecting: Self.chunkShape) { data, chunk in
            if printsChunks {
                environment.output(data + "\n")
            } else if let text = chunk["choices"]?.arrayValue?.first?["delta"]?["content"]?.stringValue {
                environment.output(text)
            }
        }
        if !printsChunks {
            environment.output("\n")
        }
    }
}
