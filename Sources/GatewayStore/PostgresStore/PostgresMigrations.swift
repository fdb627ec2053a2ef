/// The PostgreSQL schema, as versioned migrations of single statements applied in order, recorded in
/// `llmproxy_migrations` under an advisory lock so concurrent admins apply each once.
///
/// Triggers raise a `NOTIFY llmproxy_changes, 'kind:ref'` for every change to keys, users, teams, memberships and
/// models, whoever writes (any instance, or a person in psql). Spend-only updates raise none: they happen every
/// second and must not evict caches.
enum PostgresMigrations {
    /// The channel the triggers notify on.
    static let channel = "llmproxy_changes"
    /// The advisory lock key migrations hold ("llmp" in ASCII).
    static let lockKey = 0x6C6C_6D70

    static let all: [(identifier: String, statements: [String])] = [
        ("v1-schema", schemaV1),
        ("v1-change-notify", changeNotifyV1),
        ("v2-key-aliases", keyAliasesV2),
        ("v3-fleet", fleetV3),
    ]

    /// The control-plane revision, raised by the triggers in the writing transaction.
    static let revisionSQL = "SELECT revision FROM llmproxy_revision WHERE id = 1"

    static var knownIdentifiers: [String] { all.map(\.identifier) }

    private static let limitColumnsDDL = """
        models TEXT NOT NULL DEFAULT '[]',
            spend DOUBLE PRECISION NOT NULL DEFAULT 0,
            max_budget DOUBLE PRECISION,
            budget_duration TEXT,
            budget_reset_at TIMESTAMPTZ,
            tpm_limit BIGINT,
            rpm_limit BIGINT,
            max_parallel_requests BIGINT,
            metadata TEXT NOT NULL DEFAULT '{}'
        """

