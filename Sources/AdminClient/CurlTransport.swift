import CCurl
import Foundation

/// The transport llmctl uses: libcurl's easy interface, one handle per request.
///
/// libcurl keeps the CLI small and quick to start (no NIO stack) and brings the system's TLS and CA store.
public struct CurlTransport: HTTPTransport {
    private static let globalInit: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    public init() {}

    public func send(_ request: ClientRequest) throws(ClientError) -> ClientResponse {
        try perform(request, sink: ResponseSink())
    }

    public func stream(_ request: ClientRequest, receive: (ArraySlice<UInt8>) -> Void) throws(ClientError) -> ClientResponse {
        try withoutActuallyEscaping(receive) { (receive) throws(ClientError) -> ClientResponse in
            let sink = ResponseSink()
            sink.receive = receive
            return try perform(request, sink: sink)
        }
    }

    private func perform(_ request: ClientRequest, sink: ResponseSink) throws(ClientError) -> ClientResponse {
        guard Self.globalInit, let handle = curl_easy_init() else {
            throw ClientError(.invalidRequest, "libcurl could not be initialised")
        }
        defer { curl_easy_cleanup(handle) }
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        var headerList: UnsafeMutablePointer<curl_slist>?
        defer { curl_slist_free_all(headerList) }
        for header in request.headers {
            headerList = curl_slist_append(headerList, "\(header.name): \(header.value)")
        }
        if request.body != nil && !request.headers.contains(where: { $0.name.lowercased() == "content-type" }) {
            headerList = curl_slist_append(headerList, "content-type: application/json")
        }
        headerList = curl_slist_append(headerList, "expect:")
        // libcurl's own words for what failed ("SSL certificate problem: self-signed certificate"), which say more than
        // the generic text of its error code.
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        defer { errorBuffer.deallocate() }
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)

        ccurl_setopt_string(handle, CURLOPT_URL, request.url)
        ccurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method)
        ccurl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList)
        ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, max(1, Int(request.timeout * 1000)))
        ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, max(1, Int(min(request.timeout, 10) * 1000)))
        ccurl_setopt_string(handle, CURLOPT_USERAGENT, "llmctl")
        if request.insecure {
            ccurl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 0)
            ccurl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 0)
        }
        if let path = request.caCertificatePath {
            ccurl_setopt_string(handle, CURLOPT_CAINFO, path)
        }
        ccurl_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION, collectBody)
        ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, sinkPointer)
        ccurl_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION, collectHeader)
        ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, sinkPointer)

        let code: CURLcode
        if let body = request.body {
            ccurl_setopt_long(handle, CURLOPT_POSTFIELDSIZE, body.count)
            code = body.withUnsafeBufferPointer { buffer in
                ccurl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: buffer.baseAddress))
                return curl_easy_perform(handle)
            }
        } else {
            code = curl_easy_perform(handle)
        }
        withExtendedLifetime(sink) {}
        guard code == CURLE_OK else {
            throw Self.error(for: code, url: request.url, detail: String(cString: errorBuffer))
        }
        var status = 0
        ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var seconds = 0.0
        ccurl_getinfo_double(handle, CURLINFO_TOTAL_TIME, &seconds)
        return ClientResponse(status: status, headers: sink.headers, body: sink.body, seconds: seconds)
    }

    /// The error for a failed transfer, in libcurl's detailed words when it gave any.
    static func error(for code: CURLcode, url: String, detail: String) -> ClientError {
        let trimmed = detail.trimmingCharacters(in: .whitespacesAndNewlines)
        let reason = trimmed.isEmpty ? String(cString: curl_easy_strerror(code)) : trimmed
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return ClientError(.timeout, "\(url) did not answer in time (\(reason))")
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE,
            CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR:
            return ClientError(.tls, "TLS with \(url) failed: \(reason) (use --cacert FILE or --insecure)")
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return ClientError(.invalidRequest, "'\(url)' is not a usable URL: \(reason)")
        default:
            return ClientError(.unreachable, "cannot reach \(url): \(reason)")
        }
    }
}

/// Collects what libcurl delivers for one transfer, or passes a successful body on as it arrives.
private final class ResponseSink {
    var body: [UInt8] = []
    var headers: [(name: String, value: String)] = []
    /// Where a 2xx body goes when streaming.
    var receive: ((ArraySlice<UInt8>) -> Void)?
    /// The status of the response whose headers are being read.
    var status = 0

    func appendHeader(_ line: String) {
        if line.hasPrefix("HTTP/") {
            headers.removeAll()
            status = Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        headers.append((name, value))
    }
}

private func collectBody(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?) -> Int {
    guard let data, let context else { return 0 }
    let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
    data.withMemoryRebound(to: UInt8.self, capacity: size * count) { bytes in
        let chunk = UnsafeBufferPointer(start: bytes, count: size * count)
        if let receive = sink.receive, (200..<300).contains(sink.status) {
            receive(ArraySlice(chunk))
        } else {
            sink.body.append(contentsOf: chunk)
        }
    }
    return size * count
}

private func collectHeader(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?) -> Int {
    guard let data, let context else { return 0 }
    let sink = Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
    let line = data.withMemoryRebound(to: UInt8.self, capacity: size * count) { bytes in
        String(decoding: UnsafeBufferPointer(start: bytes, count: size * count), as: UTF8.self)
    }
    sink.appendHeader(line)
    return size * count
}
