//! What the admin pages last read from the server (`admin_cache`), for offline browsing.

use chrono::{DateTime, Utc};

use super::Store;
use crate::Result;

/// List pages kept per workspace; the oldest beyond this are dropped (a 10,000-user workspace
/// is 100 pages of one query).
const PAGES_KEPT: i64 = 400;

impl Store {
    /// A cached value and when it was read.
    pub async fn admin_cached(
        &self,
        workspace_id: &str,
        key: &str,
    ) -> Result<Option<(serde_json::Value, DateTime<Utc>)>> {
        let row = sqlx::query!(
            "SELECT value_json, read_at FROM admin_cache WHERE workspace_id = ?1 AND key = ?2",
            workspace_id,
            key,
        )
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let read_at = DateTime::parse_from_rfc3339(&row.read_at)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_default();
        Ok(Some((serde_json::from_str(&row.value_json)?, read_at)))
    }

    /// Keeps what was read (replacing the previous read of the same key). List pages beyond
    /// the limit (400) go, oldest first, in the same transaction.
    pub async fn put_admin_cached(
        &self,
        workspace_id: &str,
        key: &str,
        value: &serde_json::Value,
        read_at: DateTime<Utc>,
    ) -> Result<()> {
        let value = value.to_string();
        let read_at = read_at.to_rfc3339();
        let mut tx = self.pool.begin().await?;
        sqlx::query!(
            "INSERT INTO admin_cache (workspace_id, key, value_json, read_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(workspace_id, key) DO UPDATE SET value_json = excluded.value_json,
                                                         read_at = excluded.read_at",
            workspace_id,
            key,
            value,
            read_at,
        )
        .execute(&mut *tx)
        .await?;
        if key.starts_with("page:") {
            sqlx::query!(
                "DELETE FROM admin_cache WHERE workspace_id = ?1 AND key IN (
                     SELECT key FROM admin_cache WHERE workspace_id = ?1 AND key LIKE 'page:%'
                     ORDER BY read_at DESC LIMIT -1 OFFSET ?2)",
                workspace_id,
                PAGES_KEPT,
            )
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
