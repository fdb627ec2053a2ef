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

/// How models and deployments print.
enum ModelRows {
    static let models = Listing<ModelObject>(name: \.id, columns: [("model", \.id), ("owned_by", { $0.ownedBy ?? "" })])

    static let deployments = Listing<DeploymentDescription>(
        name: { $0.id ?? "" },
        columns: [
            ("model", \.modelName),
            ("id", { $0.id ?? "" }),
            ("upstream", { $0.upstream ?? "" }),
            ("api_base", { $0.apiBase ?? "-" }),
            ("input_cost", { Renderer.number($0.inputCostPerToken) }),
            ("output_cost", { Renderer.number($0.outputCostPerToken) }),
        ]
    )

    /// A deployment just added: its name, id and upstream.
    static let added = Listing<DeploymentDescription>(
        name: { $0.id ?? "" },
        columns: [("model", \.modelName), ("id", { $0.id ?? "" }), ("upstream", { $0.upstream ?? "" })]
    )

    /// Deployments just deleted, by id.
    static let deleted = Listing<String>(name: { $0 }, columns: [("id", { $0 }), ("status", { _ in "deleted" })])
}

/// `llmctl model list`: the models the context's key may call (`GET /v1/models`).
public struct ModelList: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "list", abstract: "List the models the key may call.")

    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let answer = try Connection.resolve(global, in: environment).perform("GET", "/v1/models", reading: DataList<Raw<ModelObject>>.self)
        environment.output(ModelRows.models.render(answer.value.data, global))
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

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let path = model.map { "/model/info?model_name=\(Query.escape($0))" } ?? "/model/info"
        let answer = try Connection.resolve(global, in: environment).perform("GET", path, reading: DataList<Raw<DeploymentDescription>>.self)
        if let model, answer.value.data.isEmpty {
            throw CLIError(.refused, "no deployment serves model \"\(model)\"")
        }
        environment.output(ModelRows.deployments.render(answer.value.data, global))
    }
}