    private static let schemaV1 = [
        """
        CREATE TABLE users (
            user_id TEXT PRIMARY KEY,
            user_email TEXT,
            user_alias TEXT,
            user_role TEXT NOT NULL,
            \(limitColumnsDDL),
            created_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX users_email ON users(user_email) WHERE user_email IS NOT NULL",
        """
        CREATE TABLE teams (
            team_id TEXT PRIMARY KEY,
            team_alias TEXT,
            \(limitColumnsDDL),
            blocked BOOLEAN NOT NULL DEFAULT false,
            created_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL
        )
        """,
        """
        CREATE TABLE team_members (
            team_id TEXT NOT NULL REFERENCES teams(team_id) ON DELETE CASCADE,
            user_id TEXT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            PRIMARY KEY (team_id, user_id)
        )
        """,
        "CREATE INDEX team_members_user ON team_members(user_id)",
        """
        CREATE TABLE keys (
            token TEXT PRIMARY KEY,
            key_name TEXT NOT NULL,
            key_alias TEXT,
            user_id TEXT REFERENCES users(user_id),
            team_id TEXT REFERENCES teams(team_id),
            \(limitColumnsDDL),
            blocked BOOLEAN NOT NULL DEFAULT false,
            expires TIMESTAMPTZ,
            created_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL,
            created_by TEXT
        )
        """,
        "CREATE UNIQUE INDEX keys_alias ON keys(key_alias) WHERE key_alias IS NOT NULL",
        "CREATE INDEX keys_user ON keys(user_id)",
        "CREATE INDEX keys_team ON keys(team_id)",
        """
        CREATE TABLE model_deployments (
            model_id TEXT PRIMARY KEY,
            model_name TEXT NOT NULL,
            litellm_params TEXT NOT NULL,
            model_info TEXT NOT NULL DEFAULT '{}',
            created_at TIMESTAMPTZ NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL
        )
        """,
        """
        CREATE TABLE spend_logs (
            request_id TEXT PRIMARY KEY,
            call_type TEXT NOT NULL,
            api_key TEXT,
            user_id TEXT,
            team_id TEXT,
            model TEXT NOT NULL,
            model_group TEXT,
            model_id TEXT,
            prompt_tokens BIGINT NOT NULL,
            completion_tokens BIGINT NOT NULL,
            spend DOUBLE PRECISION NOT NULL,
            start_time TIMESTAMPTZ NOT NULL,
            end_time TIMESTAMPTZ NOT NULL,
            status TEXT NOT NULL
        )
        """,
        "CREATE INDEX spend_logs_time ON spend_logs(start_time)",
        "CREATE INDEX spend_logs_key_time ON spend_logs(api_key, start_time)",
        "CREATE INDEX spend_logs_user_time ON spend_logs(user_id, start_time)",
        "CREATE INDEX spend_logs_team_time ON spend_logs(team_id, start_time)",
    ]

    private static let keyColumns =
        "token, key_alias, user_id, team_id, models, max_budget, budget_duration, budget_reset_at, tpm_limit, rpm_limit, max_parallel_requests, metadata, blocked, expires"
    private static let userColumns =
        "user_email, user_alias, user_role, models, max_budget, budget_duration, budget_reset_at, tpm_limit, rpm_limit, max_parallel_requests, metadata"
    private static let teamColumns =
        "team_alias, models, max_budget, budget_duration, budget_reset_at, tpm_limit, rpm_limit, max_parallel_requests, blocked, metadata"

    /// A trigger function notifying `kind:` + the row's `column`, for the old row and (when it differs) the new one;
    /// `raisingRevision` (from v3) replaces the function with one that also raises the revision after the change, so a
    /// listener that has acted on what came before has applied it.
    private static func notifier(_ name: String, kind: String, column: String, raisingRevision: Bool = false) -> String {
        triggerFunction(
            name,
            raisingRevision: raisingRevision,
            body: """
                    IF TG_OP <> 'INSERT' THEN
                        PERFORM pg_notify('\(channel)', '\(kind):' || OLD.\(column));
                    END IF;
                    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.\(column) IS DISTINCT FROM OLD.\(column)) THEN
                        PERFORM pg_notify('\(channel)', '\(kind):' || NEW.\(column));
                    END IF;
                """
        )
    }

    /// The trigger function for memberships: the team and the user of the new row and of the old one.
    private static func membershipNotifier(raisingRevision: Bool = false) -> String {
        triggerFunction(
            "llmproxy_membership_changed",
            raisingRevision: raisingRevision,
            body: """
                    IF TG_OP <> 'DELETE' THEN
                        PERFORM pg_notify('\(channel)', 'team:' || NEW.team_id);
                        PERFORM pg_notify('\(channel)', 'user:' || NEW.user_id);
                    END IF;
                    IF TG_OP <> 'INSERT' THEN
                        PERFORM pg_notify('\(channel)', 'team:' || OLD.team_id);
                        PERFORM pg_notify('\(channel)', 'user:' || OLD.user_id);
                    END IF;
                """
        )
    }

    private static func triggerFunction(_ name: String, raisingRevision: Bool, body: String) -> String {
        """
        CREATE \(raisingRevision ? "OR REPLACE " : "")FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
        \(body)\(raisingRevision ? "\n        PERFORM llmproxy_raise_revision();" : "")
            RETURN NULL;
        END
        $$
        """
    }

    private static let changeNotifyV1 = [
        notifier("llmproxy_key_changed", kind: "key", column: "token"),
        "CREATE TRIGGER keys_changed AFTER INSERT OR DELETE OR UPDATE OF \(keyColumns) ON keys FOR EACH ROW EXECUTE FUNCTION llmproxy_key_changed()",
        notifier("llmproxy_user_changed", kind: "user", column: "user_id"),
        "CREATE TRIGGER users_changed AFTER DELETE OR UPDATE OF \(userColumns) ON users FOR EACH ROW EXECUTE FUNCTION llmproxy_user_changed()",
        notifier("llmproxy_team_changed", kind: "team", column: "team_id"),
        "CREATE TRIGGER teams_changed AFTER DELETE OR UPDATE OF \(teamColumns) ON teams FOR EACH ROW EXECUTE FUNCTION llmproxy_team_changed()",
        membershipNotifier(),
        "CREATE TRIGGER team_members_changed AFTER INSERT OR UPDATE OR DELETE ON team_members FOR EACH ROW EXECUTE FUNCTION llmproxy_membership_changed()",
        notifier("llmproxy_model_changed", kind: "model", column: "model_id"),
        "CREATE TRIGGER models_changed AFTER INSERT OR UPDATE OR DELETE ON model_deployments FOR EACH ROW EXECUTE FUNCTION llmproxy_model_changed()",
    ]

    /// Keys gain their model aliases; the trigger is remade so a change of aliases reaches every cache.
    private static let keyAliasesV2 = [
        "ALTER TABLE keys ADD COLUMN aliases TEXT NOT NULL DEFAULT '{}'",
        "DROP TRIGGER keys_changed ON keys",
        "CREATE TRIGGER keys_changed AFTER INSERT OR DELETE OR UPDATE OF \(keyColumns), aliases ON keys FOR EACH ROW EXECUTE FUNCTION llmproxy_key_changed()",
    ]

    /// The revision every administrative write raises (creating users and teams included), and the instances'
    /// heartbeats.
    private static let fleetV3 = [
        "CREATE TABLE llmproxy_revision (id INTEGER PRIMARY KEY CHECK (id = 1), revision BIGINT NOT NULL)",
        "INSERT INTO llmproxy_revision (id, revision) VALUES (1, 0)",
        """
        CREATE FUNCTION llmproxy_raise_revision() RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            raised BIGINT;
        BEGIN
            UPDATE llmproxy_revision SET revision = revision + 1 WHERE id = 1 RETURNING revision INTO raised;
            PERFORM pg_notify('\(channel)', 'revision:' || raised);
        END
        $$
        """,
        notifier("llmproxy_key_changed", kind: "key", column: "token", raisingRevision: true),
        notifier("llmproxy_user_changed", kind: "user", column: "user_id", raisingRevision: true),
        notifier("llmproxy_team_changed", kind: "team", column: "team_id", raisingRevision: true),
        notifier("llmproxy_model_changed", kind: "model", column: "model_id", raisingRevision: true),
        membershipNotifier(raisingRevision: true),
        "CREATE TRIGGER users_inserted AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION llmproxy_user_changed()",
        "CREATE TRIGGER teams_inserted AFTER INSERT ON teams FOR EACH ROW EXECUTE FUNCTION llmproxy_team_changed()",
        """
        CREATE TABLE instances (
            instance_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            region TEXT,
            role TEXT NOT NULL,
            planes TEXT NOT NULL,
            version TEXT NOT NULL,
            public_url TEXT,
            started_at TIMESTAMPTZ NOT NULL,
            last_seen TIMESTAMPTZ NOT NULL,
            heartbeat_interval DOUBLE PRECISION NOT NULL,
            applied_revision BIGINT NOT NULL,
            change_feed_connected BOOLEAN NOT NULL,
            key_cache_entries BIGINT NOT NULL,
            calls_in_flight BIGINT NOT NULL,
            calls_last_minute BIGINT NOT NULL,
            spend_last_minute DOUBLE PRECISION NOT NULL,
            spend_journal_pending BIGINT NOT NULL,
            models_digest TEXT NOT NULL,
            models TEXT NOT NULL,
            stopped_at TIMESTAMPTZ
        )
        """,
    ]
}
