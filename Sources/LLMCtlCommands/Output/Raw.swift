import GatewayModel

/// A value decoded from an answer together with the JSON it came as, so `-o json` and `-o yaml` print exactly what
/// the server sent (fields the table leaves out included) without looking anything up by name.
struct Raw<Value: Decodable & Sendable>: Decodable, Sendable {
    let value: Value
    let json: JSONValue

    init(from decoder: any Decoder) throws {
        value = try Value(from: decoder)
        json = try JSONValue(from: decoder)
    }
}
