//! `Tether`: the application service the shell calls. It owns the cache, the sessions (tokens
//! held in memory and in the secret store, never elsewhere) and the connection state of every
//! workspace, and it reports changes through the [`EventSink`] port.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::cache::{Cache, WorkspaceRow};
use crate::ports::{
    Clock, CoreEvent, EventSink, MemorySecretStore, SecretError, SecretKey, SecretStore,
};
use crate::rocketchat::{
    Credentials, LoginData, MINIMUM_VERSION, RestClient, WorkspaceUrl, parse_version,
    version_supported,
};
use crate::workspace::{
    AccountSummary, AppSnapshot, Connection, DataSource, KeyringStatus, Profile, ProfileView,
    WorkspaceSummary,
};
use crate::{Error, ErrorCode, Result, Sensitive};

/// Where Tether keeps its files.
#[derive(Debug, Clone)]
pub struct TetherConfig {
    /// The SQLite cache file.
    pub cache_path: PathBuf,
}

#[derive(Default)]
struct Session {
    creds: Option<Credentials>,
    connection: Option<Connection>,
}

/// The application service. One per process; the shell holds it in managed state.
pub struct Tether {
    cache: Cache,
    secrets: Arc<dyn SecretStore>,
    /// Holds tokens for this process only when the OS keyring cannot be reached.
    fallback: MemorySecretStore,
    clock: Arc<dyn Clock>,
    events: Arc<dyn EventSink>,
    /// One HTTP client for every workspace and call.
    http: reqwest::Client,
    sessions: Mutex<HashMap<String, Session>>,
    keyring: Mutex<KeyringStatus>,
}

const PROBE_KEY: &str = "keyring-probe";

impl Tether {
    /// Opens the cache and checks that the secret store answers.
    pub async fn open(
        config: &TetherConfig,
        secrets: Arc<dyn SecretStore>,
        clock: Arc<dyn Clock>,
        events: Arc<dyn EventSink>,
    ) -> Result<Self> {
        let cache = Cache::open(&config.cache_path).await?;
        let tether = Tether {
            cache,
            secrets,
            fallback: MemorySecretStore::default(),
            clock,
            events,
            http: RestClient::shared_http()?,
            sessions: Mutex::new(HashMap::new()),
            keyring: Mutex::new(KeyringStatus {
                available: true,
                message: None,
            }),
        };
        let probe = SecretKey {
            workspace_id: PROBE_KEY.into(),
            user_id: PROBE_KEY.into(),
        };
        let secrets = tether.secrets.clone();
        let answer = tokio::task::spawn_blocking(move || secrets.get(&probe))
            .await
            .unwrap_or_else(|e| Err(SecretError::Failed(e.to_string())));
        if let Err(err) = answer {
            tether.mark_keyring_unavailable(&err);
        }
        Ok(tether)
    }

    /// The cache (for tests and diagnostics).
    pub fn cache(&self) -> &Cache {
        &self.cache
    }

    /// Everything the UI needs to draw its frame.
    pub async fn snapshot(&self) -> Result<AppSnapshot> {
        let rows = self.cache.workspaces().await?;
        let workspaces = rows.iter().map(|row| self.summary(row)).collect();
        Ok(AppSnapshot {
            workspaces,
            keyring: self.keyring_status(),
        })
    }

    /// The keyring's health.
    pub fn keyring_status(&self) -> KeyringStatus {
        lock(&self.keyring).clone()
    }

