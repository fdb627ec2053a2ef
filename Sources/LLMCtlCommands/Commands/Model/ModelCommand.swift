import ArgumentParser
import GatewayModel

/// `llmctl model`: the models a proxy serves.
public struct ModelCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "List, add and delete the models a proxy serves and the deployments behind them.",
        subcommands: [ModelList.self, ModelInfo.self, ModelAdd.self, ModelDelete.self]
    )

    public init() {}
}

/// `llmctl model list`: the models the context's key may call (`GET /v1/models`).
public struct ModelList: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "list", abstract: "List the models the key may call.")

    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let answer = try Connection.resolve(global, in: environment).perform("GET", "/v1/models", expecting: ModelNames.modelsShape)
        let rows = (answer["data"]?.arrayValue ?? []).map { model in
            let id = model["id"]?.stringValue ?? ""
            return OutputRow(name: id, cells: [id, model["owned_by"]?.stringValue ?? ""], object: model)
        }
        environment.output(Renderer.render(rows, columns: ["model", "owned_by"], format: global.output, headers: !global.noHeaders))
    }
}

/// `llmctl model info [MODEL]`: the deployments behind each model name (`GET /model/info`, an admin call).
public struct ModelInfo: LLMCtlCommand {
    public static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show the deployments behind each model: upstream, API base, prices (admin)."
    )

    @Argument(help: "Only this model name.", completion: .custom(ModelNames.complete)) var model: String?
    @OptionGroup var global: GlobalOptions

    public init() {}

    /// A deployment as the table reads it.
    static let deploymentShape = AnswerShape.object(
        required: ["model_name": .text],
        optional: [
            "litellm_params": .object(optional: ["model": .text, "api_base": .text]),
            "model_info": .object(optional: ["id": .text, "input_cost_per_token": .number, "output_cost_per_token": .number]),
        ]
    )

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let path = model.map { "/model/info?model_name=\(Query.escape($0))" } ?? "/model/info"
        let answer = try Connection.resolve(global, in: environment).perform(
            "GET",
            path,
            expecting: .object(required: ["data": .list(of: Self.deploymentShape)])
        )
        let deployments = answer["data"]?.arrayValue ?? []
        if let model, deployments.isEmpty {
            throw CLIError(.refused, "no deployment serves model \"\(model)\"")
        }
        let rows = deployments.map { deployment in
            let params = deployment["litellm_params"]
            let info = deployment["model_info"]
            return OutputRow(
                name: info?["id"]?.stringValue ?? "",
                cells: [
                    deployment["model_name"]?.stringValue ?? "",
                    info?["id"]?.stringValue ?? "",
                    params?["model"]?.stringValue ?? "",
                    params?["api_base"]?.stringValue ?? "-",
                    info?["input_cost_per_token"].map(Renderer.number) ?? "",
                    info?["output_cost_per_token"].map(Renderer.number) ?? "",
                ],
                object: deployment
            )
        }
        environment.output(
            Renderer.render(
                rows,
                columns: ["model", "id", "upstream", "api_base", "input_cost", "output_cost"],
                format: global.output,
                headers: !global.noHeaders
            )
        )
    }
}
