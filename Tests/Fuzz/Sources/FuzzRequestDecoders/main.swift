import Foundation
import GatewayModel

/// libFuzzer's entry point: every input goes through the strict JSON validator, the field scanner, the LLM body
/// reader for each endpoint and every management request decoder. A crash, a trap or a broken invariant below is a
/// finding; a refusal is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequestDecoders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let valid = (try? JSONSyntax.validate(bytes)) != nil
    checkScanner(bytes, valid: valid)
    checkLLMBodies(bytes)
    checkManagementRequests(bytes)
    if valid, let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)) {
        // What the gateway encodes is always strict JSON itself.
        let encoded = (try? WireCoding.makeEncoder().encode(value)) ?? Data("null".utf8)
        require((try? JSONSyntax.validate(encoded)) != nil, "re-encoded JSON is not valid JSON")
    }
    return 0
}

/// The scanner accepts exactly the valid JSON objects, and each field's value range is a valid JSON value.
private func checkScanner(_ bytes: [UInt8], valid: Bool) {
    let isObject = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
    guard let fields = JSONFieldScanner.fields(of: bytes) else {
        require(!(valid && isObject), "the scanner refused a valid object")
        return
    }
    require(valid && isObject, "the scanner accepted something that is not a valid object")
    for field in fields {
        require((try? JSONSyntax.validate(Array(bytes[field.value]))) != nil, "a field's value is not valid JSON")
        if bytes[field.value.lowerBound] == UInt8(ascii: "\"") {
            require(JSONFieldScanner.stringValue(bytes[field.value]) != nil, "a valid string did not decode")
        }
    }
}

/// A body the data plane accepts stays valid JSON after its model is replaced and usage is requested.
private func checkLLMBodies(_ bytes: [UInt8]) {
    for endpoint in LLMEndpoint.allCases {
        guard let body = try? LLMRequestBody(bytes: bytes, endpoint: endpoint) else { continue }
        let forwarded = body.forwarded(upstreamModel: "fuzz-model")
        require((try? JSONSyntax.validate(forwarded)) != nil, "a forwarded body is not valid JSON")
        let model = JSONFieldScanner.fields(of: forwarded)?.last { $0.name == "model" }.map { Array(forwarded[$0.value]) }
        require(model == Array(#""fuzz-model""#.utf8), "the forwarded body does not name the upstream model")
    }
}

/// Every body type the management API decodes.
private let managementRequests: [any ManagementRequest.Type] = [
    KeyGenerateRequest.self, KeyUpdateRequest.self, KeyRegenerateRequest.self, KeyDeleteRequest.self, KeyReferenceRequest.self,
    ModelNewRequest.self, ModelUpdateRequest.self, ModelDeleteRequest.self, TeamNewRequest.self, TeamUpdateRequest.self,
    TeamDeleteRequest.self, TeamMemberAddRequest.self, TeamMemberDeleteRequest.self, UserNewRequest.self, UserUpdateRequest.self,
    UserDeleteRequest.self,
]

/// The management decoders refuse or accept, and never trap.
private func checkManagementRequests(_ bytes: [UInt8]) {
    let data = Data(bytes)
    for type in managementRequests {
        _ = try? RequestDecoding.decode(type, from: data)
    }
    if let text = String(bytes: bytes, encoding: .utf8) {
        _ = DurationSpec(text)
        _ = JSONValue.string(text).number(in: NumberRange.money)
    }
}

private func require(_ condition: Bool, _ finding: String) {
    if !condition {
        FileHandle.standardError.write(Data("fuzz finding: \(finding)\n".utf8))
        abort()
    }
}
