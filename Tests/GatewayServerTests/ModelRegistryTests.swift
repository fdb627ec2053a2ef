import GatewayModel
import GatewayProviders
import Testing

@testable import GatewayServer

@Suite struct ModelRegistryTests {
    @Test func storedDeploymentsJoinConfiguredOnesAndCanBeReplaced() {
        let configured = Deployment(id: "cfg", modelName: "m", provider: .openai, upstreamModel: "a")
        let registry = ModelRegistry(configured: [configured])
        #expect(registry.modelNames == ["m"])
        let first = registry.beginRead()
        let second = registry.beginRead()
        registry.replaceStored(
            [
                Deployment(id: "db1", modelName: "m", provider: .openai, upstreamModel: "b"),
                Deployment(id: "db2", modelName: "n", provider: .openai, upstreamModel: "c"),
                Deployment(id: "cfg", modelName: "shadow", provider: .openai, upstreamModel: "d"),
            ],
            read: second
        )
        registry.replaceStored([], read: first)
        #expect(registry.modelNames == ["m", "n"], "an older read finishing late is not applied")
        #expect(registry.modelNames == ["m", "n"])
        #expect(registry.deployments(for: "m").map(\.id) == ["cfg", "db1"])
        #expect(registry.isStored("db1") && !registry.isStored("cfg"))
        registry.replaceStored([], read: registry.beginRead())
        #expect(registry.modelNames == ["m"])
        #expect(registry.deployments(for: "n").isEmpty)
    }

    @Test func configEntriesBecomeDeployments() throws {
        let file = try ProxyConfigFile.parse(
            yaml: """
                model_list:
                  - model_name: local
                    litellm_params: { model: hosted_vllm/llama, api_base: "http://127.0.0.1:8000/v1", timeout: 2.5, weight: 2 }
                    model_info: { input_cost_per_token: "0.000001", output_cost_per_token: 0.000002 }
                """,
            source: "test",
            environment: [:]
        )
        let deployments = try DeploymentParser.deployments(from: file.modelList)
        #expect(deployments.count == 1)
        let deployment = try #require(deployments.first)
        #expect(deployment.provider == .hostedVLLM)
        #expect(deployment.upstreamModel == "llama")
        #expect(deployment.timeout == .milliseconds(2500))
        #expect(deployment.weight == 2)
        #expect(deployment.pricing == ModelPricing(inputCostPerToken: 0.000001, outputCostPerToken: 0.000002))
        #expect(try DeploymentParser.deployments(from: []) == [.demo])
    }

    @Test func badFieldsAreNamedByTheirPlaceInTheConfig() {
        let entry = ModelListEntry(
            modelName: "x",
            litellmParams: ["model": .string("openai/x"), "api_base": .int(3)],
            modelInfo: ["rpm": .double(1.5)]
        )
        #expect(throws: ConfigError("model_list[0].litellm_params.api_base must be a string.")) {
            try DeploymentParser.deployments(from: [entry])
        }
        var info = entry
        info.litellmParams["api_base"] = nil
        #expect(throws: ConfigError("model_list[0].model_info.rpm must be a whole number from 0 to 1000000000000.")) {
            try DeploymentParser.deployments(from: [info])
        }
    }

    @Test func unknownProviderIsAConfigError() {
        #expect(throws: ConfigError.self) {
            try DeploymentParser.deployments(from: [ModelListEntry(modelName: "x", litellmParams: ["model": .string("watsonx/granite")])])
        }
    }
}
