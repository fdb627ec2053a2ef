import ArgumentParser
import Foundation
import GatewayModel

/// `llmctl key list`.
public struct KeyList: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "list", abstract: "List keys (never their secrets).")

    @Option(help: "Only this user's keys.") var user: String?
    @Option(help: "Only this team's keys.") var team: String?
    @Option(help: "Page, from 1.") var page = 1
    @Option(help: "Keys per page, up to 100.") var size = 100
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var query = "return_full_object=true&page=\(page)&size=\(size)"
        if let user { query += "&user_id=\(Query.escape(user))" }
        if let team { query += "&team_id=\(Query.escape(team))" }
        let answer = try Connection.resolve(global, in: environment).perform("GET", "/key/list?\(query)", reading: KeyPage<Raw<KeySummary>>.self)
        environment.output(KeyRows.listing.render(answer.value.keys, global))
    }
}

/// Query-string escaping for values typed on the command line.
enum Query {
    static func escape(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? value
    }
}
