import Foundation
import GatewayModel

/// One spend entry as a journal line: tab-separated fields after a version tag, `\N` for a missing value, and
/// backslash escapes for tab, newline, carriage return and backslash; numbers and times (Unix seconds) in their
/// shortest exact form.
///
/// The line is written on every request, so it is built by hand: the generic JSON encoder cost a fifth of the
/// worker's throughput in the benchmark.
enum SpendJournalLine {
    static let version = "s1"
    private static let null = "\\N"

    static func encode(_ entry: SpendLogEntry) -> [UInt8] {
        var line = version
        for field in [
            entry.requestId, entry.callType, entry.apiKey, entry.userId, entry.teamId, entry.model, entry.modelGroup, entry.modelId,
        ] {
            line += "\t"
            line += field.map(escape) ?? null
        }
        line += "\t\(entry.promptTokens)\t\(entry.completionTokens)\t\(entry.spend)"
        line += "\t\(entry.startTime.timeIntervalSince1970)\t\(entry.endTime.timeIntervalSince1970)\t\(escape(entry.status))\n"
        return Array(line.utf8)
    }

    /// The entry on `line` (without its newline); nil for a line that is cut short or not of this format.
    static func decode(_ line: Substring) -> SpendLogEntry? {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 15, fields[0] == version else { return nil }
        let text = fields.map { $0 == null ? nil : unescape($0) }
        guard let requestId = text[1], let callType = text[2], let model = text[6], let status = text[14],
            let promptTokens = text[9].flatMap({ Int($0) }), let completionTokens = text[10].flatMap({ Int($0) }),
            let spend = text[11].flatMap({ Double($0) }), let start = text[12].flatMap({ Double($0) }),
            let end = text[13].flatMap({ Double($0) }), NumberRange.money.contains(spend), start.isFinite, end.isFinite
        else { return nil }
        return SpendLogEntry(
            requestId: requestId,
            callType: callType,
            apiKey: text[3],
            userId: text[4],
            teamId: text[5],
            model: model,
            modelGroup: text[7],
            modelId: text[8],
            promptTokens: promptTokens,
            completionTokens: completionTokens,
            spend: spend,
            startTime: Date(timeIntervalSince1970: start),
            endTime: Date(timeIntervalSince1970: end),
            status: status
        )
    }

    private static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) else { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\\": escaped += "\\\\"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    private static func unescape(_ text: Substring) -> String {
        guard text.contains("\\") else { return String(text) }
        var plain = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "t": plain += "\t"
                case "n": plain += "\n"
                case "r": plain += "\r"
                default: plain.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                plain.append(character)
            }
        }
        return plain
    }
}
