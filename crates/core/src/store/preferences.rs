//! The preferences part of the cache: the server's stored values and the outbox of edits.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::Store;
use crate::Result;

/// An edit in the outbox.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxRow {
    /// The preference key.
    pub key: String,
    /// The user's value.
    pub value: Value,
    /// The effective server value the edit was made against.
    pub base: Option<Value>,
    /// Grows with every edit of the key.
    pub revision: i64,
    /// The server's value when it conflicts.
    pub conflict: Option<Option<Value>>,
    /// The server's reason when it refused the value.
    pub refused: Option<String>,
    /// The value last sent and not confirmed yet.
    pub sent: Option<Value>,
}

fn parse(json: Option<&str>) -> Result<Option<Value>> {
    Ok(json.map(serde_json::from_str).transpose()?)
}

fn to_json(value: Option<&Value>) -> Option<String> {
    value.map(Value::to_string)
}

impl Store {
    /// The server's stored preferences and when they were read; `None` if never read.
    pub async fn server_preferences(
        &self,
        workspace_id: &str,
    ) -> Result<Option<(BTreeMap<String, Value>, String)>> {
        let mut conn = self.pool.acquire().await?;
        server_preferences_in(&mut conn, workspace_id).await
    }

    /// Replaces the server's stored preferences, in one transaction.
    pub async fn put_server_preferences(
        &self,
        workspace_id: &str,
        values: &BTreeMap<String, Value>,
        fetched_at: DateTime<Utc>,
    ) -> Result<()> {
        let fetched_at = fetched_at.to_rfc3339();
        let mut tx = self.pool.begin().await?;
        sqlx::query!(
            "DELETE FROM server_preferences WHERE workspace_id = ?1",
            workspace_id
        )
        .execute(&mut *tx)
        .await?;
        // Every value in one statement: `[[key, value as JSON text], …]`, unpacked by SQLite's
        // `json_each` (a user's preferences number in the dozens).
        if !values.is_empty() {
            let batch = Value::Array(
                values
                    .iter()
                    .map(|(key, value)| serde_json::json!([key, value.to_string()]))
                    .collect(),
            )
            .to_string();
            sqlx::query!(
                "INSERT INTO server_preferences (workspace_id, key, value_json)
                 SELECT ?1, json_extract(pair.value, '$[0]'), json_extract(pair.value, '$[1]')
                 FROM json_each(?2) AS pair",
                workspace_id,
                batch,
            )
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query!(
            "INSERT INTO preference_snapshots (workspace_id, fetched_at) VALUES (?1, ?2)
             ON CONFLICT(workspace_id) DO UPDATE SET fetched_at = excluded.fetched_at",
            workspace_id,
            fetched_at,
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes one of the server's stored preferences (a realtime event said so); `None`
    /// removes it (unset on the server).
    pub async fn put_server_preference(
        &self,
        workspace_id: &str,
        key: &str,
        value: Option<&Value>,
    ) -> Result<()> {
        match value {
            Some(value) => {
                let json = value.to_string();
                sqlx::query!(
                    "INSERT INTO server_preferences (workspace_id, key, value_json) VALUES (?1, ?2, ?3)
                     ON CONFLICT(workspace_id, key) DO UPDATE SET value_json = excluded.value_json",
                    workspace_id,
                    key,
                    json,
                )
                .execute(&self.pool)
                .await?;
            }
            None => {
                sqlx::query!(
                    "DELETE FROM server_preferences WHERE workspace_id = ?1 AND key = ?2",
                    workspace_id,
                    key,
                )
                .execute(&self.pool)
                .await?;
            }
        }
        Ok(())
    }

    /// Every edit in a workspace's outbox, by key.
    pub async fn preference_outbox(&self, workspace_id: &str) -> Result<Vec<OutboxRow>> {
        let mut conn = self.pool.acquire().await?;
        preference_outbox_in(&mut conn, workspace_id).await
    }

    /// Whether a workspace has preference edits waiting to be sent (conflicts and refusals
    /// wait for the user, not for the server, so they do not count).
    pub async fn has_preferences_to_send(&self, workspace_id: &str) -> Result<bool> {
        let any = sqlx::query_scalar!(
            r#"SELECT EXISTS(SELECT 1 FROM preference_outbox
                             WHERE workspace_id = ?1 AND conflict = 0 AND refused IS NULL) AS "any!: bool""#,
            workspace_id
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(any)
    }

    /// Records an edit: one statement, so the edit is durable (synchronous=FULL) once this
    /// returns. A new row's base is the server's stored value read *in the same statement*
    /// (else `default`), so a sync that settles a row and updates the stored values meanwhile
    /// can never leave a new edit with a stale base. A new edit of a key replaces its value and
    /// keeps its base, except when the key was in conflict: the user has seen the server's
    /// value, so it becomes the base. Editing also clears a refusal. Returns the row as it
    /// stands now (the page is built from it without reading the outbox again).
    pub async fn put_preference_edit(
        &self,
        workspace_id: &str,
        key: &str,
        value: &Value,
        default: Option<&Value>,
        at: DateTime<Utc>,
    ) -> Result<OutboxRow> {
        let value = value.to_string();
        let default = to_json(default);
        let at = at.to_rfc3339();
        let r = sqlx::query!(
            "INSERT INTO preference_outbox (workspace_id, key, value_json, base_json, edited_at)
             VALUES (?1, ?2, ?3,
                     COALESCE((SELECT value_json FROM server_preferences
                               WHERE workspace_id = ?1 AND key = ?2), ?4),
                     ?5)
             ON CONFLICT(workspace_id, key) DO UPDATE SET
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
            key,
            value,
            default,
            at,
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(OutboxRow {
            key: r.key,
            value: serde_json::from_str(&r.value_json)?,
            base: parse(r.base_json.as_deref())?,
            revision: r.revision,
            conflict: if r.conflict == 1 {
                Some(parse(r.theirs_json.as_deref())?)
            } else {
                None
            },
            refused: r.refused,
            sent: parse(r.sent_json.as_deref())?,
        })
    }

    /// Removes an edit, but only if it was not edited again since `revision` was read. Returns
    /// whether it was removed.
    pub async fn settle_preference_edit(
        &self,
        workspace_id: &str,
        key: &str,
        revision: i64,
    ) -> Result<bool> {
        let done = sqlx::query!(
            "DELETE FROM preference_outbox WHERE workspace_id = ?1 AND key = ?2 AND revision = ?3",
            workspace_id,
            key,
            revision,
        )
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Removes an edit whatever its revision (the user dropped it).
    pub async fn drop_preference_edit(&self, workspace_id: &str, key: &str) -> Result<()> {
        sqlx::query!(
            "DELETE FROM preference_outbox WHERE workspace_id = ?1 AND key = ?2",
            workspace_id,
            key,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The server now has `base` for a key whose newer edit is still waiting: the edit is now
    /// made against `base`.
    pub async fn rebase_preference_edit(
        &self,
        workspace_id: &str,
        key: &str,
        base: Option<&Value>,
    ) -> Result<()> {
        let base = to_json(base);
        sqlx::query!(
            "UPDATE preference_outbox SET base_json = ?3, sent_json = NULL
             WHERE workspace_id = ?1 AND key = ?2",
            workspace_id,
            key,
            base,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Marks an edit as conflicting with the server's `theirs`, unless edited since `revision`.
    pub async fn mark_preference_conflict(
        &self,
        workspace_id: &str,
        key: &str,
        revision: i64,
        theirs: Option<&Value>,
    ) -> Result<()> {
        let theirs = to_json(theirs);
        sqlx::query!(
            "UPDATE preference_outbox SET conflict = 1, theirs_json = ?4
             WHERE workspace_id = ?1 AND key = ?2 AND revision = ?3",
            workspace_id,
            key,
            revision,
            theirs,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Keeps an edit the server refused, with its reason, unless edited since `revision`.
    pub async fn mark_preference_refused(
        &self,
        workspace_id: &str,
        key: &str,
        revision: i64,
        message: &str,
    ) -> Result<()> {
        sqlx::query!(
            "UPDATE preference_outbox SET refused = ?4
             WHERE workspace_id = ?1 AND key = ?2 AND revision = ?3",
            workspace_id,
            key,
            revision,
            message,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Notes the values about to be sent, durably, before the request leaves: after a crash,
    /// the server holding one of them means it took ours.
    pub async fn mark_preferences_sent(
        &self,
        workspace_id: &str,
        sent: &BTreeMap<String, Value>,
    ) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        for (key, value) in sent {
            let json = value.to_string();
            sqlx::query!(
                "UPDATE preference_outbox SET sent_json = ?3 WHERE workspace_id = ?1 AND key = ?2",
                workspace_id,
                key,
                json,
            )
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// "Keep mine": the user saw the server's value and chose theirs over it, so the server's
    /// value becomes the base and the edit is sent as a plain change.
    pub async fn keep_preference_edit(&self, workspace_id: &str, key: &str) -> Result<bool> {
        let done = sqlx::query!(
            "UPDATE preference_outbox SET base_json = theirs_json, conflict = 0, theirs_json = NULL,
                                          refused = NULL, sent_json = NULL, revision = revision + 1
             WHERE workspace_id = ?1 AND key = ?2 AND conflict = 1",
            workspace_id,
            key,
        )
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

/// [`Store::server_preferences`] on a connection (or inside a transaction).
pub(super) async fn server_preferences_in(
    conn: &mut sqlx::SqliteConnection,
    workspace_id: &str,
) -> Result<Option<(BTreeMap<String, Value>, String)>> {
    let fetched = sqlx::query_scalar!(
        "SELECT fetched_at FROM preference_snapshots WHERE workspace_id = ?1",
        workspace_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(fetched_at) = fetched else {
        return Ok(None);
    };
    let rows = sqlx::query!(
        "SELECT key, value_json FROM server_preferences WHERE workspace_id = ?1",
        workspace_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let values = rows
        .into_iter()
        .map(|r| Ok((r.key, serde_json::from_str(&r.value_json)?)))
        .collect::<Result<_>>()?;
    Ok(Some((values, fetched_at)))
}

/// [`Store::preference_outbox`] on a connection (or inside a transaction).
pub(super) async fn preference_outbox_in(
    conn: &mut sqlx::SqliteConnection,
    workspace_id: &str,
) -> Result<Vec<OutboxRow>> {
    let rows = sqlx::query!(
        "SELECT key, value_json, base_json, revision, conflict, theirs_json, refused, sent_json
         FROM preference_outbox WHERE workspace_id = ?1 ORDER BY key",
        workspace_id
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(OutboxRow {
                key: r.key,
                value: serde_json::from_str(&r.value_json)?,
                base: parse(r.base_json.as_deref())?,
                revision: r.revision,
                conflict: if r.conflict == 1 {
                    Some(parse(r.theirs_json.as_deref())?)
                } else {
                    None
                },
                refused: r.refused,
                sent: parse(r.sent_json.as_deref())?,
            })
        })
        .collect()
}
