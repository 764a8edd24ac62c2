//! The preferences part of the store: the server's stored values (the edits are in the outbox).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::Store;
use crate::Result;

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
