//! `Tether`: the application service the shell calls. It owns the cache, the sessions (tokens
//! held in memory and in the secret store, never elsewhere) and the connection state of every
//! workspace, and it reports changes through the [`EventSink`] port.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use base64::Engine as _;

use crate::ports::{
    Clock, CoreEvent, EventSink, MemorySecretStore, NoDesktop, Notifier, SecretError, SecretKey,
    SecretStore, SoundPlayer,
};
use crate::rocketchat::{
    Credentials, Http, LoginData, MINIMUM_VERSION, RestClient, WorkspaceUrl, parse_version,
    version_supported,
};
use crate::store::{ImageKind, Store, WorkspaceRow};
use crate::tls::normalise_fingerprint;
use crate::workspace::{
    AccountSummary, AppSnapshot, AuthKind, Connection, KeyringStatus, Profile, WorkspaceImages,
    WorkspaceSummary,
};
use crate::{Error, ErrorCode, Result, Sensitive};

mod account;
mod alerts;
mod devices;
mod encryption;
mod guarded;
mod notifications;
mod preferences;
mod preferences_sync;
mod profile;
mod profile_offline;
mod security;
mod sign_in;
mod tokens;
mod unread;
mod worker;

pub use devices::{DeviceSession, DeviceSessions};
pub use guarded::Guarded;
pub use notifications::{DoNotDisturb, QuietFor};
pub use security::{
    BackupCodes, EmailTwoFactorState, EncryptionState, SecurityOverview, TotpSetup, TotpState,
    save_backup_codes,
};
use sign_in::PendingSignIn;
pub use tokens::{AccessToken, AccessTokens, NewAccessToken};

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
    store: Store,
    secrets: Arc<dyn SecretStore>,
    /// Holds tokens for this process only when the OS keyring cannot be reached.
    fallback: MemorySecretStore,
    clock: Arc<dyn Clock>,
    events: unread::Events,
    /// Every subscription of every connected workspace (the unread model).
    rooms: Mutex<unread::Rooms>,
    /// Workspaces whose realtime connection is up now: the others' counts are stale.
    realtime_live: Mutex<std::collections::HashSet<String>>,
    /// Tether's do-not-disturb changed: its end is due at another time.
    quiet_changed: tokio::sync::Notify,
    /// One HTTP client (and certificate verifier) for every workspace and call. Replaced (same
    /// verifier, new pool) when a certificate exception is withdrawn.
    http: std::sync::RwLock<Http>,
    sessions: Mutex<HashMap<String, Session>>,
    pending: Mutex<HashMap<String, PendingSignIn>>,
    keyring: Mutex<KeyringStatus>,
    /// One preferences sync at a time per workspace.
    sync_locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Wakes the background worker ([`Tether::run_background`]).
    wakeup: tokio::sync::Notify,
    /// Workspaces whose preferences the worker should read from the server.
    reads: Mutex<std::collections::HashSet<String>>,
    /// When Tether last sent each (workspace, preference key).
    sent_at: Mutex<HashMap<(String, String), tokio::time::Instant>>,
    /// Shows desktop notifications ([`Tether::with_desktop`]).
    notifier: Arc<dyn Notifier>,
    /// Plays sounds ([`Tether::with_desktop`]).
    player: Arc<dyn SoundPlayer>,
    /// Whether the window is focused and which workspace it shows.
    focus: Mutex<notifications::Focus>,
    /// Where custom sounds are kept, one folder per workspace.
    sounds_dir: PathBuf,
    /// One writer of the sounds folder at a time: a refresh when a connection opens and a sound
    /// played or refreshed meanwhile would otherwise download the same file twice, and one's
    /// clean-up could remove the other's file while it is written.
    sound_files: tokio::sync::Mutex<()>,
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
        let store = Store::open(&config.cache_path).await?;
        let tether = Tether {
            store,
            secrets,
            fallback: MemorySecretStore::default(),
            clock,
            events: unread::Events::new(events),
            rooms: Mutex::new(HashMap::new()),
            http: std::sync::RwLock::new(Http::new()?),
            sessions: Mutex::new(HashMap::new()),
            pending: Mutex::new(HashMap::new()),
            keyring: Mutex::new(KeyringStatus {
                available: true,
                message: None,
            }),
            sync_locks: Mutex::new(HashMap::new()),
            wakeup: tokio::sync::Notify::new(),
            realtime_live: Mutex::new(std::collections::HashSet::new()),
            quiet_changed: tokio::sync::Notify::new(),
            reads: Mutex::new(std::collections::HashSet::new()),
            sent_at: Mutex::new(HashMap::new()),
            notifier: Arc::new(NoDesktop),
            player: Arc::new(NoDesktop),
            focus: Mutex::default(),
            sounds_dir: config
                .cache_path
                .parent()
                .map_or_else(|| PathBuf::from("sounds"), |dir| dir.join("sounds")),
            sound_files: tokio::sync::Mutex::new(()),
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
        for (host, sha256) in tether.store.trusted_certificates().await? {
            tether.http().trust().pin(&host, &sha256);
        }
        Ok(tether)
    }

    /// The cache (for tests and diagnostics).
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Everything the UI needs to draw its frame.
    pub async fn snapshot(&self) -> Result<AppSnapshot> {
        let rows = self.store.workspaces().await?;
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
        let client = RestClient::new(self.http(), url.clone());
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
        let existing = self.store.workspaces().await?;
        if let Some(row) = existing
            .iter()
            .find(|w| w.url == url.to_string() && w.account.is_none())
        {
            return Ok(self.summary(row));
        }
        let settings = client
            .settings_public(&["Site_Name", "LDAP_Enable"])
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
        self.store.insert_workspace(&row, now).await?;
        let pairs: Vec<_> = settings.into_iter().map(|s| (s.id, s.value)).collect();
        self.store.put_public_settings(&row.id, &pairs, now).await?;
        self.store_image(
            &client,
            &row.id,
            ImageKind::Icon,
            "assets/favicon.svg",
            None,
        )
        .await;
        self.events.emit(CoreEvent::WorkspacesChanged);
        Ok(self.summary(&row))
    }

    /// Trusts the certificate `url`'s server just presented, exactly, from now on (remembered).
    /// `fingerprint` must be the one the user was shown: if the server now presents another
    /// certificate, nothing is trusted.
    pub async fn trust_certificate(&self, url: &str, fingerprint: &str) -> Result<()> {
        let url = WorkspaceUrl::parse(url)?;
        let host = host_of(&url);
        let Some(wanted) = normalise_fingerprint(fingerprint) else {
            return Err(Error::InvalidInput {
                field: "fingerprint",
                message: "That is not a SHA-256 certificate fingerprint (64 hexadecimal digits)."
                    .into(),
            });
        };
        match self.http().trust().refused(&host) {
            Some(seen) if seen.sha256 == wanted => {}
            _ => {
                return Err(Error::InvalidInput {
                    field: "fingerprint",
                    message: format!(
                        "{host} is not presenting the certificate you were shown any more. Add the workspace again to see its current certificate."
                    ),
                });
            }
        }
        self.store
            .trust_certificate(&host, &wanted, self.clock.now())
            .await?;
        self.http().trust().pin(&host, &wanted);
        tracing::info!(%host, "certificate trusted by the user");
        Ok(())
    }

    /// Removes a workspace: ends its session on the server (password sessions only), deletes
    /// its token from the keyring and everything cached for it.
    pub async fn workspace_remove(&self, workspace_id: &str) -> Result<()> {
        let row = self.store.workspace(workspace_id).await?;
        if let Some(account) = &row.account {
            if let Ok(creds) = self.credentials(&row) {
                self.end_server_session(&row, &creds, account.auth).await;
            }
            let key = SecretKey {
                workspace_id: row.id.clone(),
                user_id: account.user_id.clone(),
            };
            self.secret_delete(&key).await?;
        }
        self.store.delete_workspace(&row.id).await?;
        {
            // Not while a download writes into it (the folder would come back for a workspace
            // that is gone).
            let _writer = self.sound_files.lock().await;
            let _ = tokio::fs::remove_dir_all(self.sounds_dir.join(&row.id)).await;
        }
        self.sessions().remove(&row.id);
        self.pending().remove(&row.id);
        // A certificate exception outlives its workspace only while another one uses the host.
        let url = WorkspaceUrl::parse(&row.url)?;
        let host = host_of(&url);
        let others = self.store.workspaces().await?;
        let host_in_use = others
            .iter()
            .any(|w| WorkspaceUrl::parse(&w.url).is_ok_and(|u| host_of(&u) == host));
        if !host_in_use && self.http().trust().has_pins(&host) {
            self.store.untrust_host(&host).await?;
            let http = self.http();
            http.trust().unpin_host(&host);
            // Connections in the pool were verified under the exception: start a new pool.
            let fresh = http.with_new_pool()?;
            *self
                .http
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner) = fresh;
        }
        self.events.emit(CoreEvent::WorkspacesChanged);
        Ok(())
    }

    /// Every workspace's icon and avatar as `data:` URLs.
    pub async fn images(&self) -> Result<Vec<WorkspaceImages>> {
        let mut by_workspace: HashMap<String, WorkspaceImages> = HashMap::new();
        for (workspace_id, kind, content_type, data) in self.store.images().await? {
            let entry =
                by_workspace
                    .entry(workspace_id.clone())
                    .or_insert_with(|| WorkspaceImages {
                        workspace_id,
                        icon: None,
                        avatar: None,
                    });
            let url = format!(
                "data:{content_type};base64,{}",
                base64::engine::general_purpose::STANDARD.encode(&data)
            );
            match kind {
                ImageKind::Icon => entry.icon = Some(url),
                ImageKind::Avatar => entry.avatar = Some(url),
            }
        }
        Ok(by_workspace.into_values().collect())
    }

    /// Revalidates every stored session (`login` with `resume`, or `/me` for an access token),
    /// at start-up, all workspaces at once. Never asks for a password: a workspace whose
    /// session cannot be revalidated keeps its cache and shows why.
    pub async fn restore_sessions(&self) -> Result<()> {
        let rows = self.store.workspaces().await?;
        for row in rows.iter().filter(|r| r.account.is_some()) {
            self.set_connection(&row.id, Connection::Connecting);
        }
        self.events.emit(CoreEvent::WorkspacesChanged);
        // One slow or unreachable server must not hold up the others.
        futures_util::future::join_all(rows.iter().map(|row| self.restore(row))).await;
        self.events.emit(CoreEvent::WorkspacesChanged);
        Ok(())
    }

    /// Tries again to reach one workspace with its stored session (after the network came back,
    /// or after the user trusted a changed certificate).
    pub async fn reconnect(&self, workspace_id: &str) -> Result<WorkspaceSummary> {
        let row = self.store.workspace(workspace_id).await?;
        if row.account.is_some() {
            self.set_connection(&row.id, Connection::Connecting);
            self.events.emit(CoreEvent::WorkspacesChanged);
            self.restore(&row).await;
            self.events.emit(CoreEvent::WorkspacesChanged);
        }
        Ok(self.summary(&row))
    }

    async fn restore(&self, row: &WorkspaceRow) {
        let Some(account) = row.account.clone() else {
            return;
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
                return;
            }
            Err(err) => {
                self.mark_keyring_unavailable(&err);
                self.set_connection(
                    &row.id,
                    Connection::SignedOut {
                        reason: format!("{err}. Sign in again."),
                    },
                );
                return;
            }
        };
        // Until the server confirms it, the stored token is the session (offline use).
        self.sessions().entry(row.id.clone()).or_default().creds = Some(Credentials {
            user_id: account.user_id.clone(),
            token: token.clone(),
        });
        let outcome = match (self.client(row), account.auth) {
            (Ok(client), AuthKind::Password) => client.login_resume(&token).await,
            // A personal access token is not a login token: check it with /me.
            (Ok(client), AuthKind::PersonalAccessToken) => {
                let creds = Credentials {
                    user_id: account.user_id.clone(),
                    token: token.clone(),
                };
                client.me(&creds).await.map(|me| LoginData {
                    user_id: me.id.clone(),
                    auth_token: token.clone(),
                    me,
                })
            }
            (Err(err), _) => Err(err),
        };
        let outcome = match outcome {
            Ok(login) => self.establish(row, login, account.auth).await.map(|_| ()),
            Err(err) => Err(err),
        };
        if let Err(err) = outcome {
            self.apply_failure(&row.id, &err).await;
            return;
        }
        // Back online: offline edits go to the server now (or become conflicts), not only when
        // their page is next opened.
        if self.store.has_pending_edits(&row.id).await.unwrap_or(false)
            && let Err(err) = self.profile_refresh(&row.id).await
        {
            tracing::warn!(workspace = %row.id, code = ?err.code(), "offline profile edits not sent yet");
        }
        if self
            .store
            .has_preferences_to_send(&row.id)
            .await
            .unwrap_or(false)
            && let Err(err) = self.preferences_sync(&row.id).await
        {
            tracing::warn!(workspace = %row.id, code = ?err.code(), "offline preference edits not sent yet");
            // The worker tries again (after the rate limit's wait, when that was the reason).
            self.wake_sync();
        }
    }

    /// Signs out: ends the session on the server when reachable, removes the token from the
    /// keyring, keeps the cached data.
    pub async fn sign_out(&self, workspace_id: &str) -> Result<WorkspaceSummary> {
        let row = self.store.workspace(workspace_id).await?;
        let auth = row.account.as_ref().map_or(AuthKind::Password, |a| a.auth);
        // Signed out here first: the server's logout then ends the realtime connection and any
        // call in flight, and their "session has ended" must not replace the user's own reason
        // (`apply_failure` leaves a session without credentials alone).
        let creds = {
            let mut sessions = self.sessions();
            let session = sessions.entry(row.id.clone()).or_default();
            session.connection = Some(Connection::SignedOut {
                reason: match auth {
                    AuthKind::Password => "You signed out.".into(),
                    AuthKind::PersonalAccessToken => "You signed out. Your personal access token still exists on the server; remove it there if you no longer need it.".into(),
                },
            });
            session.creds.take()
        };
        self.events.emit(CoreEvent::WorkspacesChanged);
        if let Some(creds) = creds {
            self.end_server_session(&row, &creds, auth).await;
            let key = SecretKey {
                workspace_id: row.id.clone(),
                user_id: creds.user_id.clone(),
            };
            self.secret_delete(&key).await?;
        }
        Ok(self.summary(&row))
    }

    async fn establish(
        &self,
        row: &WorkspaceRow,
        login: LoginData,
        auth: AuthKind,
    ) -> Result<WorkspaceSummary> {
        let profile = Profile::from(&login.me);
        let account = AccountSummary {
            user_id: login.user_id.clone(),
            username: profile.username.clone(),
            display_name: profile.name.clone(),
            auth,
        };
        let creds = Credentials {
            user_id: login.user_id.clone(),
            token: login.auth_token.clone(),
        };
        if let Err(refusal) = self.check_account_fits(row, &account).await {
            // Do not leave a fresh login token behind on the server.
            self.end_server_session(row, &creds, auth).await;
            return Err(refusal);
        }
        let key = SecretKey {
            workspace_id: row.id.clone(),
            user_id: login.user_id.clone(),
        };
        self.secret_set(&key, &login.auth_token).await;
        let now = self.clock.now();
        self.store.set_account(&row.id, &account).await?;
        self.store.put_profile(&row.id, &profile, now).await?;
        {
            let mut sessions = self.sessions();
            let session = sessions.entry(row.id.clone()).or_default();
            session.creds = Some(creds.clone());
            session.connection = Some(Connection::Online);
        }
        // The avatar is fetched for a new account, and otherwise only when none is cached:
        // starting Tether costs one request per workspace, not two.
        let fetch_avatar =
            row.account.is_none() || !self.store.has_image(&row.id, ImageKind::Avatar).await?;
        if fetch_avatar && let Ok(client) = self.client(row) {
            let avatar = format!("avatar/{}?size=64", account.username);
            self.store_image(&client, &row.id, ImageKind::Avatar, &avatar, Some(&creds))
                .await;
        }
        self.events.emit(CoreEvent::WorkspacesChanged);
        self.events.emit(CoreEvent::ProfileUpdated {
            workspace_id: row.id.clone(),
        });
        let row = self.store.workspace(&row.id).await?;
        Ok(self.summary(&row))
    }

    /// Ends a login-token session on the server, best effort: the local session goes whatever
    /// the server says. An access token is left alone: `logout` deletes the calling token, which
    /// for a personal access token is the user's own, made on the server and maybe used elsewhere.
    async fn end_server_session(&self, row: &WorkspaceRow, creds: &Credentials, auth: AuthKind) {
        if auth != AuthKind::Password {
            return;
        }
        let outcome = match self.client(row) {
            Ok(client) => client.logout(creds).await,
            Err(err) => Err(err),
        };
        if let Err(err) = outcome {
            tracing::warn!(workspace = %row.id, code = ?err.code(), "server-side logout failed; the local session is removed anyway");
        }
    }

    /// A workspace entry belongs to one account, and one account of a server is in Tether once.
    async fn check_account_fits(&self, row: &WorkspaceRow, account: &AccountSummary) -> Result<()> {
        if let Some(existing) = &row.account {
            if existing.user_id != account.user_id {
                return Err(Error::WrongAccount {
                    expected: existing.username.clone(),
                    got: account.username.clone(),
                });
            }
            // The entry already holds this account (a resume, or signing in again): it was
            // checked for duplicates when it first got it, so start-up reads no list here.
            return Ok(());
        }
        let duplicate = self.store.workspaces().await?.into_iter().find(|w| {
            w.id != row.id
                && w.url == row.url
                && w.account
                    .as_ref()
                    .is_some_and(|a| a.user_id == account.user_id)
        });
        match duplicate {
            Some(other) => Err(Error::AccountAlreadyAdded {
                username: account.username.clone(),
                workspace_id: other.id,
                workspace_name: other.name,
            }),
            None => Ok(()),
        }
    }

    /// Fetches and caches an image; failures only cost the picture (initials are shown).
    async fn store_image(
        &self,
        client: &RestClient,
        workspace_id: &str,
        kind: ImageKind,
        path: &str,
        creds: Option<&Credentials>,
    ) {
        match client.image(path, creds).await {
            Ok(Some((content_type, data))) => {
                let stored = self
                    .store
                    .put_image(workspace_id, kind, &content_type, &data, self.clock.now())
                    .await;
                match stored {
                    Ok(()) => self.events.emit(CoreEvent::ImagesChanged),
                    Err(err) => tracing::warn!(code = ?err.code(), "could not cache an image"),
                }
            }
            Ok(None) => {}
            Err(err) => tracing::debug!(code = ?err.code(), "image not fetched"),
        }
    }

    /// Records what a failed call means for the workspace's connection.
    async fn apply_failure(&self, workspace_id: &str, err: &Error) {
        let connection = match err.code() {
            ErrorCode::SessionExpired | ErrorCode::InvalidCredentials => {
                let creds = self
                    .sessions()
                    .get_mut(workspace_id)
                    .and_then(|s| s.creds.take());
                // No credentials left: the session already ended (the user signed out, or an
                // earlier failure settled it), and its reason stays.
                let Some(creds) = creds else {
                    return;
                };
                let key = SecretKey {
                    workspace_id: workspace_id.into(),
                    user_id: creds.user_id,
                };
                if let Err(e) = self.secret_delete(&key).await {
                    tracing::warn!(code = ?e.code(), "could not remove an expired token");
                }
                Connection::SignedOut {
                    reason: err.to_string(),
                }
            }
            // The session may be fine; the server's certificate changed. Show it, offer trust.
            ErrorCode::CertificateUntrusted => Connection::CertificateUntrusted {
                reason: err.to_string(),
                fingerprint: err
                    .details()
                    .and_then(|d| {
                        d.get("fingerprint")
                            .and_then(|f| f.as_str())
                            .map(str::to_owned)
                    })
                    .unwrap_or_default(),
            },
            _ => Connection::Offline {
                reason: err.to_string(),
            },
        };
        let offline = matches!(connection, Connection::Offline { .. });
        self.set_connection(workspace_id, connection);
        if offline {
            // The background worker tries again after a pause.
            self.wake_sync();
        }
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

    /// Tether with another request timeout (tests of a server that does not answer in time).
    pub fn with_request_timeout(self, timeout: std::time::Duration) -> Result<Self> {
        let http = self.http().with_timeout(timeout)?;
        *self
            .http
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = http;
        Ok(self)
    }

    fn http(&self) -> Http {
        self.http
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn pending(&self) -> MutexGuard<'_, HashMap<String, PendingSignIn>> {
        lock(&self.pending)
    }

    fn client(&self, row: &WorkspaceRow) -> Result<RestClient> {
        Ok(RestClient::new(self.http(), WorkspaceUrl::parse(&row.url)?))
    }

    fn credentials(&self, row: &WorkspaceRow) -> Result<Credentials> {
        self.sessions()
            .get(&row.id)
            .and_then(|s| s.creds.clone())
            .ok_or_else(|| Error::NotSignedIn(row.name.clone()))
    }

    /// Whether the workspace's server answered last time (in memory; no I/O).
    fn is_online(&self, workspace_id: &str) -> bool {
        matches!(
            self.sessions()
                .get(workspace_id)
                .and_then(|s| s.connection.as_ref()),
            Some(Connection::Online)
        )
    }

    /// A call succeeded: the workspace is online. Says so to the UI only when that is news.
    fn mark_online(&self, workspace_id: &str) {
        if !self.is_online(workspace_id) {
            self.set_connection(workspace_id, Connection::Online);
            self.events.emit(CoreEvent::WorkspacesChanged);
        }
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

/// The host of a workspace URL as the certificate verifier sees it (no brackets on IPv6).
fn host_of(url: &WorkspaceUrl) -> String {
    url.as_url()
        .host_str()
        .unwrap_or_default()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_ascii_lowercase()
}

/// Locks a mutex, recovering from poisoning: the data behind these locks stays consistent
/// because every critical section is a single assignment.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
