import GatewayModel
import GatewayProviders
import Testing

@testable import GatewayServer

@Suite struct ModelRegistryTests {
    @Test func picksDeploymentsInProportionToWeight() {
        let registry = ModelRegistry(deployments: [
            Deployment(id: "light", modelName: "m", provider: .openai, upstreamModel: "a", weight: 1),
            Deployment(id: "heavy", modelName: "m", provider: .openai, upstreamModel: "b", weight: 3),
            Deployment(id: "other", modelName: "n", provider: .openai, upstreamModel: "c"),
        ])
        let picks = (0..<4000).compactMap { _ in registry.pick("m")?.id }
        let heavy = picks.filter { $0 == "heavy" }.count
        #expect(picks.count == 4000)
        #expect((2700...3300).contains(heavy), "heavy picked \(heavy) of 4000 times; expected about 3000")
        #expect(registry.pick("missing") == nil)
        #expect(registry.modelNames == ["m", "n"])
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

    @Test func unknownProviderIsAConfigError() {
        #expect(throws: ConfigError.self) {
            try DeploymentParser.deployments(from: [ModelListEntry(modelName: "x", litellmParams: ["model": .string("bedrock/claude")])])
        }
    }
}
