import Foundation
import GatewayModel
import Testing

/// The management API's request and answer types are shared by the server and llmctl: what one side writes, the
/// other reads field for field, so renaming a field on one side fails here rather than at run time.
@Suite("The wire contract between llmctl and the server")
struct WireContractTests {
    /// Encodes `request` as llmctl sends it, decodes it with the server's strict decoder, and answers both encodings.
    private func roundTrip<Request: ManagementRequest & Encodable>(_ request: Request) throws -> (sent: JSONValue, read: JSONValue) {
        let data = try WireCoding.makeEncoder().encode(request)
        let decoded = try RequestDecoding.decode(Request.self, from: data)
        return (try JSONValue(encoding: request), try JSONValue(encoding: decoded))
    }

    private func field(_ value: JSONValue, _ name: String) -> JSONValue? {
        guard case .object(let fields) = value else { return nil }
        return fields[name]
    }

    @Test func everyRequestLlmctlSendsIsReadBackAsSent() throws {
        var limits = LimitsUpdate()
        limits.models = ["demo", "gpt-4o"]
        limits.maxBudget = .some(5)
        limits.budgetDuration = .some(DurationSpec("30d"))
        limits.rpmLimit = .some(60)
        limits.tpmLimit = .some(nil)
        limits.maxParallelRequests = .some(2)
        limits.metadata = ["owner": "ci"]

        var generate = KeyGenerateRequest(keyAlias: "ci", duration: DurationSpec("12h"), userId: "alice", teamId: "eng")
        generate.limits = limits
        var update = KeyUpdateRequest(key: "sk-some-key-0123456789")
        update.keyAlias = .some(nil)
        update.limits = limits
        var regenerate = KeyRegenerateRequest(key: "sk-some-key-0123456789")
        regenerate.newKey = "sk-chosen-new-key-0123456789"
        var newUser = UserNewRequest(userId: "alice")
        newUser.userEmail = "alice@example.com"
        newUser.userRole = .proxyAdmin
        newUser.autoCreateKey = false
        newUser.limits = limits
        var userUpdate = UserUpdateRequest(userId: "alice")
        userUpdate.userEmail = "new@example.com"
        userUpdate.patch.userRole = .internalUserViewer
        var newTeam = TeamNewRequest(teamId: "eng")
        newTeam.teamAlias = "Engineering"
        newTeam.limits = limits
        var teamUpdate = TeamUpdateRequest(teamId: "eng")
        teamUpdate.blocked = true
        teamUpdate.teamAlias = .some("Eng")

        let trips: [(String, JSONValue, JSONValue)] = try [
            ("key generate", roundTrip(generate)), ("key update", roundTrip(update)), ("key regenerate", roundTrip(regenerate)),
            ("key delete", roundTrip(KeyDeleteRequest(keys: ["sk-a-0123456789abcdefgh"], keyAliases: ["ci"]))),
            ("key block", roundTrip(KeyReferenceRequest(key: "sk-a-0123456789abcdefgh"))),
            ("user new", roundTrip(newUser)), ("user update", roundTrip(userUpdate)), ("user delete", roundTrip(UserDeleteRequest(userIds: ["a"]))),
            ("team new", roundTrip(newTeam)), ("team update", roundTrip(teamUpdate)), ("team delete", roundTrip(TeamDeleteRequest(teamIds: ["eng"]))),
            ("member add", roundTrip(TeamMemberAddRequest(teamId: "eng", members: [MemberReference(userId: "alice", role: .admin)]))),
            ("member delete", roundTrip(TeamMemberDeleteRequest(teamId: "eng", userId: "alice"))),
        ].map { name, trip in (name, trip.sent, trip.read) }
        for (name, sent, read) in trips {
            #expect(sent == read, "\(name)")
        }
        #expect(field(trips[0].1, "budget_duration") == "30d")
        #expect(field(trips[0].1, "tpm_limit") == .null)
        #expect(field(trips[1].1, "key_alias") == .null)
    }

    @Test func theServersAnswersReadAsLlmctlReadsThem() throws {
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let record = KeyRecord(
            token: "digest-0123456789",
            keyName: "sk-...wxyz",
            keyAlias: "ci",
            userId: "alice",
            limits: BudgetLimits(models: ["demo"], spend: 1.5, maxBudget: 10),
            expires: now,
            createdAt: now,
            updatedAt: now
        )
        let generated = try JSONValue(encoding: NewKeyAnswer(record, secret: "sk-new-secret-0123456789")).decoded(as: GeneratedKey.self)
        #expect(generated.secret.key == "sk-new-secret-0123456789")
        #expect(generated.secret.tokenId == record.token)
        #expect(generated.keyAlias == "ci" && generated.expires == WireCoding.formatTimestamp(now))
        #expect(field(try JSONValue(encoding: NewKeyAnswer(record, secret: "sk-x")), "token") == nil)

        let page = KeyPage(keys: [record], totalCount: 1, currentPage: 1, totalPages: 1)
        let summary = try JSONValue(encoding: page).decoded(as: KeyPage<KeySummary>.self).keys[0]
        #expect(summary.token == record.token && summary.spend == 1.5 && summary.maxBudget == 10 && summary.models == ["demo"])

        let user = UserRecord(userId: "alice", userEmail: "a@example.com", teams: ["eng"], createdAt: now, updatedAt: now)
        let created = try JSONValue(encoding: RecordAnswer(user, NewUserKey(record, secret: "sk-first-0123456789"))).decoded(as: CreatedUser.self)
        #expect(created.userId == "alice" && created.key == "sk-first-0123456789")
        let withoutKey = try JSONValue(encoding: RecordAnswer(user, NewUserKey(nil, secret: nil)))
        #expect(field(withoutKey, "key") == .null && field(withoutKey, "token_id") == nil)

        let users = PagedAnswer([user], under: ListedItems.users, total: 1, page: 1, pageSize: 25, totalPages: 1)
        #expect(try JSONValue(encoding: users).decoded(as: UserPage<UserSummary>.self).page.items.map(\.teams) == [["eng"]])
        #expect(try JSONValue(encoding: Deleted<DeletedTeams>(["eng"])).decoded(as: Deleted<DeletedTeams>.self).items == ["eng"])
    }
}
