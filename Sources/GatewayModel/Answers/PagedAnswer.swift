import Foundation

/// `GET /user/list` and the other paged listings: one page of items under their resource's name, and where it lies.
public struct PagedAnswer<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int?
    public var page: Int?
    public var pageSize: Int?
    public var totalPages: Int?
    let itemsField: String

    public init(_ items: [Item], under itemsField: String, total: Int, page: Int, pageSize: Int, totalPages: Int) {
        self.items = items
        self.itemsField = itemsField
        self.total = total
        self.page = page
        self.pageSize = pageSize
        self.totalPages = totalPages
    }

}

extension PagedAnswer: Encodable where Item: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: FieldKey.self)
        try fields.encode(items, forKey: FieldKey(itemsField))
        try fields.field(PageField.total.rawValue, total)
        try fields.field(PageField.page.rawValue, page)
        try fields.field(PageField.pageSize.rawValue, pageSize)
        try fields.field(PageField.totalPages.rawValue, totalPages)
    }
}

extension PagedAnswer where Item: Decodable {
    /// Reads a page whose items are under `itemsField` (`users`, `teams`).
    public static func decode(from decoder: any Decoder, itemsField: String) throws -> PagedAnswer {
        let fields = try decoder.container(keyedBy: FieldKey.self)
        var page = PagedAnswer(
            try fields.decode([Item].self, forKey: FieldKey(itemsField)),
            under: itemsField,
            total: 0,
            page: 0,
            pageSize: 0,
            totalPages: 0
        )
        page.total = try fields.decodeIfPresent(Int.self, forKey: FieldKey(PageField.total.rawValue))
        page.page = try fields.decodeIfPresent(Int.self, forKey: FieldKey(PageField.page.rawValue))
        page.pageSize = try fields.decodeIfPresent(Int.self, forKey: FieldKey(PageField.pageSize.rawValue))
        page.totalPages = try fields.decodeIfPresent(Int.self, forKey: FieldKey(PageField.totalPages.rawValue))
        return page
    }
}

/// The fields a page answer has beside its items.
enum PageField: String {
    case total, page
    case pageSize = "page_size"
    case totalPages = "total_pages"
}

/// What paged listings call their items.
public enum ListedItems {
    public static let users = "users"
    public static let teams = "teams"
}
