import GatewayModel

/// Builds answers that extend a record with extra fields (`key`, `token_id`, …) without restating its columns.
enum JSONObject {
    /// The record's JSON object with `extra` merged over it and `removing` left out.
    static func merging(_ record: some Encodable, _ extra: [String: JSONValue], removing: Set<String> = []) throws -> [String: JSONValue] {
        let data = try WireCoding.makeEncoder().encode(record)
        guard case .object(var fields) = try WireCoding.makeDecoder().decode(JSONValue.self, from: data) else {
            return extra
        }
        for name in removing {
            fields.removeValue(forKey: name)
        }
        fields.merge(extra) { _, new in new }
        return fields
    }

    /// A JSON value for any encodable, for nesting records inside answers.
    static func value(_ record: some Encodable) throws -> JSONValue {
        try WireCoding.makeDecoder().decode(JSONValue.self, from: try WireCoding.makeEncoder().encode(record))
    }
}
