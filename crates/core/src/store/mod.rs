//! The local cache: one SQLite file per installation, opened in WAL mode with a busy timeout,
//! migrated with `sqlx::migrate!` after a backup, and queried with compile-checked queries
//! (offline data in `.sqlx/`). It never stores a token or a server's `services` object.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use crate::workspace::{AccountSummary, AuthKind, ServerKind};
use crate::{Error, Result};

mod admin_cache;
mod chatwoot;
mod outbox;
mod preferences;
mod preferences_page;
mod profile;
mod settings;
mod sounds;

pub use outbox::{Edits, OutboxRow, OutboxSlice};
pub use preferences_page::PreferencesData;
pub use sounds::CustomSoundRow;

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
    /// What kind of server it is.
    pub kind: ServerKind,
    /// The account last signed in, if any.
    pub account: Option<AccountSummary>,
}

/// Which image of a workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    /// The server's icon.
    Icon,
    /// The signed-in user's avatar.
    Avatar,
}

impl ImageKind {
    fn as_str(self) -> &'static str {
        match self {
            ImageKind::Icon => "icon",
            ImageKind::Avatar => "avatar",
        }
    }
}

fn workspace_row(
    id: String,
    url: String,
    name: String,
    server_version: String,
    kind: &str,
    (user_id, username, display_name): (Option<String>, Option<String>, Option<String>),
    auth_kind: &str,
) -> Result<WorkspaceRow> {
    let kind = ServerKind::parse(kind).ok_or_else(|| {
        Error::Storage(sqlx::Error::Decode(
            format!("workspace {id} is of a server kind this Tether does not know: {kind}").into(),
        ))
    })?;
    Ok(WorkspaceRow {
        id,
        url,
        name,
        server_version,
        kind,
        account: match (user_id, username) {
            (Some(user_id), Some(username)) => Some(AccountSummary {
                user_id,
                username,
                display_name,
                auth: AuthKind::parse(auth_kind),
            }),
            _ => None,
        },
    })
}

/// The cache. `SqlitePool` is cheap to clone and safe to share: no lock around it.
#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
    path: PathBuf,
    /// The workspace rows, kept after the first read: nearly every command starts from its
    /// workspace's row, and only this type writes them, so each write here drops the copy.
    rows: Arc<Mutex<HeldRows>>,
}

/// [`Store`]'s copy of the workspace rows. `generation` counts writes: a read that started
/// before a write does not keep what it read.
#[derive(Default)]
struct HeldRows {
    generation: u64,
    rows: Option<Vec<WorkspaceRow>>,
}

impl Store {
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
        let cache = Store {
            pool,
            path: path.to_owned(),
            rows: Arc::default(),
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
        let kind = row.kind.as_str();
        sqlx::query!(
            "INSERT INTO workspaces (id, url, name, server_version, added_at, position, kind)
             VALUES (?1, ?2, ?3, ?4, ?5, (SELECT COALESCE(MAX(position), 0) + 1 FROM workspaces), ?6)",
            row.id,
            row.url,
            row.name,
            row.server_version,
            added_at,
            kind,
        )
        .execute(&self.pool)
        .await?;
        self.rows_changed();
        Ok(())
    }

    /// All workspaces in the order they were added (from memory after the first read).
    pub async fn workspaces(&self) -> Result<Vec<WorkspaceRow>> {
        let generation = {
            let held = self.held_rows();
            if let Some(rows) = &held.rows {
                return Ok(rows.clone());
            }
            held.generation
        };
        let rows = self.read_workspaces().await?;
        let mut held = self.held_rows();
        if held.generation == generation {
            held.rows = Some(rows.clone());
        }
        Ok(rows)
    }

    /// One workspace, or [`Error::WorkspaceNotFound`].
    pub async fn workspace(&self, id: &str) -> Result<WorkspaceRow> {
        // Every command starts here: copy the one row, not the list.
        let held = self
            .held_rows()
            .rows
            .as_ref()
            .map(|rows| rows.iter().find(|w| w.id == id).cloned());
        let row = match held {
            Some(row) => row,
            None => self.workspaces().await?.into_iter().find(|w| w.id == id),
        };
        row.ok_or_else(|| Error::WorkspaceNotFound(id.to_owned()))
    }

    fn held_rows(&self) -> std::sync::MutexGuard<'_, HeldRows> {
        self.rows
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A workspace row was written: the next read goes to the file.
    fn rows_changed(&self) {
        let mut held = self.held_rows();
        held.generation += 1;
        held.rows = None;
    }

