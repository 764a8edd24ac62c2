-- How each account signs in: 'password' (login token, revalidated with resume) or
-- 'personal_access_token' (a token the user created; never logged out by Tether).
ALTER TABLE workspaces ADD COLUMN auth_kind TEXT NOT NULL DEFAULT 'password';

-- Certificates the user chose to trust, exactly: one SHA-256 fingerprint per row, per host.
-- A fingerprint is public information, not a secret.
CREATE TABLE trusted_certificates (
    host       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    trusted_at TEXT NOT NULL,
    PRIMARY KEY (host, sha256)
);

-- The workspace's icon and the signed-in user's avatar, fetched by Rust and shown offline.
CREATE TABLE images (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('icon', 'avatar')),
    content_type TEXT NOT NULL,
    data         BLOB NOT NULL,
    fetched_at   TEXT NOT NULL,
    PRIMARY KEY (workspace_id, kind)
);
