import Foundation
import GatewayModel
import Testing

@testable import LLMCtlCommands

/// An answer that does not decode as the command's type is described by where it went wrong and what was there.
@Suite("Answers that do not fit, in words")
struct AnswerProblemTests {
    private func problem<T: Decodable>(_ json: String, as type: T.Type) -> String? {
        let body = (try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))) ?? .null
        do {
            _ = try body.decoded(as: T.self)
            return nil
        } catch let error as DecodingError {
            return AnswerProblem.describe(error, in: body)
        } catch {
            return "\(error)"
        }
    }

    @Test func eachKindOfMisfitIsNamedWithItsPlace() {
        #expect(problem(#"{"keys": "none"}"#, as: KeyPage<KeySummary>.self) == "expected keys to be an array, got a string")
        #expect(
            problem(#"{"keys": [{"token": "t"}, {"token": 7}]}"#, as: KeyPage<KeySummary>.self)
                == "expected keys[1].token to be a string, got a number"
        )
        #expect(problem(#"{"keys": [{"key_alias": "a"}]}"#, as: KeyPage<KeySummary>.self) == "keys[0].token is missing")
        #expect(problem(#"{"keys": [{"token": null}]}"#, as: KeyPage<KeySummary>.self) == "keys[0].token is missing")
        #expect(problem(#"[1, 2]"#, as: KeySummary.self) == "expected an object, got an array")
        #expect(
            problem(#"{"team_id": "t", "members_with_roles": [{"role": false}]}"#, as: TeamSummary.self)
                == "expected members_with_roles[0].role to be a string, got a boolean"
        )
        #expect(problem(#"{"token": "t", "key_alias": null, "spend": 2}"#, as: KeySummary.self) == nil)
    }
}
