-- What the admin pages last read from the server (issue 22), to be browsed offline and marked
-- with when it was read: the caller's admin permissions (`access`), the Users page's overview
-- (`overview`) and each page of each list query (`page:<query>:<offset>`). JSON values; never
-- a secret (user documents as the list projects them, no `services`).
CREATE TABLE admin_cache (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    value_json   TEXT NOT NULL,
    read_at      TEXT NOT NULL,
    PRIMARY KEY (workspace_id, key)
);
