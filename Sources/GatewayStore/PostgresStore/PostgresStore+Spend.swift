import Foundation
import GatewayModel
import PostgresNIO

extension PostgresStore {
    /// Writes the batch in one statement: the new spend-log rows (a request id already stored is skipped) and,
    /// from exactly those rows, the key, user and team totals.
    @discardableResult
    public func recordSpend(_ entries: [SpendLogEntry]) async throws -> Int {
        guard !entries.isEmpty else { return 0 }
        let requestIds = entries.map(\.requestId), callTypes = entries.map(\.callType), models = entries.map(\.model)
        let apiKeys = entries.map { $0.apiKey ?? "" }, userIds = entries.map { $0.userId ?? "" }, teamIds = entries.map { $0.teamId ?? "" }
        let modelGroups = entries.map { $0.modelGroup ?? "" }, modelIds = entries.map { $0.modelId ?? "" }
        let promptTokens = entries.map(\.promptTokens), completionTokens = entries.map(\.completionTokens)
        let spends = entries.map(\.spend), startTimes = entries.map(\.startTime), endTimes = entries.map(\.endTime)
        let statuses = entries.map(\.status)
        let query: PostgresQuery = """
            WITH batch AS (
                SELECT * FROM unnest(\(requestIds)::text[], \(callTypes)::text[], \(apiKeys)::text[], \(userIds)::text[],
                    \(teamIds)::text[], \(models)::text[], \(modelGroups)::text[], \(modelIds)::text[], \(promptTokens)::bigint[],
                    \(completionTokens)::bigint[], \(spends)::float8[], \(startTimes)::timestamptz[], \(endTimes)::timestamptz[],
                    \(statuses)::text[])
                    AS b(request_id, call_type, api_key, user_id, team_id, model, model_group, model_id,
                         prompt_tokens, completion_tokens, spend, start_time, end_time, status)
            ), inserted AS (
                INSERT INTO spend_logs (request_id, call_type, api_key, user_id, team_id, model, model_group, model_id,
                    prompt_tokens, completion_tokens, spend, start_time, end_time, status)
                SELECT request_id, call_type, NULLIF(api_key, ''), NULLIF(user_id, ''), NULLIF(team_id, ''), model,
                    NULLIF(model_group, ''), NULLIF(model_id, ''), prompt_tokens, completion_tokens, spend, start_time,
                    end_time, status
                FROM batch
                ON CONFLICT (request_id) DO NOTHING
                RETURNING api_key, user_id, team_id, spend
            ), key_totals AS (
                UPDATE keys SET spend = keys.spend + t.amount
                FROM (SELECT api_key, SUM(spend) AS amount FROM inserted WHERE api_key IS NOT NULL GROUP BY api_key) t
                WHERE keys.token = t.api_key
            ), user_totals AS (
                UPDATE users SET spend = users.spend + t.amount
                FROM (SELECT user_id, SUM(spend) AS amount FROM inserted WHERE user_id IS NOT NULL GROUP BY user_id) t
                WHERE users.user_id = t.user_id
            ), team_totals AS (
                UPDATE teams SET spend = teams.spend + t.amount
                FROM (SELECT team_id, SUM(spend) AS amount FROM inserted WHERE team_id IS NOT NULL GROUP BY team_id) t
                WHERE teams.team_id = t.team_id
            )
            SELECT COUNT(*) FROM inserted
            """
        return try await database.transaction { connection in
            try await connection.query(query, logger: PostgresSession.quietLogger).collect().first?.decode(Int.self) ?? 0
        }
    }
}