    async fn read_workspaces(&self) -> Result<Vec<WorkspaceRow>> {
        let rows = sqlx::query!(
            "SELECT id, url, name, server_version, kind, user_id, username, display_name, auth_kind
             FROM workspaces ORDER BY position"
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                workspace_row(
                    r.id,
                    r.url,
                    r.name,
                    r.server_version,
                    &r.kind,
                    (r.user_id, r.username, r.display_name),
                    &r.auth_kind,
                )
            })
            .collect()
    }

    /// Deletes a workspace and, by cascade, everything cached for it.
    pub async fn delete_workspace(&self, id: &str) -> Result<()> {
        sqlx::query!("DELETE FROM workspaces WHERE id = ?1", id)
            .execute(&self.pool)
            .await?;
        self.rows_changed();
        Ok(())
    }

    /// Every trusted certificate: (host, SHA-256 lowercase hex).
    pub async fn trusted_certificates(&self) -> Result<Vec<(String, String)>> {
        let rows = sqlx::query!("SELECT host, sha256 FROM trusted_certificates")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(|r| (r.host, r.sha256)).collect())
    }

    /// Remembers that the user trusts this certificate for this host.
    pub async fn trust_certificate(
        &self,
        host: &str,
        sha256: &str,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let at = at.to_rfc3339();
        sqlx::query!(
            "INSERT OR IGNORE INTO trusted_certificates (host, sha256, trusted_at) VALUES (?1, ?2, ?3)",
            host,
            sha256,
            at,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Forgets every certificate trusted for a host.
    pub async fn untrust_host(&self, host: &str) -> Result<()> {
        sqlx::query!("DELETE FROM trusted_certificates WHERE host = ?1", host)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Stores a workspace's icon or avatar.
    pub async fn put_image(
        &self,
        workspace_id: &str,
        kind: ImageKind,
        content_type: &str,
        data: &[u8],
        at: DateTime<Utc>,
    ) -> Result<()> {
        let kind = kind.as_str();
        let at = at.to_rfc3339();
        sqlx::query!(
            "INSERT INTO images (workspace_id, kind, content_type, data, fetched_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(workspace_id, kind) DO UPDATE SET content_type = excluded.content_type,
                                                           data = excluded.data,
                                                           fetched_at = excluded.fetched_at",
            workspace_id,
            kind,
            content_type,
            data,
            at,
        )
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Whether an image of this kind is cached for the workspace.
    pub async fn has_image(&self, workspace_id: &str, kind: ImageKind) -> Result<bool> {
        let kind = kind.as_str();
        let found = sqlx::query_scalar!(
            r#"SELECT EXISTS(SELECT 1 FROM images WHERE workspace_id = ?1 AND kind = ?2) AS "found!: bool""#,
            workspace_id,
            kind,
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(found)
    }

    /// Every cached image: (workspace id, kind, content type, bytes).
    pub async fn images(&self) -> Result<Vec<(String, ImageKind, String, Vec<u8>)>> {
        let rows = sqlx::query!("SELECT workspace_id, kind, content_type, data FROM images")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                let kind = match r.kind.as_str() {
                    "icon" => ImageKind::Icon,
                    "avatar" => ImageKind::Avatar,
                    _ => return None,
                };
                Some((r.workspace_id, kind, r.content_type, r.data))
            })
            .collect())
    }

    /// Records which account is signed in to a workspace.
    pub async fn set_account(&self, workspace_id: &str, account: &AccountSummary) -> Result<()> {
        let auth_kind = account.auth.as_str();
        sqlx::query!(
            "UPDATE workspaces SET user_id = ?2, username = ?3, display_name = ?4, auth_kind = ?5
             WHERE id = ?1",
            workspace_id,
            account.user_id,
            account.username,
            account.display_name,
            auth_kind,
        )
        .execute(&self.pool)
        .await?;
        self.rows_changed();
        Ok(())
    }

    /// Forgets a workspace's account (its account was deleted): the account columns, the cached
    /// profile, avatar, preferences and pending edits go, in one transaction; the workspace entry stays.
    pub async fn forget_account(&self, workspace_id: &str) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query!(
            "UPDATE workspaces SET user_id = NULL, username = NULL, display_name = NULL
             WHERE id = ?1",
            workspace_id
        )
        .execute(&mut *tx)
        .await?;
        sqlx::query!("DELETE FROM profiles WHERE workspace_id = ?1", workspace_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query!("DELETE FROM outbox WHERE workspace_id = ?1", workspace_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query!(
            "DELETE FROM server_preferences WHERE workspace_id = ?1",
            workspace_id
        )
        .execute(&mut *tx)
        .await?;
        sqlx::query!(
            "DELETE FROM preference_snapshots WHERE workspace_id = ?1",
            workspace_id
        )
        .execute(&mut *tx)
        .await?;
        sqlx::query!(
            "DELETE FROM images WHERE workspace_id = ?1 AND kind = 'avatar'",
            workspace_id
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        self.rows_changed();
        Ok(())
    }
}

#[cfg(test)]
mod tests;
