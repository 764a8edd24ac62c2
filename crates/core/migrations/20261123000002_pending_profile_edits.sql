-- Profile edits made while the workspace could not be reached, one row per field, kept until the
-- server has them. `base` is the server's value the edit was made against: if the server's value
-- differs from it when Tether reconnects, someone changed the field meanwhile, and the edit waits
-- as a conflict (`server_value`) for the user to decide. Never overwritten silently.
CREATE TABLE pending_profile_edits (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    field        TEXT NOT NULL CHECK (field IN ('name', 'nickname', 'bio', 'status', 'status_text')),
    value        TEXT NOT NULL,
    base         TEXT NOT NULL,
    server_value TEXT,
    edited_at    TEXT NOT NULL,
    PRIMARY KEY (workspace_id, field)
);
