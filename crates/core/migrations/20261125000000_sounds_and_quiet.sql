-- A workspace's custom sounds (`custom-sounds.list`) as last read. The audio files live on disk
-- beside the cache (`sounds/<workspace_id>/<sound_id>-<updated>.<extension>`); `updated` is the
-- server's `_updatedAt`, so a replaced sound is downloaded again and an unchanged one never.
CREATE TABLE custom_sounds (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    sound_id     TEXT NOT NULL,
    name         TEXT NOT NULL,
    extension    TEXT NOT NULL,
    updated      TEXT NOT NULL,
    PRIMARY KEY (workspace_id, sound_id)
);

-- Tether's own settings that belong to no workspace, one JSON value per key (e.g.
-- `do_not_disturb_until`).
CREATE TABLE app_settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value_json TEXT NOT NULL
);
