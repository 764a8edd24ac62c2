//! The profile part of the store: the cached profile (its offline edits are in the outbox).

use chrono::{DateTime, Utc};

use super::Store;
use crate::Result;
use crate::workspace::Profile;

impl Store {
    /// Stores the profile read from the server.
    pub async fn put_profile(
        &self,
        workspace_id: &str,
        profile: &Profile,
        fetched_at: DateTime<Utc>,
    ) -> Result<()> {
        let json = serde_json::to_string(profile)?;
        let fetched_at = fetched_at.to_rfc3339();
        sqlx::query!(
            "INSERT INTO profiles (workspace_id, profile_json, fetched_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(workspace_id) DO UPDATE SET profile_json = excluded.profile_json,
                                                     fetched_at = excluded.fetched_at",
            workspace_id,
            json,
            fetched_at,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The cached profile and when it was fetched.
    pub async fn profile(&self, workspace_id: &str) -> Result<Option<(Profile, String)>> {
        let mut conn = self.pool.acquire().await?;
        profile_in(&mut conn, workspace_id).await
    }
}

/// [`Store::profile`] on a connection (or inside a transaction).
pub(super) async fn profile_in(
    conn: &mut sqlx::SqliteConnection,
    workspace_id: &str,
) -> Result<Option<(Profile, String)>> {
    let row = sqlx::query!(
        "SELECT profile_json, fetched_at FROM profiles WHERE workspace_id = ?1",
        workspace_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| Ok((serde_json::from_str(&r.profile_json)?, r.fetched_at)))
        .transpose()
}
