//! The Chatwoot part of the store (issue 23): the agent's profile without secrets, the account
//! chosen among the user's, and each account's notification flags.

use chrono::{DateTime, Utc};

use super::Store;
use crate::Result;
use crate::workspace::{AgentNotificationFlags, AgentProfile};

impl Store {
    /// Stores the agent's profile as read from the server.
    pub async fn put_agent_profile(
        &self,
        workspace_id: &str,
        profile: &AgentProfile,
        fetched_at: DateTime<Utc>,
    ) -> Result<()> {
        let json = serde_json::to_string(profile)?;
        let fetched_at = fetched_at.to_rfc3339();
        sqlx::query!(
            "INSERT INTO chatwoot_profiles (workspace_id, profile_json, fetched_at) VALUES (?1, ?2, ?3)
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

    /// The cached agent profile and when it was read.
    pub async fn agent_profile(
        &self,
        workspace_id: &str,
    ) -> Result<Option<(AgentProfile, String)>> {
        let row = sqlx::query!(
            "SELECT profile_json, fetched_at FROM chatwoot_profiles WHERE workspace_id = ?1",
            workspace_id
        )
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| Ok((serde_json::from_str(&r.profile_json)?, r.fetched_at)))
            .transpose()
    }

    /// Forgets a workspace's cached avatar (the user removed it on the server).
    pub async fn delete_avatar_image(&self, workspace_id: &str) -> Result<()> {
        sqlx::query!(
            "DELETE FROM images WHERE workspace_id = ?1 AND kind = 'avatar'",
            workspace_id
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Names a workspace (a Chatwoot one takes its account's name once signed in).
    pub async fn rename_workspace(&self, workspace_id: &str, name: &str) -> Result<()> {
        sqlx::query!(
            "UPDATE workspaces SET name = ?2 WHERE id = ?1",
            workspace_id,
            name
        )
        .execute(&self.pool)
        .await?;
        self.rows_changed();
        Ok(())
    }

    /// Remembers the account the user chose.
    pub async fn set_agent_account(&self, workspace_id: &str, account_id: &str) -> Result<()> {
        sqlx::query!(
            "INSERT INTO chatwoot_local (workspace_id, account_id) VALUES (?1, ?2)
             ON CONFLICT(workspace_id) DO UPDATE SET account_id = excluded.account_id",
            workspace_id,
            account_id,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The account the user chose, if they did.
    pub async fn agent_account(&self, workspace_id: &str) -> Result<Option<String>> {
        let row = sqlx::query!(
            "SELECT account_id FROM chatwoot_local WHERE workspace_id = ?1",
            workspace_id
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(|r| r.account_id))
    }

    /// Sets the alert tone's volume (0–100).
    pub async fn set_agent_volume(&self, workspace_id: &str, volume: u8) -> Result<()> {
        let volume = i64::from(volume);
        sqlx::query!(
            "INSERT INTO chatwoot_local (workspace_id, volume) VALUES (?1, ?2)
             ON CONFLICT(workspace_id) DO UPDATE SET volume = excluded.volume",
            workspace_id,
            volume,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The alert tone's volume (0–100; full when never set).
    pub async fn agent_volume(&self, workspace_id: &str) -> Result<u8> {
        let row = sqlx::query!(
            "SELECT volume FROM chatwoot_local WHERE workspace_id = ?1",
            workspace_id
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map_or(100, |r| u8::try_from(r.volume.clamp(0, 100)).unwrap_or(100)))
    }

    /// Stores one account's notification flags as read from the server.
    pub async fn put_agent_flags(
        &self,
        workspace_id: &str,
        flags: &AgentNotificationFlags,
        fetched_at: DateTime<Utc>,
    ) -> Result<()> {
        let json = serde_json::to_string(flags)?;
        let fetched_at = fetched_at.to_rfc3339();
        sqlx::query!(
            "INSERT INTO chatwoot_notification_flags (workspace_id, account_id, flags_json, fetched_at)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(workspace_id, account_id) DO UPDATE SET flags_json = excluded.flags_json,
                                                                 fetched_at = excluded.fetched_at",
            workspace_id,
            flags.account_id,
            json,
            fetched_at,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// One account's cached notification flags.
    pub async fn agent_flags(
        &self,
        workspace_id: &str,
        account_id: &str,
    ) -> Result<Option<AgentNotificationFlags>> {
        let row = sqlx::query!(
            "SELECT flags_json FROM chatwoot_notification_flags WHERE workspace_id = ?1 AND account_id = ?2",
            workspace_id,
            account_id,
        )
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| Ok(serde_json::from_str(&r.flags_json)?))
            .transpose()
    }
}
