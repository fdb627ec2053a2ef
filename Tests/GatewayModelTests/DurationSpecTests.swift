import GatewayModel
import Testing

@Suite struct DurationSpecTests {
    @Test(arguments: [
        ("30d", 2_592_000), ("12h", 43_200), ("15m", 900), ("45s", 45), ("2w", 1_209_600), ("1mo", 2_592_000), (" 7d ", 604_800),
    ])
    func parsesEveryUnit(text: String, seconds: Int) throws {
        #expect(DurationSpec(text)?.seconds == seconds)
    }

    @Test(arguments: ["30x", "d", "", "-1d", "1.5h", "10", "1 d", "0s", "99999999999999999999d"])
    func refusesWhatIsNotADuration(text: String) {
        #expect(DurationSpec(text) == nil)
    }

    @Test func parseErrorNamesTheField() {
        #expect(
            throws: GatewayError.badRequest(
                "Invalid duration '30x' for 'duration': use a whole number and a unit, like 30d, 12h, 15m, 45s, 2w or 1mo, up to 100 years.",
                param: "duration"
            )
        ) {
            try DurationSpec.parse("30x", field: "duration")
        }
    }
}
