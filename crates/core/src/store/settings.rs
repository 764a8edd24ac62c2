//! The workspace's public settings as last read from its server (the defaults of preferences,
//! the rules of the profile, what the workspace offers).

use chrono::{DateTime, Utc};

use super::Store;
use crate::Result;

impl Store {
    /// Every cached public setting of a workspace, by id.
    pub async fn public_settings(
        &self,
        workspace_id: &str,
    ) -> Result<std::collections::HashMap<String, serde_json::Value>> {
        let mut conn = self.pool.acquire().await?;
        public_settings_in(&mut conn, workspace_id).await
    }

    /// One cached public setting's value.
    pub async fn public_setting(
        &self,
        workspace_id: &str,
        setting_id: &str,
    ) -> Result<Option<serde_json::Value>> {
        let row = sqlx::query!(
            "SELECT value_json FROM public_settings WHERE workspace_id = ?1 AND setting_id = ?2",
            workspace_id,
            setting_id,
        )
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| Ok(serde_json::from_str(&r.value_json)?))
            .transpose()
    }

    /// Stores public settings.
    pub async fn put_public_settings(
        &self,
        workspace_id: &str,
        settings: &[(String, serde_json::Value)],
        fetched_at: DateTime<Utc>,
    ) -> Result<()> {
        let fetched_at = fetched_at.to_rfc3339();
        // One statement for the whole batch: `[[id, value as JSON text], …]`, unpacked by
        // SQLite's `json_each`.
        let batch = serde_json::Value::Array(
            settings
                .iter()
                .map(|(id, value)| serde_json::json!([id, value.to_string()]))
                .collect(),
        )
        .to_string();
        sqlx::query!(
            "INSERT INTO public_settings (workspace_id, setting_id, value_json, fetched_at)
             SELECT ?1, json_extract(pair.value, '$[0]'), json_extract(pair.value, '$[1]'), ?3
             FROM json_each(?2) AS pair WHERE true
             ON CONFLICT(workspace_id, setting_id) DO UPDATE SET value_json = excluded.value_json,
                                                                 fetched_at = excluded.fetched_at",
            workspace_id,
            batch,
            fetched_at,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

/// [`Store::public_settings`] on a connection (or inside a transaction).
pub(super) async fn public_settings_in(
    conn: &mut sqlx::SqliteConnection,
    workspace_id: &str,
) -> Result<std::collections::HashMap<String, serde_json::Value>> {
    let rows = sqlx::query!(
        "SELECT setting_id, value_json FROM public_settings WHERE workspace_id = ?1",
        workspace_id,
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter()
        .map(|r| Ok((r.setting_id, serde_json::from_str(&r.value_json)?)))
        .collect()
}
