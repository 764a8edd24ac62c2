//! The local cache: one SQLite file per installation, opened in WAL mode with a busy timeout,
//! migrated with `sqlx::migrate!` after a backup, and queried with compile-checked queries
//! (offline data in `.sqlx/`). It never stores a token or a server's `services` object.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use crate::workspace::{AccountSummary, Profile};
use crate::{Error, Result};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// A workspace row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkspaceRow {
    /// Tether's id.
    pub id: String,
    /// Normalised base URL.
    pub url: String,
    /// Display name.
    pub name: String,
    /// Server version `"X.Y"`.
    pub server_version: String,
    /// The account last signed in, if any.
    pub account: Option<AccountSummary>,
}

/// The cache. `SqlitePool` is cheap to clone and safe to share: no lock around it.
#[derive(Clone)]
pub struct Cache {
    pool: SqlitePool,
    path: PathBuf,
}

impl Cache {
    /// Opens (creating if needed) the cache at `path` and applies pending migrations, after
    /// copying the existing file to `<path>.backup-<version>` so a failed upgrade loses nothing.
    pub async fn open(path: &Path) -> Result<Self> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let options = SqliteConnectOptions::from_str("sqlite://")?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: an edit acknowledged to the user survives power loss, not just a crash.
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(5))
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await?;
        let cache = Cache {
            pool,
            path: path.to_owned(),
        };
        cache.backup_before_migrating().await?;
        MIGRATOR.run(&cache.pool).await?;
        Ok(cache)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Closes the pool (flushes WAL on the last connection).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    async fn backup_before_migrating(&self) -> Result<()> {
        let has_table: bool = sqlx::query_scalar(
            "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations')",
        )
        .fetch_one(&self.pool)
        .await?;
        if !has_table {
            return Ok(()); // A new, empty database: nothing to lose.
        }
        let applied: Vec<i64> = sqlx::query("SELECT version FROM _sqlx_migrations")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| row.get::<i64, _>(0))
            .collect();
        let pending = MIGRATOR.iter().any(|m| !applied.contains(&m.version));
        if !pending {
            return Ok(());
        }
        let latest = applied.iter().max().copied().unwrap_or(0);
        let backup = self.path.with_extension(format!("backup-{latest}.sqlite"));
        if !backup.exists() {
            sqlx::query("VACUUM INTO ?")
                .bind(backup.to_string_lossy().into_owned())
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// Adds a workspace at the end of the list.
    pub async fn insert_workspace(
        &self,
        row: &WorkspaceRow,
        added_at: DateTime<Utc>,
    ) -> Result<()> {
        let added_at = added_at.to_rfc3339();
        sqlx::query!(
            "INSERT INTO workspaces (id, url, name, server_version, added_at, position)
             VALUES (?1, ?2, ?3, ?4, ?5, (SELECT COALESCE(MAX(position), 0) + 1 FROM workspaces))",
            row.id,
            row.url,
            row.name,
            row.server_version,
            added_at,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// All workspaces in the order they were added.
    pub async fn workspaces(&self) -> Result<Vec<WorkspaceRow>> {
        let rows = sqlx::query!(
            "SELECT id, url, name, server_version, user_id, username, display_name
             FROM workspaces ORDER BY position"
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| WorkspaceRow {
                id: r.id,
                url: r.url,
                name: r.name,
                server_version: r.server_version,
                account: match (r.user_id, r.username) {
                    (Some(user_id), Some(username)) => Some(AccountSummary {
                        user_id,
                        username,
                        display_name: r.display_name,
                    }),
                    _ => None,
                },
            })
            .collect())
    }

    /// One workspace, or [`Error::WorkspaceNotFound`].
    pub async fn workspace(&self, id: &str) -> Result<WorkspaceRow> {
        self.workspaces()
            .await?
            .into_iter()
            .find(|w| w.id == id)
            .ok_or_else(|| Error::WorkspaceNotFound(id.to_owned()))
    }

    /// Records which account is signed in to a workspace.
    pub async fn set_account(&self, workspace_id: &str, account: &AccountSummary) -> Result<()> {
        sqlx::query!(
            "UPDATE workspaces SET user_id = ?2, username = ?3, display_name = ?4 WHERE id = ?1",
            workspace_id,
            account.user_id,
            account.username,
            account.display_name,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
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
        let row = sqlx::query!(
            "SELECT profile_json, fetched_at FROM profiles WHERE workspace_id = ?1",
            workspace_id
        )
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| Ok((serde_json::from_str(&r.profile_json)?, r.fetched_at)))
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
        let mut tx = self.pool.begin().await?;
        for (id, value) in settings {
            let value_json = value.to_string();
            sqlx::query!(
                "INSERT INTO public_settings (workspace_id, setting_id, value_json, fetched_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(workspace_id, setting_id) DO UPDATE SET value_json = excluded.value_json,
                                                                     fetched_at = excluded.fetched_at",
                workspace_id,
                id,
                value_json,
                fetched_at,
            )
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
