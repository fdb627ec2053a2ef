import ArgumentParser
import GatewayModel

/// `llmctl user list`.
public struct UserList: LLMCtlCommand {
    public static let configuration = CommandConfiguration(commandName: "list", abstract: "List users.")

    @Option(help: "Only users with this role.") var role: String?
    @Option(help: "Page, from 1.") var page = 1
    @Option(help: "Users per page, up to 100.") var size = 100
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        var query = "page=\(page)&page_size=\(size)"
        if let role { query += "&role=\(Query.escape(role))" }
        let answer = try Connection.resolve(global, in: environment).perform("GET", "/user/list?\(query)", reading: UserPage<Raw<UserSummary>>.self)
        environment.output(UserRows.listing.render(answer.value.page.items, global))
    }
}
