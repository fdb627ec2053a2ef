import Foundation
import GatewayModel
import GatewayStore
import Hummingbird

/// Typed access to a request's query string, answering 400 with the parameter's name when a value does not parse.
///
/// Each endpoint names the parameters it understands: any other one answers 400 naming it, so a filter this proxy
/// does not implement is never silently ignored (a script that lists one key and deletes the results must not
/// delete them all), and a value with a NUL character is refused as request bodies refuse it.
struct QueryParameters {
    private let parameters: Parameters

    init(_ request: Request, accepting accepted: Set<String>) throws {
        self.parameters = request.uri.queryParameters
        for (name, value) in parameters {
            guard accepted.contains(String(name)) else {
                let known = accepted.sorted().joined(separator: ", ")
                throw GatewayError.badRequest(
                    "Unknown query parameter '\(name)' for \(request.uri.path)\(known.isEmpty ? "; it takes none" : "; it takes \(known)").",
                    param: String(name)
                )
            }
            guard !value.utf8.contains(0) else {
                throw GatewayError.badRequest("Query parameter '\(name)' contains a NUL character, which is not allowed.", param: String(name))
            }
        }
    }

    func string(_ name: String) -> String? {
        guard let value = parameters[name[...]], !value.isEmpty else { return nil }
        return String(value)
    }

    func int(_ name: String, default defaultValue: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = string(name) else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw GatewayError.badRequest(
                "Query parameter '\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'.",
                param: name
            )
        }
        return value
    }

    func bool(_ name: String) throws -> Bool {
        guard let text = string(name) else { return false }
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw GatewayError.badRequest("Query parameter '\(name)' must be true or false, got '\(text)'.", param: name)
        }
    }

    func date(_ name: String) throws -> Date? {
        guard let text = string(name) else { return nil }
        guard let date = WireCoding.parseTimestamp(text) else {
            throw GatewayError.badRequest("Query parameter '\(name)' must be a date like 2026-11-24 or 2026-11-24T10:00:00Z.", param: name)
        }
        return date
    }

    /// One of `choices`, or nil when absent; a 400 listing the choices otherwise.
    func choice(_ name: String, of choices: [String]) throws -> String? {
        guard let text = string(name) else { return nil }
        guard choices.contains(text) else {
            throw GatewayError.badRequest("Query parameter '\(name)' must be one of \(choices.joined(separator: ", ")), got '\(text)'.", param: name)
        }
        return text
    }

    /// A comma-separated list, empty entries dropped.
    func list(_ name: String) -> [String]? {
        string(name).map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }
}

/// A page of a listing as the management API reports it.
struct Pagination {
    let page: Int
    let size: Int
    let total: Int

    var totalPages: Int { total == 0 ? 0 : (total + size - 1) / size }
}

extension PagedAnswer where Item: Encodable {
    /// A page of a listing as LiteLLM's paged list endpoints answer it (`/user/list`, `/v2/team/list`): the items
    /// under the endpoint's own name, then `total`, `page`, `page_size` and `total_pages`.
    init(_ page: Page<Item>, under itemsField: String, _ request: PageRequest) {
        self.init(
            page.items,
            under: itemsField,
            total: page.total,
            page: request.page,
            pageSize: request.size,
            totalPages: Pagination(page: request.page, size: request.size, total: page.total).totalPages
        )
    }
}