    /// Adds a workspace by address after checking it is a Rocket.Chat server Tether supports.
    /// Adding an address that is already listed without an account returns that workspace.
    pub async fn workspace_add(&self, input: &str) -> Result<WorkspaceSummary> {
        let url = WorkspaceUrl::parse(input)?;
        let client = RestClient::new(self.http.clone(), url.clone());
        let info = client.info().await?;
        let version = parse_version(&info.version).ok_or_else(|| Error::NotRocketChat {
            url: url.to_string(),
            reason: format!("it reported the version “{}”", info.version),
        })?;
        if !version_supported(version) {
            return Err(Error::UnsupportedVersion {
                found: info.version.clone(),
                minimum: format!("{}.{}", MINIMUM_VERSION.0, MINIMUM_VERSION.1),
            });
        }
        let existing = self.cache.workspaces().await?;
        if let Some(row) = existing
            .iter()
            .find(|w| w.url == url.to_string() && w.account.is_none())
        {
            return Ok(self.summary(row));
        }
        let settings = client
            .settings_public(&["Site_Name"])
            .await
            .unwrap_or_default();
        let name = settings
            .iter()
            .find(|s| s.id == "Site_Name")
            .and_then(|s| s.value.as_str())
            .filter(|s| !s.trim().is_empty())
            .map(str::to_owned)
            .unwrap_or_else(|| url.as_url().host_str().unwrap_or("Workspace").to_owned());
        let row = WorkspaceRow {
            id: uuid::Uuid::new_v4().to_string(),
            url: url.to_string(),
            name,
            server_version: info.version.clone(),
            account: None,
        };
        let now = self.clock.now();
        self.cache.insert_workspace(&row, now).await?;
        let pairs: Vec<_> = settings.into_iter().map(|s| (s.id, s.value)).collect();
        self.cache.put_public_settings(&row.id, &pairs, now).await?;
        self.events.emit(CoreEvent::WorkspacesChanged);
        Ok(self.summary(&row))
    }

    /// Signs in with username (or email) and password. The password is sent as a SHA-256
    /// digest and forgotten; the token goes to the keyring.
    pub async fn sign_in_password(
        &self,
        workspace_id: &str,
        user: &str,
        password: Sensitive<String>,
    ) -> Result<WorkspaceSummary> {
        let row = self.cache.workspace(workspace_id).await?;
        if user.trim().is_empty() {
            return Err(Error::InvalidInput {
                field: "username",
                message: "Enter your username or email address.".into(),
            });
        }
        if password.expose().is_empty() {
            return Err(Error::InvalidInput {
                field: "password",
                message: "Enter your password.".into(),
            });
        }
        let client = self.client(&row)?;
        let login = client.login_password(user.trim(), &password).await?;
        self.establish(&row, login).await
    }

    /// Revalidates every stored session (`login` with `resume`), at start-up. Never asks for a
    /// password: a workspace whose session cannot be revalidated keeps its cache and shows why.
    pub async fn restore_sessions(&self) -> Result<()> {
        let rows = self.cache.workspaces().await?;
        for row in rows.iter().filter(|r| r.account.is_some()) {
            self.set_connection(&row.id, Connection::Connecting);
        }
        self.events.emit(CoreEvent::WorkspacesChanged);
        for row in rows {
            let Some(account) = row.account.clone() else {
                continue;
            };
            let key = SecretKey {
                workspace_id: row.id.clone(),
                user_id: account.user_id.clone(),
            };
            let token = match self.secret_get(&key).await {
                Ok(Some(token)) => token,
                Ok(None) => {
                    self.set_connection(
                        &row.id,
                        Connection::SignedOut {
                            reason: "No saved session was found. Sign in again.".into(),
                        },
                    );
                    continue;
                }
                Err(err) => {
                    self.mark_keyring_unavailable(&err);
                    self.set_connection(
                        &row.id,
                        Connection::SignedOut {
                            reason: format!("{err}. Sign in again."),
                        },
                    );
                    continue;
                }
            };
            // Until the server confirms it, the stored token is the session (offline use).
            self.sessions().entry(row.id.clone()).or_default().creds = Some(Credentials {
                user_id: account.user_id.clone(),
                token: token.clone(),
            });
            let outcome = match self.client(&row) {
                Ok(client) => client.login_resume(&token).await,
                Err(err) => Err(err),
            };
            match outcome {
                Ok(login) => {
                    self.establish(&row, login).await?;
                }
                Err(err) => self.apply_failure(&row.id, &err).await,
            }
        }
        self.events.emit(CoreEvent::WorkspacesChanged);
        Ok(())
    }

