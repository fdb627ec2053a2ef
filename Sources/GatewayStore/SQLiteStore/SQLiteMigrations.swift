import GRDB

/// The SQLite schema, as versioned migrations applied in order and recorded by GRDB.
///
/// Triggers write every change to keys, users, teams, memberships and models into `change_log`,
/// so the change feed sees writes from any process sharing the file. Spend updates are left out
/// on purpose: they happen every second and must not evict caches.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-schema") { db in
            try db.execute(sql: schemaV1)
        }
        migrator.registerMigration("v1-change-log") { db in
            try db.execute(sql: changeLogV1)
        }
        migrator.registerMigration("v2-key-aliases") { db in
            try db.execute(sql: keyAliasesV2)
        }
        migrator.registerMigration("v3-fleet") { db in
            try db.execute(sql: fleetV3)
        }
        return migrator
    }

    static let knownIdentifiers = ["v1-schema", "v1-change-log", "v2-key-aliases", "v3-fleet"]

    /// The control-plane revision: the last `change_log` id, which `AUTOINCREMENT` never hands out again, so it only
    /// rises, also after old rows are trimmed.
    static let revisionSQL = "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'change_log'), 0) AS revision"

    private static let now = "((julianday('now') - 2440587.5) * 86400.0)"

    private static let schemaV1 = """
        CREATE TABLE users (
            user_id TEXT PRIMARY KEY NOT NULL,
            user_email TEXT,
            user_alias TEXT,
            user_role TEXT NOT NULL,
            models TEXT NOT NULL DEFAULT '[]',
            spend REAL NOT NULL DEFAULT 0,
            max_budget REAL,
            budget_duration TEXT,
            budget_reset_at REAL,
            tpm_limit INTEGER,
            rpm_limit INTEGER,
            max_parallel_requests INTEGER,
            metadata TEXT NOT NULL DEFAULT '{}',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE UNIQUE INDEX users_email ON users(user_email) WHERE user_email IS NOT NULL;

        CREATE TABLE teams (
            team_id TEXT PRIMARY KEY NOT NULL,
            team_alias TEXT,
            models TEXT NOT NULL DEFAULT '[]',
            spend REAL NOT NULL DEFAULT 0,
            max_budget REAL,
            budget_duration TEXT,
            budget_reset_at REAL,
            tpm_limit INTEGER,
            rpm_limit INTEGER,
            max_parallel_requests INTEGER,
            blocked INTEGER NOT NULL DEFAULT 0,
            metadata TEXT NOT NULL DEFAULT '{}',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );

        CREATE TABLE team_members (
            team_id TEXT NOT NULL REFERENCES teams(team_id) ON DELETE CASCADE,
            user_id TEXT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            PRIMARY KEY (team_id, user_id)
        );
        CREATE INDEX team_members_user ON team_members(user_id);

        CREATE TABLE keys (
            token TEXT PRIMARY KEY NOT NULL,
            key_name TEXT NOT NULL,
            key_alias TEXT,
            user_id TEXT REFERENCES users(user_id),
            team_id TEXT REFERENCES teams(team_id),
            models TEXT NOT NULL DEFAULT '[]',
            spend REAL NOT NULL DEFAULT 0,
            max_budget REAL,
            budget_duration TEXT,
            budget_reset_at REAL,
            tpm_limit INTEGER,
            rpm_limit INTEGER,
            max_parallel_requests INTEGER,
            metadata TEXT NOT NULL DEFAULT '{}',
            blocked INTEGER NOT NULL DEFAULT 0,
            expires REAL,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            created_by TEXT
        );
        CREATE UNIQUE INDEX keys_alias ON keys(key_alias) WHERE key_alias IS NOT NULL;
        CREATE INDEX keys_user ON keys(user_id);
        CREATE INDEX keys_team ON keys(team_id);

        CREATE TABLE model_deployments (
            model_id TEXT PRIMARY KEY NOT NULL,
            model_name TEXT NOT NULL,
            litellm_params TEXT NOT NULL,
            model_info TEXT NOT NULL DEFAULT '{}',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );

        CREATE TABLE spend_logs (
            request_id TEXT PRIMARY KEY NOT NULL,
            call_type TEXT NOT NULL,
            api_key TEXT,
            user_id TEXT,
            team_id TEXT,
            model TEXT NOT NULL,
            model_group TEXT,
            model_id TEXT,
            prompt_tokens INTEGER NOT NULL,
            completion_tokens INTEGER NOT NULL,
            spend REAL NOT NULL,
            start_time REAL NOT NULL,
            end_time REAL NOT NULL,
            status TEXT NOT NULL
        );
        CREATE INDEX spend_logs_time ON spend_logs(start_time);
        CREATE INDEX spend_logs_key_time ON spend_logs(api_key, start_time);
        CREATE INDEX spend_logs_user_time ON spend_logs(user_id, start_time);
        CREATE INDEX spend_logs_team_time ON spend_logs(team_id, start_time);
        """

    private static let keyColumns =
        "token, key_alias, user_id, team_id, models, max_budget, budget_duration, budget_reset_at, tpm_limit, rpm_limit, max_parallel_requests, metadata, blocked, expires"
    private static let userColumns =
        "user_email, user_alias, user_role, models, max_budget, budget_duration, budget_reset_at, tpm_limit, rpm_limit, max_parallel_requests, metadata"
    private static let teamColumns =
        "team_alias, models, max_budget, budget_duration, budget_reset_at, tpm_limit, rpm_limit, max_parallel_requests, blocked, metadata"

    private static let changeLogV1 = """
        CREATE TABLE change_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            ref TEXT NOT NULL,
            at REAL NOT NULL DEFAULT \(now)
        );

        CREATE TRIGGER keys_inserted AFTER INSERT ON keys BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('key', NEW.token);
        END;
        CREATE TRIGGER keys_updated AFTER UPDATE OF \(keyColumns) ON keys BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('key', OLD.token);
            INSERT INTO change_log(kind, ref) SELECT 'key', NEW.token WHERE NEW.token <> OLD.token;
        END;
        CREATE TRIGGER keys_deleted AFTER DELETE ON keys BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('key', OLD.token);
        END;

        CREATE TRIGGER users_updated AFTER UPDATE OF \(userColumns) ON users BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('user', OLD.user_id);
        END;
        CREATE TRIGGER users_deleted AFTER DELETE ON users BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('user', OLD.user_id);
        END;

        CREATE TRIGGER teams_updated AFTER UPDATE OF \(teamColumns) ON teams BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('team', OLD.team_id);
        END;
        CREATE TRIGGER teams_deleted AFTER DELETE ON teams BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('team', OLD.team_id);
        END;

        CREATE TRIGGER team_members_inserted AFTER INSERT ON team_members BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('team', NEW.team_id), ('user', NEW.user_id);
        END;
        CREATE TRIGGER team_members_updated AFTER UPDATE ON team_members BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('team', NEW.team_id), ('user', NEW.user_id);
        END;
        CREATE TRIGGER team_members_deleted AFTER DELETE ON team_members BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('team', OLD.team_id), ('user', OLD.user_id);
        END;

        CREATE TRIGGER models_inserted AFTER INSERT ON model_deployments BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('model', NEW.model_id);
        END;
        CREATE TRIGGER models_updated AFTER UPDATE ON model_deployments BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('model', OLD.model_id);
        END;
        CREATE TRIGGER models_deleted AFTER DELETE ON model_deployments BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('model', OLD.model_id);
        END;
        """

    /// Keys gain their model aliases; the update trigger is remade so a change of aliases reaches every cache.
    private static let keyAliasesV2 = """
        ALTER TABLE keys ADD COLUMN aliases TEXT NOT NULL DEFAULT '{}';
        DROP TRIGGER keys_updated;
        CREATE TRIGGER keys_updated AFTER UPDATE OF \(keyColumns), aliases ON keys BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('key', OLD.token);
            INSERT INTO change_log(kind, ref) SELECT 'key', NEW.token WHERE NEW.token <> OLD.token;
        END;
        """

    /// Creating a user or a team raises the revision too (every administrative write does), and instances write
    /// their heartbeats to `instances`.
    private static let fleetV3 = """
        CREATE TRIGGER users_inserted AFTER INSERT ON users BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('user', NEW.user_id);
        END;
        CREATE TRIGGER teams_inserted AFTER INSERT ON teams BEGIN
            INSERT INTO change_log(kind, ref) VALUES ('team', NEW.team_id);
        END;

        CREATE TABLE instances (
            instance_id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            region TEXT,
            role TEXT NOT NULL,
            planes TEXT NOT NULL,
            version TEXT NOT NULL,
            public_url TEXT,
            started_at REAL NOT NULL,
            last_seen REAL NOT NULL,
            heartbeat_interval REAL NOT NULL,
            applied_revision INTEGER NOT NULL,
            change_feed_connected INTEGER NOT NULL,
            key_cache_entries INTEGER NOT NULL,
            calls_in_flight INTEGER NOT NULL,
            calls_last_minute INTEGER NOT NULL,
            spend_last_minute REAL NOT NULL,
            spend_journal_pending INTEGER NOT NULL,
            models_digest TEXT NOT NULL,
            models TEXT NOT NULL,
            stopped_at REAL
        );
        """
}
