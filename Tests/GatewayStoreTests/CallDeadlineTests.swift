import Testing

@testable import GatewayStore

@Suite("A store call's deadline")
struct CallDeadlineTests {
    @Test func aDeadlineBeforeTheCommitMeansNothingWasWrittenAndNoCommitFollows() {
        let deadline = CallDeadline()
        #expect(deadline.expire().commitSent == false)
        #expect(throws: CancellationError.self) { try deadline.beginCommit() }
    }

    @Test func aDeadlineAfterTheCommitWasSentLeavesTheOutcomeUnknown() throws {
        let deadline = CallDeadline()
        try deadline.beginCommit()
        #expect(deadline.expire().commitSent == true)
    }

    @Test func theFirstOutcomeWinsWhicheverComesFirst() async throws {
        let outcome = FirstOutcome<Int>()
        outcome.settle(.success(1))
        outcome.settle(.success(2))
        #expect(try await outcome.value.get() == 1)
        let later = FirstOutcome<Int>()
        async let waited = later.value
        later.settle(.failure(CancellationError()))
        later.settle(.success(3))
        let result = await waited
        #expect(throws: CancellationError.self) { try result.get() }
    }
}
