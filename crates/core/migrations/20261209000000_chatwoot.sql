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

-- The one outbox takes a Chatwoot agent's offline edits too (slice `agent`: name,
-- display_name, audio, and per account `flags:<id>`, `availability:<id>`,
-- `auto_offline:<id>`). SQLite cannot change a CHECK, so the table is rebuilt, rows kept.
CREATE TABLE outbox_next (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    slice        TEXT NOT NULL CHECK (slice IN ('preferences', 'profile', 'agent')),
    key          TEXT NOT NULL,
    value_json   TEXT NOT NULL,
    base_json    TEXT,
    revision     INTEGER NOT NULL DEFAULT 1,
    conflict     INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)),
    theirs_json  TEXT,
    refused      TEXT,
    sent_json    TEXT,
    edited_at    TEXT NOT NULL,
    PRIMARY KEY (workspace_id, slice, key),
    CHECK (slice <> 'profile' OR key IN ('name', 'nickname', 'bio', 'status', 'status_text')),
    CHECK (slice <> 'agent' OR key IN ('name', 'display_name', 'audio')
           OR key GLOB 'flags:[0-9]*' OR key GLOB 'availability:[0-9]*'
           OR key GLOB 'auto_offline:[0-9]*')
);
INSERT INTO outbox_next SELECT workspace_id, slice, key, value_json, base_json, revision,
    conflict, theirs_json, refused, sent_json, edited_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_next RENAME TO outbox;
