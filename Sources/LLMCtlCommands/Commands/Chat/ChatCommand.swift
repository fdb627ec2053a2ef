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

    /// How an answer prints: its text, or with -o json/yaml the completion as the server sent it.
    static let answer = Listing<ChatCompletionSummary>(name: { $0.text ?? "" }, columns: [("content", { $0.text ?? "" })])

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var messages: [JSONValue] = []
        if let system { messages.append(.object(["role": .string("system"), "content": .string(system)])) }
        messages.append(.object(["role": .string("user"), "content": .string(prompt)]))
        let connection = try Connection.resolve(global, in: environment)
        var body: [String: JSONValue] = ["model": .string(model), "messages": .array(messages)]
        guard stream else {
            let answer = try connection.perform("POST", "/v1/chat/completions", request: body, reading: ChatCompletionSummary.self)
            environment.output(Self.answer.render(one: answer.value, json: answer.json, global, headers: false))
            return
        }
        body["stream"] = .bool(true)
        let printsChunks = global.output == .json
        try connection.stream("POST", "/v1/chat/completions", request: body, reading: ChatCompletionSummary.self) { data, chunk in
            if printsChunks {
                environment.output(data + "\n")
            } else if let text = chunk.text {
                environment.output(text)
            }
        }
        if !printsChunks {
            environment.output("\n")
        }
    }
}
