import AsyncHTTPClient
import Foundation
import GatewayModel
import NIOCore
import NIOHTTP1

/// A small HTTP client for tests: real requests over a socket to a server on 127.0.0.1.
public struct TestHTTPClient: Sendable {
    public let baseURL: String
    public var bearer: String?

    public init(baseURL: String, bearer: String? = nil) {
        self.baseURL = baseURL
        self.bearer = bearer
    }

    /// The same client presenting another key.
    public func authorized(_ key: String?) -> TestHTTPClient {
        TestHTTPClient(baseURL: baseURL, bearer: key)
    }

    public func get(_ path: String, headers: [(String, String)] = []) async throws -> TestResponse {
        try await send(.GET, path, body: nil, headers: headers)
    }

    public func post(_ path: String, json: String, headers: [(String, String)] = []) async throws -> TestResponse {
        try await send(.POST, path, body: json, headers: [("content-type", "application/json")] + headers)
    }

    public func send(_ method: HTTPMethod, _ path: String, body: String?, headers: [(String, String)] = []) async throws -> TestResponse {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        if let bearer {
            request.headers.add(name: "authorization", value: "Bearer \(bearer)")
        }
        for (name, value) in headers {
            request.headers.add(name: name, value: value)
        }
        if let body {
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let buffer = try await response.body.collect(upTo: 64 << 20)
        return TestResponse(
            status: Int(response.status.code),
            headers: response.headers.map { ($0.name.lowercased(), $0.value) },
            body: String(buffer: buffer)
        )
    }
}

extension TestHTTPClient {
    /// Posts `json` and reads the response body as it streams, stopping after `limit` chunks when given
    /// (dropping the rest, as a client that disconnects would). Answers the status and the chunks read.
    /// Posts `json` and reads the streamed answer chunk by chunk: all of it, or `limit` chunks, or up to the chunk
    /// that completes `marker` (then the response is left unread, as a client that stops there would).
    public func stream(
        _ path: String,
        json: String,
        limit: Int? = nil,
        until marker: String? = nil
    ) async throws -> (status: Int, headers: [(String, String)], chunks: [String]) {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        if let bearer {
            request.headers.add(name: "authorization", value: "Bearer \(bearer)")
        }
        request.body = .bytes(ByteBuffer(string: json))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        var chunks: [String] = []
        for try await buffer in response.body {
            chunks.append(String(buffer: buffer))
            if let limit, chunks.count >= limit { break }
            if let marker, chunks.joined().contains(marker) { break }
        }
        return (Int(response.status.code), response.headers.map { ($0.name.lowercased(), $0.value) }, chunks)
    }
}

/// A response as tests inspect it: status, headers, body text and the body parsed as JSON.
public struct TestResponse: Sendable {
    public let status: Int
    public let headers: [(String, String)]
    public let body: String

    public func header(_ name: String) -> String? {
        headers.first { $0.0 == name.lowercased() }?.1
    }

    /// The body as JSON; `.null` when it is not JSON.
    public var json: JSONValue {
        (try? JSONDecoder().decode(JSONValue.self, from: Data(body.utf8))) ?? .null
    }

    /// The OpenAI error body's `error` object fields, when the body is one.
    public var error: (message: String, type: String, param: JSONValue, code: String)? {
        guard case .object(let error) = json["error"] else { return nil }
        return (error["message"]?.stringValue ?? "", error["type"]?.stringValue ?? "", error["param"] ?? .null, error["code"]?.stringValue ?? "")
    }
}

extension JSONValue {
    /// The field of an object, nil otherwise.
    public subscript(_ key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// The element of an array, nil otherwise.
    public subscript(_ index: Int) -> JSONValue? {
        if case .array(let items) = self, items.indices.contains(index) { return items[index] }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    public var doubleValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    public var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }
}