    /// The cached profile, instantly and offline.
    pub async fn profile_cached(&self, workspace_id: &str) -> Result<Option<ProfileView>> {
        self.cache.workspace(workspace_id).await?;
        Ok(self
            .cache
            .profile(workspace_id)
            .await?
            .map(|(profile, fetched_at)| ProfileView {
                profile,
                source: DataSource::Cache,
                fetched_at,
            }))
    }

    /// Reads the profile from the server and caches it.
    pub async fn profile_refresh(&self, workspace_id: &str) -> Result<ProfileView> {
        let row = self.cache.workspace(workspace_id).await?;
        let creds = self.credentials(&row)?;
        let client = self.client(&row)?;
        match client.me(&creds).await {
            Ok(me) => {
                let profile = Profile::from(&me);
                let now = self.clock.now();
                self.cache.put_profile(&row.id, &profile, now).await?;
                self.set_connection(&row.id, Connection::Online);
                self.events.emit(CoreEvent::ProfileUpdated {
                    workspace_id: row.id.clone(),
                });
                Ok(ProfileView {
                    profile,
                    source: DataSource::Server,
                    fetched_at: now.to_rfc3339(),
                })
            }
            Err(err) => {
                self.apply_failure(&row.id, &err).await;
                self.events.emit(CoreEvent::WorkspacesChanged);
                Err(err)
            }
        }
    }

    /// Signs out: ends the session on the server when reachable, removes the token from the
    /// keyring, keeps the cached data.
    pub async fn sign_out(&self, workspace_id: &str) -> Result<WorkspaceSummary> {
        let row = self.cache.workspace(workspace_id).await?;
        if let Ok(creds) = self.credentials(&row) {
            let client = self.client(&row)?;
            if let Err(err) = client.logout(&creds).await {
                tracing::warn!(workspace = %row.id, code = ?err.code(), "server-side logout failed; removing the local session anyway");
            }
            let key = SecretKey {
                workspace_id: row.id.clone(),
                user_id: creds.user_id.clone(),
            };
            self.secret_delete(&key).await?;
        }
        {
            let mut sessions = self.sessions();
            let session = sessions.entry(row.id.clone()).or_default();
            session.creds = None;
            session.connection = Some(Connection::SignedOut {
                reason: "You signed out.".into(),
            });
        }
        self.events.emit(CoreEvent::WorkspacesChanged);
        Ok(self.summary(&row))
    }

    async fn establish(&self, row: &WorkspaceRow, login: LoginData) -> Result<WorkspaceSummary> {
        let profile = Profile::from(&login.me);
        let account = AccountSummary {
            user_id: login.user_id.clone(),
            username: profile.username.clone(),
            display_name: profile.name.clone(),
        };
        let key = SecretKey {
            workspace_id: row.id.clone(),
            user_id: login.user_id.clone(),
        };
        self.secret_set(&key, &login.auth_token).await;
        let now = self.clock.now();
        self.cache.set_account(&row.id, &account).await?;
        self.cache.put_profile(&row.id, &profile, now).await?;
        {
            let mut sessions = self.sessions();
            let session = sessions.entry(row.id.clone()).or_default();
            session.creds = Some(Credentials {
                user_id: login.user_id,
                token: login.auth_token,
            });
            session.connection = Some(Connection::Online);
        }
        self.events.emit(CoreEvent::WorkspacesChanged);
        self.events.emit(CoreEvent::ProfileUpdated {
            workspace_id: row.id.clone(),
        });
        let row = self.cache.workspace(&row.id).await?;
        Ok(self.summary(&row))
    }

    /// Records what a failed call means for the workspace's connection.
    async fn apply_failure(&self, workspace_id: &str, err: &Error) {
        let connection = match err.code() {
            ErrorCode::SessionExpired | ErrorCode::InvalidCredentials => {
                let creds = self
                    .sessions()
                    .get_mut(workspace_id)
                    .and_then(|s| s.creds.take());
                if let Some(creds) = creds {
                    let key = SecretKey {
                        workspace_id: workspace_id.into(),
                        user_id: creds.user_id,
                    };
                    if let Err(e) = self.secret_delete(&key).await {
                        tracing::warn!(code = ?e.code(), "could not remove an expired token");
                    }
                }
                Connection::SignedOut {
                    reason: "Your session ended (it expired or was revoked). Sign in again.".into(),
                }
            }
            _ => Connection::Offline {
                reason: err.to_string(),
            },
        };
        self.set_connection(workspace_id, connection);
    }

