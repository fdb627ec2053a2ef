import GatewayModel
import GatewayProviders
import Testing

@testable import GatewayServer

@Suite struct RoutingStrategyTests {
    static func deployment(_ id: String, weight: Double = 1, rpm: Int? = nil, tpm: Int? = nil) -> Deployment {
        Deployment(id: id, modelName: "m", provider: .openai, upstreamModel: id, weight: weight, rpm: rpm, tpm: tpm)
    }

    @Test func simpleShuffleFollowsWeights() {
        let candidates = [Self.deployment("light", weight: 1), Self.deployment("heavy", weight: 3)]
        let states = DeploymentStates()
        let heavy = (0..<4000).filter { _ in RouterSettings.Strategy.simpleShuffle.choose(from: candidates, states: states).id == "heavy" }
        #expect((2700...3300).contains(heavy.count), "heavy picked \(heavy.count) of 4000 times; expected about 3000")
    }

    @Test func leastBusyTakesTheDeploymentWithFewestCallsInFlight() {
        let candidates = ["a", "b", "c"].map { Self.deployment($0) }
        let states = DeploymentStates()
        for id in ["a", "a", "b", "c", "c"] { states.begin(id, at: .now) }
        for _ in 0..<50 { #expect(RouterSettings.Strategy.leastBusy.choose(from: candidates, states: states).id == "b") }
        states.begin("b", at: .now)
        states.begin("b", at: .now)
        states.ended("a", tokens: 0)
        #expect(RouterSettings.Strategy.leastBusy.choose(from: candidates, states: states).id == "a")
    }

    @Test func latencyBasedTriesUnmeasuredDeploymentsFirstThenTheFastest() {
        let candidates = ["slow", "fast", "new"].map { Self.deployment($0) }
        let states = DeploymentStates()
        states.observed("slow", latency: .milliseconds(300))
        states.observed("fast", latency: .milliseconds(20))
        #expect(RouterSettings.Strategy.latencyBased.choose(from: candidates, states: states).id == "new")
        states.observed("new", latency: .milliseconds(100))
        for _ in 0..<20 { #expect(RouterSettings.Strategy.latencyBased.choose(from: candidates, states: states).id == "fast") }
        for _ in 0..<10 { states.observed("fast", latency: .milliseconds(900)) }
        #expect(RouterSettings.Strategy.latencyBased.choose(from: candidates, states: states).id == "new")
    }

    @Test func aDeploymentCoolsDownAfterMoreThanAllowedFailsOrAt429AndComesBack() {
        var settings = RouterSettings()
        settings.allowedFails = 2
        settings.cooldownTime = .seconds(5)
        let states = DeploymentStates()
        let flaky = Self.deployment("flaky")
        let start = ContinuousClock.now
        #expect(!states.failed("flaky", at: start, immediate: false, alone: false, settings: settings))
        #expect(!states.failed("flaky", at: start, immediate: false, alone: false, settings: settings))
        #expect(states.unavailability(of: flaky, at: start) == nil)
        #expect(states.failed("flaky", at: start, immediate: false, alone: false, settings: settings))
        #expect(states.unavailability(of: flaky, at: start + .seconds(4)) == .coolingDown(until: start + .seconds(5)))
        #expect(states.unavailability(of: flaky, at: start + .seconds(5)) == nil, "back after cooldown_time")

        #expect(states.failed("limited", at: start, immediate: true, alone: false, settings: settings), "a 429 cools down at once")
        #expect(!states.failed("only", at: start, immediate: true, alone: true, settings: settings), "a name's only deployment never cools")
    }

    @Test func rpmAndTpmLimitsTakeADeploymentOutForTheRestOfTheMinute() {
        let states = DeploymentStates()
        let start = ContinuousClock.now
        let byRequests = Self.deployment("r", rpm: 2)
        states.begin("r", at: start)
        #expect(states.unavailability(of: byRequests, at: start) == nil)
        states.begin("r", at: start)
        #expect(states.unavailability(of: byRequests, at: start) == .rpmReached(2))
        #expect(states.unavailability(of: byRequests, at: start + .seconds(61)) == nil)

        let byTokens = Self.deployment("t", tpm: 100)
        states.begin("t", at: start)
        states.ended("t", tokens: 150)
        #expect(states.unavailability(of: byTokens, at: start) == .tpmReached(100))
    }

    @Test func routerSettingsParseLiteLLMNamesAndRefuseBadValues() throws {
        let (settings, warnings) = try RouterSettings.parse([
            "routing_strategy": .string("least-busy"),
            "num_retries": .int(4),
            "timeout": .double(2.5),
            "fallbacks": .array([.object(["gpt-4o": .array([.string("gpt-4o-mini"), .string("local")])])]),
            "allowed_fails": .int(1),
            "cooldown_time": .int(30),
            "redis_host": .string("localhost"),
        ])
        #expect(settings.strategy == .leastBusy)
        #expect(settings.numRetries == 4)
        #expect(settings.timeout == .milliseconds(2500))
        #expect(settings.fallbacks == ["gpt-4o": ["gpt-4o-mini", "local"]])
        #expect(settings.allowedFails == 1)
        #expect(settings.cooldownTime == .seconds(30))
        #expect(warnings == ["router_settings.redis_host is not supported and is ignored"])
        #expect(throws: ConfigError.self) { try RouterSettings.parse(["routing_strategy": .string("fastest")]) }
        #expect(throws: ConfigError.self) { try RouterSettings.parse(["num_retries": .int(-1)]) }
        #expect(throws: ConfigError.self) { try RouterSettings.parse(["fallbacks": .array([.string("gpt-4o")])]) }
    }

    @Test func backoffDoublesFromRetryAfterUpToTwoSecondsAndHonoursTheUpstream() {
        var settings = RouterSettings()
        settings.retryAfter = .milliseconds(100)
        let router = DeploymentRouter(registry: ModelRegistry(configured: []), settings: settings, metrics: GatewayMetrics())
        #expect(router.backoff(before: 1, suggested: nil) == .milliseconds(100))
        #expect(router.backoff(before: 3, suggested: nil) == .milliseconds(400))
        #expect(router.backoff(before: 9, suggested: nil) == .seconds(2))
        #expect(router.backoff(before: 1, suggested: 1.5) == .milliseconds(1500))
        #expect(router.backoff(before: 1, suggested: 60) == .seconds(2))
    }
}
