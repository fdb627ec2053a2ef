import Foundation
import GatewayModel
import Testing
import Yams

@testable import LLMCtlCommands

@Suite("-o yaml is valid YAML that reads back as the JSON it renders")
struct YAMLOutputTests {
    static let values: [JSONValue] = [
        .array([]),
        .object(["models": .array([]), "metadata": .object([:]), "name": .string("a: b # c"), "n": .int(3), "x": .null]),
        .object(["nested": .array([.array([]), .array([.int(1), .string("two")]), .object(["k": .array([])])])]),
        .object(["key with: colon": .bool(true), "yes": .string("no"), "7up": .double(0.000_01), "quote\"d": .string("line\nbreak")]),
        .array([.object([:]), .string(""), .string("- dash"), .string("null")]),
    ]

    @Test(arguments: values)
    func everyValueRoundTrips(value: JSONValue) throws {
        let rows: [OutputRow]
        if case .array(let items) = value {
            rows = items.map { OutputRow(name: "", cells: [], object: $0) }
        } else {
            rows = [OutputRow(name: "", cells: [], object: value)]
        }
        let text = Renderer.render(rows, columns: [], format: .yaml)
        let loaded = try Yams.load(yaml: text)
        let expected: JSONValue = .array(rows.map(\.object))
        #expect(Self.json(loaded) == expected, "\(text)")
    }

    /// What Yams read, as a JSONValue, so it compares with what was rendered.
    static func json(_ any: Any?) -> JSONValue {
        switch any {
        case .none, is NSNull: .null
        case let bool as Bool: .bool(bool)
        case let int as Int: .int(int)
        case let double as Double: .double(double)
        case let string as String: .string(string)
        case let array as [Any?]: .array(array.map(json))
        case let object as [String: Any?]: .object(object.mapValues(json))
        case let object as [AnyHashable: Any]: .object(Dictionary(uniqueKeysWithValues: object.map { ("\($0.key)", json($0.value)) }))
        default: .string("\(any!)")
        }
    }
}
