//! The one outbox: every edit made here and not yet on the server, preferences and profile
//! fields alike, one row per (slice, key), with the same guarantees for both. An edit is durable
//! once its statement returns (synchronous=FULL); `revision` grows with every edit, and a send
//! settles only the revision it sent, so an edit made while an older one was in flight is never
//! lost; `sent` is the value sent and not yet confirmed, so a value found on the server after a
//! crash is known to be ours (no false conflict, nothing applied twice); a `conflict` keeps the
//! server's value (`theirs`) for the user; `refused` keeps the server's reason.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::Store;
use crate::Result;

/// Which slice an edit belongs to (its keys are that slice's: preference keys, profile fields).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxSlice {
    /// Account > Preferences.
    Preferences,
    /// The profile's offline-editable fields.
    Profile,
    /// A Chatwoot agent's offline-editable settings.
    Agent,
}

impl OutboxSlice {
    fn as_str(self) -> &'static str {
        match self {
            OutboxSlice::Preferences => "preferences",
            OutboxSlice::Profile => "profile",
            OutboxSlice::Agent => "agent",
        }
    }
}

/// An edit in the outbox.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxRow {
    /// The preference key or profile field.
    pub key: String,
    /// The user's value.
    pub value: Value,
    /// The server's value the edit was made against.
    pub base: Option<Value>,
    /// Grows with every edit of the key.
    pub revision: i64,
    /// The server's value when it conflicts.
    pub conflict: Option<Option<Value>>,
    /// The server's reason when it refused the value.
    pub refused: Option<String>,
    /// The server's value beside a refusal (what it kept instead), when known.
    pub theirs: Option<Value>,
    /// The value last sent and not confirmed yet.
    pub sent: Option<Value>,
}

fn parse(json: Option<&str>) -> Result<Option<Value>> {
    Ok(json.map(serde_json::from_str).transpose()?)
}

fn to_json(value: Option<&Value>) -> Option<String> {
    value.map(Value::to_string)
}

/// One row as read.
struct Raw {
    key: String,
    value_json: String,
    base_json: Option<String>,
    revision: i64,
    conflict: i64,
    theirs_json: Option<String>,
    refused: Option<String>,
    sent_json: Option<String>,
}

impl Raw {
    fn row(self) -> Result<OutboxRow> {
        let theirs = parse(self.theirs_json.as_deref())?;
        Ok(OutboxRow {
            key: self.key,
            value: serde_json::from_str(&self.value_json)?,
            base: parse(self.base_json.as_deref())?,
            revision: self.revision,
            conflict: (self.conflict == 1).then(|| theirs.clone()),
            refused: self.refused,
            theirs,
            sent: parse(self.sent_json.as_deref())?,
        })
    }
}

impl Store {
    /// One slice's edits.
    pub fn edits(&self, slice: OutboxSlice) -> Edits<'_> {
        Edits { store: self, slice }
    }
}

/// One slice's edits in the outbox: the slice's scoped handle on the one table.
#[derive(Clone, Copy)]
pub struct Edits<'a> {
    store: &'a Store,
    slice: OutboxSlice,
}