    fn summary(&self, row: &WorkspaceRow) -> WorkspaceSummary {
        let connection = self
            .sessions()
            .get(&row.id)
            .and_then(|s| s.connection.clone())
            .unwrap_or(if row.account.is_some() {
                Connection::Connecting
            } else {
                Connection::NotSignedIn
            });
        WorkspaceSummary {
            id: row.id.clone(),
            url: row.url.clone(),
            name: row.name.clone(),
            server_version: row.server_version.clone(),
            account: row.account.clone(),
            connection,
        }
    }

    fn client(&self, row: &WorkspaceRow) -> Result<RestClient> {
        Ok(RestClient::new(
            self.http.clone(),
            WorkspaceUrl::parse(&row.url)?,
        ))
    }

    fn credentials(&self, row: &WorkspaceRow) -> Result<Credentials> {
        self.sessions()
            .get(&row.id)
            .and_then(|s| s.creds.clone())
            .ok_or_else(|| Error::NotSignedIn(row.name.clone()))
    }

    fn set_connection(&self, workspace_id: &str, connection: Connection) {
        self.sessions()
            .entry(workspace_id.to_owned())
            .or_default()
            .connection = Some(connection);
    }

    fn sessions(&self) -> MutexGuard<'_, HashMap<String, Session>> {
        lock(&self.sessions)
    }

    fn mark_keyring_unavailable(&self, err: &SecretError) {
        tracing::warn!(error = %err, "OS keyring unavailable; tokens are kept for this session only");
        *lock(&self.keyring) = KeyringStatus {
            available: false,
            message: Some(format!(
                "{err}. You can sign in and use Tether now, but your sessions are kept only until Tether quits; next time you will be asked to sign in again. Start or unlock your keyring (GNOME Keyring, KWallet or another Secret Service) to stay signed in."
            )),
        };
    }

    /// Stores a token in the OS keyring, or for this session only when the keyring fails.
    async fn secret_set(&self, key: &SecretKey, token: &Sensitive<String>) {
        let stored = if self.keyring_status().available {
            let (secrets, k, t) = (self.secrets.clone(), key.clone(), token.clone());
            tokio::task::spawn_blocking(move || secrets.set(&k, &t))
                .await
                .unwrap_or_else(|e| Err(SecretError::Failed(e.to_string())))
        } else {
            Err(SecretError::Unavailable("it did not answer earlier".into()))
        };
        if let Err(err) = stored {
            if self.keyring_status().available {
                self.mark_keyring_unavailable(&err);
                self.events.emit(CoreEvent::WorkspacesChanged);
            }
            // Cannot fail: in-memory.
            let _ = self.fallback.set(key, token);
        }
    }

    async fn secret_get(&self, key: &SecretKey) -> Result<Option<Sensitive<String>>, SecretError> {
        if let Some(token) = self.fallback.get(key)? {
            return Ok(Some(token));
        }
        let (secrets, k) = (self.secrets.clone(), key.clone());
        tokio::task::spawn_blocking(move || secrets.get(&k))
            .await
            .unwrap_or_else(|e| Err(SecretError::Failed(e.to_string())))
    }

    async fn secret_delete(&self, key: &SecretKey) -> Result<()> {
        self.fallback.delete(key)?;
        if !self.keyring_status().available {
            return Ok(());
        }
        let (secrets, k) = (self.secrets.clone(), key.clone());
        tokio::task::spawn_blocking(move || secrets.delete(&k))
            .await
            .unwrap_or_else(|e| Err(SecretError::Failed(e.to_string())))?;
        Ok(())
    }
}

/// Locks a mutex, recovering from poisoning: the data behind these locks stays consistent
/// because every critical section is a single assignment.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
