-- Chatwoot workspaces (issue 23). The agent's profile as last read from the server, without
-- its secrets (the personal access token and the realtime token are never cached), and the
-- account of the user Tether shows when the user belongs to several.
CREATE TABLE chatwoot_profiles (
    workspace_id TEXT PRIMARY KEY NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    profile_json TEXT NOT NULL,
    fetched_at   TEXT NOT NULL
);

CREATE TABLE chatwoot_accounts (
    workspace_id TEXT PRIMARY KEY NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    account_id   TEXT NOT NULL
);

-- One account's e-mail and push notification flags (reference chatwoot-api.md B5), as JSON.
CREATE TABLE chatwoot_notification_flags (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    account_id   TEXT NOT NULL,
    flags_json   TEXT NOT NULL,
    fetched_at   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, account_id)
);
