//! Custom sounds as last listed, and Tether's own settings.

use chrono::{DateTime, Utc};

use super::Store;
use crate::Result;

/// A workspace's custom sound (`custom-sounds.list`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomSoundRow {
    /// The server's `_id` (what preferences store).
    pub id: String,
    /// Its name.
    pub name: String,
    /// The file's extension (`mp3`, …).
    pub extension: String,
    /// The server's `_updatedAt`, as it sent it.
    pub updated: String,
}

const DO_NOT_DISTURB: &str = "do_not_disturb_until";

impl Store {
    /// A workspace's custom sounds, by name.
    pub async fn custom_sounds(&self, workspace_id: &str) -> Result<Vec<CustomSoundRow>> {
        let mut conn = self.pool.acquire().await?;
        custom_sounds_in(&mut conn, workspace_id).await
    }

    /// Replaces a workspace's custom sounds with the server's list.
    pub async fn put_custom_sounds(
        &self,
        workspace_id: &str,
        sounds: &[CustomSoundRow],
    ) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query!(
            "DELETE FROM custom_sounds WHERE workspace_id = ?1",
            workspace_id
        )
        .execute(&mut *tx)
        .await?;
        for s in sounds {
            sqlx::query!(
                "INSERT OR REPLACE INTO custom_sounds (workspace_id, sound_id, name, extension, updated)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                workspace_id,
                s.id,
                s.name,
                s.extension,
                s.updated,
            )
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Until when Tether's own do-not-disturb runs (`None`: off, or never set).
    pub async fn do_not_disturb_until(&self) -> Result<Option<DateTime<Utc>>> {
        let row = sqlx::query_scalar!(
            "SELECT value_json FROM app_settings WHERE key = ?1",
            DO_NOT_DISTURB
        )
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(json) => serde_json::from_str(&json)?,
            None => None,
        })
    }

    /// Whether a one-time flag (a notice shown once) is set.
    pub async fn flag(&self, key: &str) -> Result<bool> {
        let row = sqlx::query_scalar!("SELECT value_json FROM app_settings WHERE key = ?1", key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.is_some_and(|json| json == "true"))
    }

    /// Sets a one-time flag.
    pub async fn set_flag(&self, key: &str) -> Result<()> {
        sqlx::query!(
            "INSERT INTO app_settings (key, value_json) VALUES (?1, 'true')
             ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json",
            key,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Sets or clears Tether's own do-not-disturb.
    pub async fn set_do_not_disturb_until(&self, until: Option<DateTime<Utc>>) -> Result<()> {
        let json = serde_json::to_string(&until)?;
        sqlx::query!(
            "INSERT INTO app_settings (key, value_json) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json",
            DO_NOT_DISTURB,
            json,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

/// [`Store::custom_sounds`] on a connection (or inside a transaction).
pub(super) async fn custom_sounds_in(
    conn: &mut sqlx::SqliteConnection,
    workspace_id: &str,
) -> Result<Vec<CustomSoundRow>> {
    let rows = sqlx::query_as!(
        CustomSoundRow,
        r#"SELECT sound_id AS "id!", name, extension, updated FROM custom_sounds
           WHERE workspace_id = ?1 ORDER BY name COLLATE NOCASE"#,
        workspace_id,
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows)
}
