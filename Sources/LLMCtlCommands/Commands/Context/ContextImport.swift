import ArgumentParser
import Foundation
import GatewayModel

/// `llmctl context import --from-fleet`: a context for every live instance of the current context's fleet that has
/// a public URL, named like the instance and labelled with its region, so switching between regional workers needs
/// no URL typed by hand.
public struct ContextImport: LLMCtlCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add a context for each live instance of the current context's fleet.",
        discussion: """
            Each new context takes the instance's name, public URL and region, and the current context's credential \
            (its key, or the variable it reads the key from) unless --api-key-env names another. Contexts that exist \
            already are left as they are.
            """
    )

    @Flag(help: "Read the instances from the current context's /fleet/status.") var fromFleet = false
    @Option(help: "Have the new contexts read their key from this environment variable.") var apiKeyEnv: String?
    @OptionGroup var global: GlobalOptions

    public init() {}

    public func validate() throws {
        guard fromFleet else { throw ValidationError("Say where to import from: --from-fleet.") }
    }

    public func run(in environment: CommandEnvironment) throws(CLIError) {
        let connection = try Connection.resolve(global, in: environment)
        let answer = try connection.perform("GET", "/fleet/status", reading: FleetAnswer<FleetRow>.self)
        let store = try environment.contextStore()
        let credential = try credential(of: connection, store: store)
        var rows: [OutputRow] = []
        do {
            for instance in answer.value.instances where instance.status == .live {
                guard let url = instance.report.publicURL, (try? ContextURL.check(url, option: "public_url")) != nil else { continue }
                let name = instance.report.name
                let outcome: String
                if try store.context(named: name) != nil {
                    outcome = "exists"
                } else {
                    let context = CLIContext(
                        name: name,
                        url: url,
                        apiKey: credential.key,
                        apiKeyEnvironment: credential.variable,
                        region: instance.report.region,
                        note: "imported from the fleet of \(connection.name)"
                    )
                    try store.add(context, makeCurrent: false)
                    outcome = "added"
                }
                let object: JSONValue = [
                    "name": .string(name), "url": .string(url), "region": instance.report.region.map(JSONValue.string) ?? .null,
                    "result": .string(outcome),
                ]
                rows.append(OutputRow(name: name, cells: [name, url, instance.report.region ?? "", outcome], object: object))
            }
        } catch {
            throw CLIError(error)
        }
        environment.output(Renderer.render(rows, columns: ["name", "url", "region", "result"], format: global.output, headers: !global.noHeaders))
    }

    /// How the new contexts authenticate: `--api-key-env`, else as the current context does.
    private func credential(of connection: Connection, store: ContextStore) throws(CLIError) -> (key: String?, variable: String?) {
        if let apiKeyEnv { return (nil, apiKeyEnv) }
        if connection.name == "LLMCTL_URL" { return (nil, "LLMCTL_API_KEY") }
        do {
            let current = try store.require(connection.name)
            return (current.apiKey, current.apiKeyEnvironment)
        } catch {
            throw CLIError(error)
        }
    }
}
