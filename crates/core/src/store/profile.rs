//! The profile part of the store: the cached profile and the offline profile edits waiting for
//! the server (`pending_profile_edits`), with their conflicts and refusals.

use chrono::{DateTime, Utc};

use super::Store;
use crate::Result;
use crate::workspace::Profile;

/// An offline profile edit waiting for the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingEditRow {
    /// `name | nickname | bio | status | status_text`.
    pub field: String,
    /// The value the user chose.
    pub value: String,
    /// The server's value when the user first edited the field offline.
    pub base: String,
    /// The server's newer value, when it changed meanwhile (a conflict).
    pub server_value: Option<String>,
    /// Why the server did not take the edit (it refused it, or kept its own value): the edit
    /// waits for the user and is not sent again by itself.
    pub refused: Option<String>,
}

impl Store {
    /// Whether a workspace has offline profile edits waiting.
    pub async fn has_pending_edits(&self, workspace_id: &str) -> Result<bool> {
        let row = sqlx::query!(
            "SELECT EXISTS(SELECT 1 FROM pending_profile_edits WHERE workspace_id = ?1) AS \"any!: bool\"",
            workspace_id
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(row.any)
    }

    /// Whether a workspace has offline profile edits to send (not waiting for the user).
    pub async fn has_profile_edits_to_send(&self, workspace_id: &str) -> Result<bool> {
        let row = sqlx::query!(
            "SELECT EXISTS(SELECT 1 FROM pending_profile_edits WHERE workspace_id = ?1
                           AND refused IS NULL AND server_value IS NULL) AS \"any!: bool\"",
            workspace_id
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(row.any)
    }

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

    /// Records an offline edit of a profile field. Editing a field again keeps its first `base`
    /// (what the server had before any offline edit) and clears an earlier conflict.
    pub async fn put_pending_edit(
        &self,
        workspace_id: &str,
        field: &str,
        value: &str,
        base: &str,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let at = at.to_rfc3339();
        sqlx::query!(
            "INSERT INTO pending_profile_edits (workspace_id, field, value, base, edited_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(workspace_id, field) DO UPDATE SET value = excluded.value,
                                                            edited_at = excluded.edited_at,
                                                            server_value = NULL,
                                                            refused = NULL",
            workspace_id,
            field,
            value,
            base,
            at,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Every pending edit of a workspace: (field, value, base, server value when in conflict).
    pub async fn pending_edits(&self, workspace_id: &str) -> Result<Vec<PendingEditRow>> {
        let rows = sqlx::query!(
            "SELECT field, value, base, server_value, refused FROM pending_profile_edits
             WHERE workspace_id = ?1 ORDER BY field",
            workspace_id
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| PendingEditRow {
                field: r.field,
                value: r.value,
                base: r.base,
                server_value: r.server_value,
                refused: r.refused,
            })
            .collect())
    }

    /// Marks a pending edit as not taken by the server, with the server's value and why.
    pub async fn mark_edit_refused(
        &self,
        workspace_id: &str,
        field: &str,
        server_value: &str,
        reason: &str,
    ) -> Result<()> {
        sqlx::query!(
            "UPDATE pending_profile_edits SET server_value = ?3, refused = ?4
             WHERE workspace_id = ?1 AND field = ?2",
            workspace_id,
            field,
            server_value,
            reason,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Marks a pending edit as conflicting with what the server now has.
    pub async fn mark_conflict(
        &self,
        workspace_id: &str,
        field: &str,
        server_value: &str,
    ) -> Result<()> {
        sqlx::query!(
            "UPDATE pending_profile_edits SET server_value = ?3 WHERE workspace_id = ?1 AND field = ?2",
            workspace_id,
            field,
            server_value,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Forgets a pending edit (sent, or dropped by the user).
    pub async fn delete_pending_edit(&self, workspace_id: &str, field: &str) -> Result<()> {
        sqlx::query!(
            "DELETE FROM pending_profile_edits WHERE workspace_id = ?1 AND field = ?2",
            workspace_id,
            field,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
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
