-- The user's preferences as the server stores them (`users.getPreferences`: only the keys the
-- user set; defaults come from the `Accounts_Default_User_Preferences_*` public settings), one
-- row per key, value as JSON. The base of the three-way merge.
CREATE TABLE server_preferences (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    value_json   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, key)
);

-- When the server's preferences were last read; no row: never.
CREATE TABLE preference_snapshots (
    workspace_id TEXT PRIMARY KEY NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    fetched_at   TEXT NOT NULL
);

-- The outbox: preference edits the server does not have yet, one row per key (a new edit of the
-- same key replaces the value: edits coalesce). `base_json` is the effective server value the
-- edit was made against (NULL: none). `revision` grows with every edit, so a sync that sent an
-- older value never removes a newer one. `conflict` = 1 when the server changed the key to
-- `theirs_json` meanwhile; `refused` holds the server's reason when it refused the value.
-- `sent_json` is the value last sent and not yet confirmed: if Tether dies after the server
-- took it, finding that value on the server means "ours", not a change made elsewhere.
CREATE TABLE preference_outbox (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    value_json   TEXT NOT NULL,
    base_json    TEXT,
    revision     INTEGER NOT NULL DEFAULT 1,
    conflict     INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)),
    theirs_json  TEXT,
    refused      TEXT,
    sent_json    TEXT,
    edited_at    TEXT NOT NULL,
    PRIMARY KEY (workspace_id, key)
);
