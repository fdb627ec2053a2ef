import ArgumentParser
import GatewayModel

/// `llmctl model`: the models a proxy serves.
public struct ModelCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "List the models a proxy serves.",
        subcommands: [ModelList.self]
    )

    public init() {}
}

/// `llmctl model list`: the models the context's key may call (`GET /v1/models`).
public struct ModelList: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "list", abstract: "List the models the key may call.")

    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let answer = try Connection.resolve(global, in: environment).perform("GET", "/v1/models")
        let rows = (answer["data"]?.arrayValue ?? []).map { model in
            let id = model["id"]?.stringValue ?? ""
            return OutputRow(name: id, cells: [id, model["owned_by"]?.stringValue ?? ""], object: model)
        }
        environment.output(Renderer.render(rows, columns: ["model", "owned_by"], format: global.output, headers: !global.noHeaders))
    }
}
