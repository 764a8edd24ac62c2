-- Chatwoot workspaces (issue 23). The agent's profile as last read from the server, without
-- its secrets (the personal access token and the realtime token are never cached).
CREATE TABLE chatwoot_profiles (
    workspace_id TEXT PRIMARY KEY NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    profile_json TEXT NOT NULL,
    fetched_at   TEXT NOT NULL
);

-- What Tether keeps for a Chatwoot workspace that the server has not: the account shown
-- (the user's choice) and the alert tone's volume (Chatwoot's dashboard has none; Tether
-- plays the tone itself).
CREATE TABLE chatwoot_local (
    workspace_id TEXT PRIMARY KEY NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    account_id   TEXT,
    volume       INTEGER NOT NULL DEFAULT 100
);

-- One account's e-mail and push notification flags (reference chatwoot-api.md B5), as JSON.
CREATE TABLE chatwoot_notification_flags (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    account_id   TEXT NOT NULL,
    flags_json   TEXT NOT NULL,
    fetched_at   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, account_id)
);
