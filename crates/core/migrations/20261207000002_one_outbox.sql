-- One outbox for every offline edit (issue 21): preferences and profile fields alike, with the
-- same guarantees. `base_json` is the server's value the edit was made against; `revision`
-- grows with every edit (a send settles only the revision it sent); `sent_json` is the value
-- sent and not confirmed yet (found on the server after a crash, it is ours, not a conflict);
-- `conflict` with `theirs_json` waits for the user; `refused` keeps the server's reason (with
-- `theirs_json`, the value it kept instead, when known). Values are JSON.
CREATE TABLE outbox (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    slice        TEXT NOT NULL CHECK (slice IN ('preferences', 'profile')),
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
    CHECK (slice <> 'profile' OR key IN ('name', 'nickname', 'bio', 'status', 'status_text'))
);

INSERT INTO outbox (workspace_id, slice, key, value_json, base_json, revision, conflict,
                    theirs_json, refused, sent_json, edited_at)
SELECT workspace_id, 'preferences', key, value_json, base_json, revision, conflict,
       theirs_json, refused, sent_json, edited_at
FROM preference_outbox;

-- A profile edit's `server_value` was the server's value beside a conflict or a refusal.
INSERT INTO outbox (workspace_id, slice, key, value_json, base_json, conflict, theirs_json,
                    refused, edited_at)
SELECT workspace_id, 'profile', field, json_quote(value), json_quote(base),
       CASE WHEN server_value IS NOT NULL AND refused IS NULL THEN 1 ELSE 0 END,
       CASE WHEN server_value IS NULL THEN NULL ELSE json_quote(server_value) END,
       refused, edited_at
FROM pending_profile_edits;

DROP TABLE preference_outbox;
DROP TABLE pending_profile_edits;