impl Edits<'_> {
    /// The slice's edits of a workspace, by key.
    pub async fn list(&self, workspace_id: &str) -> Result<Vec<OutboxRow>> {
        let mut conn = self.store.pool.acquire().await?;
        outbox_in(&mut conn, workspace_id, self.slice).await
    }

    /// Whether the slice has edits waiting to be sent (conflicts and refusals wait for the user,
    /// not for the server, so they do not count).
    pub async fn has_to_send(&self, workspace_id: &str) -> Result<bool> {
        let slice = self.slice.as_str();
        let any = sqlx::query_scalar!(
            r#"SELECT EXISTS(SELECT 1 FROM outbox
                             WHERE workspace_id = ?1 AND slice = ?2 AND conflict = 0
                                   AND refused IS NULL) AS "any!: bool""#,
            workspace_id,
            slice,
        )
        .fetch_one(&self.store.pool)
        .await?;
        Ok(any)
    }

    /// Whether the slice has any edit here (waiting, in conflict or refused).
    pub async fn has_any(&self, workspace_id: &str) -> Result<bool> {
        let slice = self.slice.as_str();
        let any = sqlx::query_scalar!(
            r#"SELECT EXISTS(SELECT 1 FROM outbox WHERE workspace_id = ?1 AND slice = ?2)
               AS "any!: bool""#,
            workspace_id,
            slice,
        )
        .fetch_one(&self.store.pool)
        .await?;
        Ok(any)
    }

    /// Records an edit: one statement, so the edit is durable (synchronous=FULL) once this
    /// returns. A new row's base is `base`, except for a preference: the server's stored value
    /// read *in the same statement* (else `base`, the default), so a sync that settles a row
    /// and updates the stored values meanwhile can never leave a new edit with a stale base. A
    /// new edit of a key replaces its value and keeps its base, except when the key was in
    /// conflict: the user has seen the server's value, so it becomes the base. Editing also
    /// clears a refusal. Returns the row as it stands now (a page is built from it without
    /// reading the outbox again).
    pub async fn put(
        &self,
        workspace_id: &str,
        key: &str,
        value: &Value,
        base: Option<&Value>,
        at: DateTime<Utc>,
    ) -> Result<OutboxRow> {
        let slice = self.slice.as_str();
        let value = value.to_string();
        let base = to_json(base);
        let at = at.to_rfc3339();
        let r = sqlx::query_as!(
            Raw,
            "INSERT INTO outbox (workspace_id, slice, key, value_json, base_json, edited_at)
             VALUES (?1, ?2, ?3, ?4,
                     COALESCE(CASE WHEN ?2 = 'preferences'
                                   THEN (SELECT value_json FROM server_preferences
                                         WHERE workspace_id = ?1 AND key = ?3) END, ?5),
                     ?6)
             ON CONFLICT(workspace_id, slice, key) DO UPDATE SET
                 value_json = excluded.value_json,
                 base_json = CASE WHEN conflict = 1 THEN theirs_json ELSE base_json END,
                 revision = revision + 1,
                 conflict = 0,
                 theirs_json = NULL,
                 refused = NULL,
                 edited_at = excluded.edited_at
             RETURNING key, value_json, base_json, revision, conflict, theirs_json, refused,
                       sent_json",
            workspace_id,
            slice,
            key,
            value,
            base,
            at,
        )
        .fetch_one(&self.store.pool)
        .await?;
        r.row()
    }

    /// Removes an edit, but only if it was not edited again since `revision` was read. Returns
    /// whether it was removed.
    pub async fn settle(&self, workspace_id: &str, key: &str, revision: i64) -> Result<bool> {
        let slice = self.slice.as_str();
        let done = sqlx::query!(
            "DELETE FROM outbox WHERE workspace_id = ?1 AND slice = ?2 AND key = ?3
                                  AND revision = ?4",
            workspace_id,
            slice,
            key,
            revision,
        )
        .execute(&self.store.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Removes an edit whatever its revision (the user dropped it).
    pub async fn discard(&self, workspace_id: &str, key: &str) -> Result<()> {
        let slice = self.slice.as_str();
        sqlx::query!(
            "DELETE FROM outbox WHERE workspace_id = ?1 AND slice = ?2 AND key = ?3",
            workspace_id,
            slice,
            key,
        )
        .execute(&self.store.pool)
        .await?;
        Ok(())
    }

    /// The server now has `base` for a key whose newer edit is still waiting: the edit is now
    /// made against `base`.
    pub async fn rebase(&self, workspace_id: &str, key: &str, base: Option<&Value>) -> Result<()> {
        let slice = self.slice.as_str();
        let base = to_json(base);
        sqlx::query!(
            "UPDATE outbox SET base_json = ?4, sent_json = NULL
             WHERE workspace_id = ?1 AND slice = ?2 AND key = ?3",
            workspace_id,
            slice,
            key,
            base,
        )
        .execute(&self.store.pool)
        .await?;
        Ok(())
    }

    /// Marks an edit as conflicting with the server's `theirs`, unless edited since `revision`.
    pub async fn mark_conflict(
        &self,
        workspace_id: &str,
        key: &str,
        revision: i64,
        theirs: Option<&Value>,
    ) -> Result<()> {
        let slice = self.slice.as_str();
        let theirs = to_json(theirs);
        sqlx::query!(
            "UPDATE outbox SET conflict = 1, theirs_json = ?5
             WHERE workspace_id = ?1 AND slice = ?2 AND key = ?3 AND revision = ?4",
            workspace_id,
            slice,
            key,
            revision,
            theirs,
        )
        .execute(&self.store.pool)
        .await?;
        Ok(())
    }

    /// Keeps an edit the server refused, with its reason (and, when known, the value it kept
    /// instead), unless edited since `revision`. It is not sent again by itself.
    pub async fn mark_refused(
        &self,
        workspace_id: &str,
        key: &str,
        revision: i64,
        reason: &str,
        theirs: Option<&Value>,
    ) -> Result<()> {
        let slice = self.slice.as_str();
        let theirs = to_json(theirs);
        sqlx::query!(
            "UPDATE outbox SET refused = ?5, theirs_json = ?6
             WHERE workspace_id = ?1 AND slice = ?2 AND key = ?3 AND revision = ?4",
            workspace_id,
            slice,
            key,
            revision,
            reason,
            theirs,
        )
        .execute(&self.store.pool)
        .await?;
        Ok(())
    }

    /// The server's value an edit is merged against: its `base`, unless the value it last sent
    /// is on the server now (`theirs`). That value is ours, sent before Tether died: it becomes
    /// the base, stored before anything else is sent (the next send replaces `sent`; were the
    /// base left as it was, a send that then fails would make the server's value look like
    /// someone else's change, and an edit back to the old base would be dropped).
    pub async fn base_against(
        &self,
        workspace_id: &str,
        edit: &OutboxRow,
        theirs: Option<&Value>,
    ) -> Result<Option<Value>> {
        if edit.sent.is_some() && edit.sent.as_ref() == theirs {
            self.rebase(workspace_id, &edit.key, edit.sent.as_ref())
                .await?;
            return Ok(edit.sent.clone());
        }
        Ok(edit.base.clone())
    }

    /// Records what is being sent, before it is sent (one statement for the batch).
    pub async fn mark_sent(
        &self,
        workspace_id: &str,
        sent: &BTreeMap<String, Value>,
    ) -> Result<()> {
        let slice = self.slice.as_str();
        let batch = Value::Object(
            sent.iter()
                .map(|(key, value)| (key.clone(), Value::String(value.to_string())))
                .collect(),
        )
        .to_string();
        sqlx::query!(
            "UPDATE outbox SET sent_json = json_extract(?3, '$.\"' || key || '\"')
             WHERE workspace_id = ?1 AND slice = ?2
                   AND key IN (SELECT key FROM json_each(?3))",
            workspace_id,
            slice,
            batch,
        )
        .execute(&self.store.pool)
        .await?;
        Ok(())
    }

    /// Keeps the user's value over a conflict: the server's value becomes the base, so the next
    /// sync sends it. Returns whether the key was in conflict.
    pub async fn keep(&self, workspace_id: &str, key: &str) -> Result<bool> {
        let slice = self.slice.as_str();
        let done = sqlx::query!(
            "UPDATE outbox SET base_json = theirs_json, conflict = 0, theirs_json = NULL,
                               refused = NULL, sent_json = NULL, revision = revision + 1
             WHERE workspace_id = ?1 AND slice = ?2 AND key = ?3 AND conflict = 1",
            workspace_id,
            slice,
            key,
        )
        .execute(&self.store.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

/// [`Edits::list`] on a connection (or inside a transaction).
pub(super) async fn outbox_in(
    conn: &mut sqlx::SqliteConnection,
    workspace_id: &str,
    slice: OutboxSlice,
) -> Result<Vec<OutboxRow>> {
    let slice = slice.as_str();
    let rows = sqlx::query_as!(
        Raw,
        "SELECT key, value_json, base_json, revision, conflict, theirs_json, refused, sent_json
         FROM outbox WHERE workspace_id = ?1 AND slice = ?2 ORDER BY key",
        workspace_id,
        slice,
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter().map(Raw::row).collect()
}
