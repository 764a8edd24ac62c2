-- Workspaces the user added. A row never holds a token: tokens live in the OS keyring.
CREATE TABLE workspaces (
    id             TEXT PRIMARY KEY NOT NULL,
    url            TEXT NOT NULL,
    name           TEXT NOT NULL,
    server_version TEXT NOT NULL,
    user_id        TEXT,
    username       TEXT,
    display_name   TEXT,
    added_at       TEXT NOT NULL,
    position       INTEGER NOT NULL
);

-- The last profile read from the server, as Tether's own Profile type (JSON).
-- Never the server's raw /me: that carries `services`.
CREATE TABLE profiles (
    workspace_id TEXT PRIMARY KEY NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    profile_json TEXT NOT NULL,
    fetched_at   TEXT NOT NULL
);

-- Public settings of each workspace (settings.public), value as JSON.
CREATE TABLE public_settings (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    setting_id   TEXT NOT NULL,
    value_json   TEXT NOT NULL,
    fetched_at   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, setting_id)
);
