import ArgumentParser
import GatewayModel

/// `llmctl model add NAME --upstream PROVIDER/MODEL`: stores a deployment every instance serves (`POST /model/new`).
public struct ModelAdd: LLMCtlCommand {
    public static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a deployment of a model name, served by every instance without a restart (admin).",
        discussion: """
            The upstream key is never sent or stored: --api-key-env names an environment variable that each instance \
            reads when it loads the model.
            """
    )

    @Argument(help: "The public model name clients ask for.") var name: String
    @Option(help: "The upstream, as PROVIDER/MODEL (openai/, azure/, anthropic/, hosted_vllm/, ollama/, …).") var upstream: String
    @Option(help: "The upstream's base URL.") var apiBase: String?
    @Option(help: "The environment variable holding the upstream key, on each instance.") var apiKeyEnv: String?
    @Option(help: "Azure's api-version.") var apiVersion: String?
    @Option(help: "Dollars per prompt token.", transform: NumberArgument.pricePerToken) var inputCost: Double?
    @Option(help: "Dollars per completion token.", transform: NumberArgument.pricePerToken) var outputCost: Double?
    @Option(help: "Requests per minute this deployment may take.") var rpm: Int?
    @Option(help: "Tokens per minute this deployment may take.") var tpm: Int?
    @Option(help: "The deployment's id (default: generated).") var id: String?
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var params: [String: JSONValue] = ["model": .string(upstream)]
        params["api_base"] = apiBase.map(JSONValue.string)
        params["api_key"] = apiKeyEnv.map { .string("os.environ/\($0)") }
        params["api_version"] = apiVersion.map(JSONValue.string)
        params["rpm"] = rpm.map(JSONValue.int)
        params["tpm"] = tpm.map(JSONValue.int)
        var info: [String: JSONValue] = [:]
        info["id"] = id.map(JSONValue.string)
        info["input_cost_per_token"] = inputCost.map(JSONValue.double)
        info["output_cost_per_token"] = outputCost.map(JSONValue.double)
        let connection = try Connection.resolve(global, in: environment)
        let request = ModelNewRequest(modelName: name, litellmParams: params, modelInfo: info)
        let answer = try connection.perform("POST", "/model/new", request: request, reading: DeploymentDescription.self)
        guard answer.value.id != nil else {
            throw CLIError(.unavailable, Connection.invalidResponse(from: connection.client.baseURL + "/model/new", "model_info.id is missing"))
        }
        environment.output(ModelRows.added.render([answer.value], json: [answer.json], global))
        try waiting.settle(answer.revision, on: connection, global)
    }
}

/// `llmctl model delete ID…`: removes stored deployments (`POST /model/delete`).
public struct ModelDelete: LLMCtlCommand {
    public static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete deployments added with 'model add' (admin); config-file models stay."
    )

    @Argument(help: "Deployment ids, as 'model info' lists them.") var ids: [String]
    @OptionGroup var global: GlobalOptions
    @OptionGroup var waiting: FleetWaitOption

    public init() {}

    public func validate() throws {
        guard !ids.isEmpty else { throw ValidationError("Name at least one deployment id.") }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let connection = try Connection.resolve(global, in: environment)
        var deleted: [(id: String, json: JSONValue)] = []
        var revision: Int64?
        for id in ids {
            let answer = try connection.perform("POST", "/model/delete", request: ModelDeleteRequest(id: id), reading: ModelDeletedAnswer.self)
            deleted.append((id, answer.json))
            revision = answer.revision
        }
        environment.output(ModelRows.deleted.render(deleted.map(\.id), json: deleted.map(\.json), global))
        try waiting.settle(revision, on: connection, global)
    }
}
