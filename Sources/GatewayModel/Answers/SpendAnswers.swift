import Foundation

/// A spend-log row as a client reads it from `/spend/logs`: its request id and the fields a listing shows, each
/// optional. The names are `SpendLogEntry`'s own.
public struct SpendLogSummary: Decodable, Sendable {
    public var requestId: String
    public var model: String?
    public var modelGroup: String?
    public var totalTokens: Int?
    public var spend: Double?
    public var status: String?
    /// As the server wrote it.
    public var startTime: String?

    public init(from decoder: any Decoder) throws {
        let entry = try decoder.container(keyedBy: SpendLogEntry.CodingKeys.self)
        requestId = try entry.decode(String.self, forKey: .requestId)
        model = try entry.decodeIfPresent(String.self, forKey: .model)
        modelGroup = try entry.decodeIfPresent(String.self, forKey: .modelGroup)
        totalTokens = try entry.decodeIfPresent(Int.self, forKey: .totalTokens)
        spend = try entry.decodeIfPresent(Double.self, forKey: .spend)
        status = try entry.decodeIfPresent(String.self, forKey: .status)
        startTime = try entry.decodeIfPresent(String.self, forKey: .startTime)
    }
}

/// A chat completion as a client prints it: the text of each choice (OpenAI's shape).
public struct ChatCompletionSummary: Decodable, Sendable {
    public var choices: [Choice]

    /// One choice: its message, or in a streamed chunk its delta.
    public struct Choice: Decodable, Sendable {
        public var message: Content?
        public var delta: Content?
    }

    /// The text of a message or a delta.
    public struct Content: Decodable, Sendable {
        public var content: String?
    }

    /// The first choice's text, whole or streamed.
    public var text: String? { choices.first.flatMap { $0.message?.content ?? $0.delta?.content } }
}
