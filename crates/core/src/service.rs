//! `Tether`: the application service the shell calls. It owns the cache, the sessions (tokens
//! held in memory and in the secret store, never elsewhere) and the connection state of every
//! workspace, and it reports changes through the [`EventSink`] port.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use base64::Engine as _;

use crate::cache::{Cache, ImageKind, WorkspaceRow};
use crate::ports::{
    Clock, CoreEvent, EventSink, MemorySecretStore, SecretError, SecretKey, SecretStore,
};
use crate::rocketchat::{
    Credentials, Http, LoginData, MINIMUM_VERSION, PasswordProof, RestClient, WorkspaceUrl,
    parse_version, version_supported,
};
use crate::tls::normalise_fingerprint;
use crate::workspace::{
    AccountSummary, AppSnapshot, AuthKind, Connection, DataSource, KeyringStatus,
    PROFILE_RULE_SETTINGS, PendingEdit, Profile, ProfileChanges, ProfileConfirmation, ProfileRules,
    ProfileSaveStep, ProfileView, SecondFactorChallenge, SecondFactorMethod, SignInStep,
    WorkspaceImages, WorkspaceSummary,
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

/// A password sign-in waiting for its second factor. Holds the password's proof (its digest,
/// which signs in like the password itself, or for LDAP the password) in memory only, so the
/// webview can forget the password at once.
struct PendingSignIn {
    user: String,
    proof: PasswordProof,
    challenge: SecondFactorChallenge,
    started: Instant,
}

/// How long a sign-in waits for its code before the password must be entered again.
const SIGN_IN_PATIENCE: Duration = Duration::from_secs(15 * 60);

/// The application service. One per process; the shell holds it in managed state.
pub struct Tether {
    cache: Cache,
    secrets: Arc<dyn SecretStore>,
    /// Holds tokens for this process only when the OS keyring cannot be reached.
    fallback: MemorySecretStore,
    clock: Arc<dyn Clock>,
    events: Arc<dyn EventSink>,
    /// One HTTP client (and certificate verifier) for every workspace and call. Replaced (same
    /// verifier, new pool) when a certificate exception is withdrawn.
    http: std::sync::RwLock<Http>,
    sessions: Mutex<HashMap<String, Session>>,
    pending: Mutex<HashMap<String, PendingSignIn>>,
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
            http: std::sync::RwLock::new(Http::new()?),
            sessions: Mutex::new(HashMap::new()),
            pending: Mutex::new(HashMap::new()),
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
        for (host, sha256) in tether.cache.trusted_certificates().await? {
            tether.http().trust().pin(&host, &sha256);
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
        let existing = self.cache.workspaces().await?;
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
        self.cache.insert_workspace(&row, now).await?;
        let pairs: Vec<_> = settings.into_iter().map(|s| (s.id, s.value)).collect();
        self.cache.put_public_settings(&row.id, &pairs, now).await?;
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
        self.cache
            .trust_certificate(&host, &wanted, self.clock.now())
            .await?;
        self.http().trust().pin(&host, &wanted);
        tracing::info!(%host, "certificate trusted by the user");
        Ok(())
    }

    /// Removes a workspace: ends its session on the server (password sessions only), deletes
    /// its token from the keyring and everything cached for it.
    pub async fn workspace_remove(&self, workspace_id: &str) -> Result<()> {
        let row = self.cache.workspace(workspace_id).await?;
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
        self.cache.delete_workspace(&row.id).await?;
        self.sessions().remove(&row.id);
        self.pending().remove(&row.id);
        // A certificate exception outlives its workspace only while another one uses the host.
        let url = WorkspaceUrl::parse(&row.url)?;
        let host = host_of(&url);
        let others = self.cache.workspaces().await?;
        let host_in_use = others
            .iter()
            .any(|w| WorkspaceUrl::parse(&w.url).is_ok_and(|u| host_of(&u) == host));
        if !host_in_use && self.http().trust().has_pins(&host) {
            self.cache.untrust_host(&host).await?;
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
        for (workspace_id, kind, content_type, data) in self.cache.images().await? {
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

    /// Signs in with username (or email) and password. The password is sent as a SHA-256
    /// digest and forgotten; the token goes to the keyring. When the account has a second
    /// factor, the answer is the server's challenge; finish with [`Tether::sign_in_code`].
    pub async fn sign_in_password(
        &self,
        workspace_id: &str,
        user: &str,
        password: Sensitive<String>,
    ) -> Result<SignInStep> {
        let row = self.cache.workspace(workspace_id).await?;
        let user = user.trim();
        if user.is_empty() {
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
        self.pending().remove(&row.id);
        let client = self.client(&row)?;
        let ldap = self.ldap_enabled(&row, &client).await?;
        let proof = PasswordProof::for_password(&password, ldap);
        match client.login_password(user, &proof, None).await {
            Ok(login) => {
                let workspace = self.establish(&row, login, AuthKind::Password).await?;
                Ok(SignInStep::SignedIn { workspace })
            }
            Err(Error::Api(api)) if api.code() == ErrorCode::TwoFactorRequired => {
                let challenge = challenge_from(&row.id, api.details.as_ref())?;
                self.pending().insert(
                    row.id.clone(),
                    PendingSignIn {
                        user: user.to_owned(),
                        proof,
                        challenge: challenge.clone(),
                        started: Instant::now(),
                    },
                );
                Ok(SignInStep::SecondFactor { challenge })
            }
            Err(err) => Err(err),
        }
    }

    /// Whether the workspace signs in through LDAP (`LDAP_Enable`), asked fresh so an admin's
    /// change counts; the cached value when the server does not answer.
    async fn ldap_enabled(&self, row: &WorkspaceRow, client: &RestClient) -> Result<bool> {
        if let Ok(settings) = client.settings_public(&["LDAP_Enable"]).await {
            let pairs: Vec<_> = settings.into_iter().map(|s| (s.id, s.value)).collect();
            self.cache
                .put_public_settings(&row.id, &pairs, self.clock.now())
                .await?;
        }
        Ok(self
            .cache
            .public_setting(&row.id, "LDAP_Enable")
            .await?
            .is_some_and(|v| v == serde_json::Value::Bool(true)))
    }

    /// Finishes a password sign-in with the second-factor code the server asked for (an
    /// authenticator or backup code, or the emailed code).
    pub async fn sign_in_code(&self, workspace_id: &str, code: &str) -> Result<SignInStep> {
        let row = self.cache.workspace(workspace_id).await?;
        let (user, proof, method) = self.waiting_sign_in(&row.id, |p| {
            (p.user.clone(), p.proof.clone(), p.challenge.method)
        })?;
        let code = normalise_code(method, code)?;
        let client = self.client(&row)?;
        match client.login_password(&user, &proof, Some(&code)).await {
            Ok(login) => {
                self.pending().remove(&row.id);
                let workspace = self.establish(&row, login, AuthKind::Password).await?;
                Ok(SignInStep::SignedIn { workspace })
            }
            Err(Error::Api(api)) if api.code() == ErrorCode::TwoFactorRequired => {
                // The server started over (for example a new emailed code): show its challenge.
                let challenge = challenge_from(&row.id, api.details.as_ref())?;
                if let Some(p) = self.pending().get_mut(&row.id) {
                    p.challenge = challenge.clone();
                }
                Ok(SignInStep::SecondFactor { challenge })
            }
            Err(err) => {
                if matches!(
                    err.code(),
                    ErrorCode::InvalidCredentials
                        | ErrorCode::AccountNotActivated
                        | ErrorCode::LoginBlocked
                ) {
                    // The password itself no longer works: the code step cannot succeed.
                    self.pending().remove(&row.id);
                }
                Err(err)
            }
        }
    }

    /// Asks the server to email a new sign-in code (`users.2fa.sendEmailCode`).
    pub async fn sign_in_resend_email_code(
        &self,
        workspace_id: &str,
    ) -> Result<SecondFactorChallenge> {
        let row = self.cache.workspace(workspace_id).await?;
        let (recipient, mut challenge) = self.waiting_sign_in(&row.id, |p| {
            let recipient = p
                .challenge
                .email_or_username
                .clone()
                .unwrap_or_else(|| p.user.clone());
            (recipient, p.challenge.clone())
        })?;
        let client = self.client(&row)?;
        client.send_email_code(&recipient).await?;
        // The new code replaces the old one; the server does not say when it expires.
        challenge.method = SecondFactorMethod::Email;
        challenge.code_generated = true;
        challenge.code_expires = None;
        if let Some(p) = self.pending().get_mut(&row.id) {
            p.challenge = challenge.clone();
        }
        Ok(challenge)
    }

    /// Forgets a sign-in waiting for its code.
    pub fn sign_in_cancel(&self, workspace_id: &str) {
        self.pending().remove(workspace_id);
    }

    /// Signs in with a personal access token and its owner's user id (for SSO accounts, or
    /// servers where password login is off). Checked with `GET /me`.
    pub async fn sign_in_token(
        &self,
        workspace_id: &str,
        user_id: &str,
        token: Sensitive<String>,
    ) -> Result<SignInStep> {
        let row = self.cache.workspace(workspace_id).await?;
        let user_id = user_id.trim();
        if user_id.is_empty() || user_id.contains(char::is_whitespace) {
            return Err(Error::InvalidInput {
                field: "user_id",
                message: "Enter the user id shown with your access token (letters and digits, no spaces).".into(),
            });
        }
        let token = Sensitive::new(token.expose().trim().to_owned());
        if token.expose().is_empty() || token.expose().contains(char::is_whitespace) {
            return Err(Error::InvalidInput {
                field: "token",
                message: "Paste the access token exactly as the server showed it (no spaces)."
                    .into(),
            });
        }
        let creds = Credentials {
            user_id: user_id.to_owned(),
            token,
        };
        let client = self.client(&row)?;
        let me = match client.me(&creds).await {
            Ok(me) => me,
            Err(err) if err.code() == ErrorCode::SessionExpired => {
                return Err(Error::TokenRejected);
            }
            Err(err) => return Err(err),
        };
        let login = LoginData {
            user_id: me.id.clone(),
            auth_token: creds.token,
            me,
        };
        let workspace = self
            .establish(&row, login, AuthKind::PersonalAccessToken)
            .await?;
        Ok(SignInStep::SignedIn { workspace })
    }

    /// Revalidates every stored session (`login` with `resume`, or `/me` for an access token),
    /// at start-up, all workspaces at once. Never asks for a password: a workspace whose
    /// session cannot be revalidated keeps its cache and shows why.
    pub async fn restore_sessions(&self) -> Result<()> {
        let rows = self.cache.workspaces().await?;
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
        let row = self.cache.workspace(workspace_id).await?;
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
        }
    }

    /// The cached profile, instantly and offline.
    pub async fn profile_cached(&self, workspace_id: &str) -> Result<Option<ProfileView>> {
        self.cache.workspace(workspace_id).await?;
        match self.cache.profile(workspace_id).await? {
            Some((profile, fetched_at)) => Ok(Some(
                self.view(workspace_id, profile, DataSource::Cache, fetched_at)
                    .await?,
            )),
            None => Ok(None),
        }
    }

    /// A profile as shown: with the pending offline edits applied and listed.
    async fn view(
        &self,
        workspace_id: &str,
        mut profile: Profile,
        source: DataSource,
        fetched_at: String,
    ) -> Result<ProfileView> {
        let pending = self.cache.pending_edits(workspace_id).await?;
        for edit in &pending {
            profile.set_field(&edit.field, &edit.value);
        }
        Ok(ProfileView {
            profile,
            pending: pending
                .into_iter()
                .map(|e| PendingEdit {
                    field: e.field,
                    value: e.value,
                    conflict: e.server_value,
                })
                .collect(),
            source,
            fetched_at,
        })
    }

    /// Sends the offline edits whose field did not change on the server meanwhile; an edit whose
    /// field did change becomes a conflict for the user to decide (never overwritten). `server`
    /// is the profile just read from the server. Returns whether anything was sent.
    async fn sync_pending(
        &self,
        row: &WorkspaceRow,
        creds: &Credentials,
        server: &Profile,
    ) -> Result<bool> {
        let pending = self.cache.pending_edits(&row.id).await?;
        let mut data = serde_json::Map::new();
        let mut sent = Vec::new();
        for edit in pending {
            let now = server.field(&edit.field);
            if now == edit.value {
                // The server already has it (sent before a crash, or the same change elsewhere).
                self.cache.delete_pending_edit(&row.id, &edit.field).await?;
            } else if edit.server_value.is_some() || now != edit.base {
                if edit.server_value.as_deref() != Some(now.as_str()) {
                    self.cache.mark_conflict(&row.id, &edit.field, &now).await?;
                }
            } else {
                data.insert(
                    wire_key(&edit.field).to_owned(),
                    serde_json::Value::String(edit.value.clone()),
                );
                sent.push(edit.field);
            }
        }
        if data.is_empty() {
            return Ok(false);
        }
        let client = self.client(row)?;
        match client
            .update_own_basic_info(creds, serde_json::Value::Object(data), None)
            .await
        {
            Ok(()) => {
                for field in sent {
                    self.cache.delete_pending_edit(&row.id, &field).await?;
                }
                Ok(true)
            }
            Err(err) if err.code() == ErrorCode::Unreachable => Ok(false),
            Err(err) => {
                // The server refused an offline edit (for example a rule changed): keep it, as a
                // conflict showing the server's value, so the user sees it and decides.
                tracing::warn!(workspace = %row.id, code = ?err.code(), "the server refused offline edits");
                for field in sent {
                    self.cache
                        .mark_conflict(&row.id, &field, &server.field(&field))
                        .await?;
                }
                Ok(false)
            }
        }
    }

    /// Settles a conflict between an offline edit and the server: keep the user's value (sent
    /// now) or the server's (the edit is dropped).
    pub async fn profile_resolve(
        &self,
        workspace_id: &str,
        field: &str,
        keep_mine: bool,
    ) -> Result<ProfileView> {
        let row = self.cache.workspace(workspace_id).await?;
        let edit = self
            .cache
            .pending_edits(&row.id)
            .await?
            .into_iter()
            .find(|e| e.field == field)
            .ok_or_else(|| Error::InvalidInput {
                field: "field",
                message: format!("There is no pending change of “{field}” to decide."),
            })?;
        if keep_mine {
            let creds = self.credentials(&row)?;
            let data = serde_json::json!({ wire_key(&edit.field): edit.value });
            self.client(&row)?
                .update_own_basic_info(&creds, data, None)
                .await?;
        }
        self.cache.delete_pending_edit(&row.id, field).await?;
        match self.profile_refresh(&row.id).await {
            Ok(view) => Ok(view),
            Err(_) if !keep_mine => self
                .profile_cached(&row.id)
                .await?
                .ok_or_else(|| Error::NotSignedIn(row.name.clone())),
            Err(err) => Err(err),
        }
    }

    /// Keeps offline-editable changes on this computer until the server is back.
    async fn queue_offline(
        &self,
        row: &WorkspaceRow,
        server: &Profile,
        shown: &Profile,
        changes: &ProfileChanges,
    ) -> Result<ProfileSaveStep> {
        let needs_server = [
            (
                "username",
                changes.username.as_deref(),
                Some(shown.username.as_str()),
            ),
            (
                "email",
                changes.email.as_deref(),
                shown.emails.first().map(|e| e.address.as_str()),
            ),
        ]
        .into_iter()
        .find(|(_, new, old)| new.is_some_and(|n| Some(n) != *old))
        .map(|(field, _, _)| field)
        .or(changes
            .new_password
            .as_deref()
            .filter(|p| !p.is_empty())
            .map(|_| "new_password"));
        if let Some(field) = needs_server {
            return Err(Error::InvalidInput {
                field: match field {
                    "username" => "username",
                    "email" => "email",
                    _ => "new_password",
                },
                message: format!(
                    "{} cannot reach the server: a change of username, email or password needs it. Your other changes can be kept until it is back.",
                    row.name
                ),
            });
        }
        let wanted = [
            ("name", &changes.name),
            ("nickname", &changes.nickname),
            ("bio", &changes.bio),
            ("status", &changes.status),
            ("status_text", &changes.status_text),
        ];
        let now = self.clock.now();
        for (field, value) in wanted {
            let Some(value) = value.as_deref() else {
                continue;
            };
            if value == shown.field(field) {
                continue;
            }
            if value == server.field(field) {
                // Back to what the server has: nothing to send.
                self.cache.delete_pending_edit(&row.id, field).await?;
            } else {
                self.cache
                    .put_pending_edit(&row.id, field, value, &server.field(field), now)
                    .await?;
            }
        }
        self.events.emit(CoreEvent::ProfileUpdated {
            workspace_id: row.id.clone(),
        });
        let view = self
            .profile_cached(&row.id)
            .await?
            .ok_or_else(|| Error::NotSignedIn(row.name.clone()))?;
        Ok(ProfileSaveStep::Queued { profile: view })
    }

    /// What the workspace lets the user change, from its cached public settings.
    pub async fn profile_rules(&self, workspace_id: &str) -> Result<ProfileRules> {
        self.cache.workspace(workspace_id).await?;
        let mut allowed = [true; PROFILE_RULE_SETTINGS.len()];
        for (slot, id) in allowed.iter_mut().zip(PROFILE_RULE_SETTINGS) {
            if let Some(value) = self.cache.public_setting(workspace_id, id).await? {
                *slot = value != serde_json::Value::Bool(false);
            }
        }
        let [
            profile,
            name,
            username,
            email,
            password,
            status_text,
            invisible,
        ] = allowed;
        Ok(ProfileRules {
            profile,
            name,
            username,
            email,
            password,
            status_text,
            invisible,
        })
    }

    /// Reads the profile from the server and caches it.
    pub async fn profile_refresh(&self, workspace_id: &str) -> Result<ProfileView> {
        let row = self.cache.workspace(workspace_id).await?;
        let creds = self.credentials(&row)?;
        let client = self.client(&row)?;
        match client.me(&creds).await {
            Ok(me) => {
                let mut profile = Profile::from(&me);
                let now = self.clock.now();
                self.cache.put_profile(&row.id, &profile, now).await?;
                if self.sync_pending(&row, &creds, &profile).await? {
                    // Offline edits went to the server: read back what it keeps.
                    profile = Profile::from(&client.me(&creds).await?);
                    self.cache.put_profile(&row.id, &profile, now).await?;
                }
                // What may be edited can change with the workspace's settings: read them too.
                if let Ok(settings) = client.settings_public(&PROFILE_RULE_SETTINGS).await {
                    let pairs: Vec<_> = settings.into_iter().map(|s| (s.id, s.value)).collect();
                    self.cache.put_public_settings(&row.id, &pairs, now).await?;
                }
                self.set_connection(&row.id, Connection::Online);
                self.events.emit(CoreEvent::ProfileUpdated {
                    workspace_id: row.id.clone(),
                });
                self.view(&row.id, profile, DataSource::Server, now.to_rfc3339())
                    .await
            }
            Err(err) => {
                self.apply_failure(&row.id, &err).await;
                self.events.emit(CoreEvent::WorkspacesChanged);
                Err(err)
            }
        }
    }

    /// Saves profile changes with one `users.updateOwnBasicInfo` holding only what differs from
    /// the profile as last read. Limits are checked first. An email or password change needs a
    /// second factor: the first attempt returns the server's challenge; save again with the
    /// confirmation (the current password for accounts without 2FA, sent as its SHA-256 in
    /// `currentPassword`; otherwise the code, sent as `X-2fa-code`/`X-2fa-method`, never as
    /// `currentPassword`). The server's answer (it holds `services`) is never kept: the profile
    /// is read again with `/me`.
    pub async fn profile_save(
        &self,
        workspace_id: &str,
        changes: ProfileChanges,
        confirmation: Option<ProfileConfirmation>,
    ) -> Result<ProfileSaveStep> {
        let row = self.cache.workspace(workspace_id).await?;
        let creds = self.credentials(&row)?;
        let Some((server, _)) = self.cache.profile(&row.id).await? else {
            return Err(Error::NotSignedIn(row.name.clone()));
        };
        // Compare with the profile as shown (offline edits applied).
        let Some(ProfileView {
            profile: current, ..
        }) = self.profile_cached(&row.id).await?
        else {
            return Err(Error::NotSignedIn(row.name.clone()));
        };
        let mut data = profile_delta(&current, &changes)?;
        let offline = matches!(
            self.sessions()
                .get(&row.id)
                .and_then(|s| s.connection.clone()),
            Some(Connection::Offline { .. })
        );
        if offline {
            return self.queue_offline(&row, &server, &current, &changes).await;
        }
        let gated = data.get("email").is_some() || data.get("newPassword").is_some();
        let mut second_factor = None;
        match (&confirmation, gated) {
            (Some(ProfileConfirmation::Password { password }), true) => {
                if current.totp_enabled || current.email2fa_enabled {
                    return Err(Error::InvalidInput {
                        field: "code",
                        message: "This account has two-factor authentication: confirm with its code, not the password.".into(),
                    });
                }
                let digest = crate::rocketchat::password_digest(&Sensitive::new(password.clone()));
                data["currentPassword"] = serde_json::Value::String(digest.expose().clone());
            }
            (Some(ProfileConfirmation::Code { method, code }), true) => {
                let code = normalise_code(*method, code)?;
                let method = match method {
                    SecondFactorMethod::Totp => "totp",
                    SecondFactorMethod::Email => "email",
                    SecondFactorMethod::Password => "password",
                };
                second_factor = Some((code, method));
            }
            _ => {}
        }
        if data.as_object().is_some_and(serde_json::Map::is_empty) {
            let view = self.profile_cached(&row.id).await?;
            return view
                .map(|profile| ProfileSaveStep::Saved { profile })
                .ok_or_else(|| Error::NotSignedIn(row.name.clone()));
        }
        let client = self.client(&row)?;
        let sent = client
            .update_own_basic_info(
                &creds,
                data,
                second_factor.as_ref().map(|(c, m)| (c.as_str(), *m)),
            )
            .await;
        match sent {
            Ok(()) => Ok(ProfileSaveStep::Saved {
                profile: self.profile_refresh(&row.id).await?,
            }),
            Err(Error::Api(api)) if api.code() == ErrorCode::TwoFactorRequired => {
                Ok(ProfileSaveStep::SecondFactor {
                    challenge: challenge_from(&row.id, api.details.as_ref())?,
                })
            }
            Err(err) => {
                if matches!(
                    err.code(),
                    ErrorCode::SessionExpired | ErrorCode::Unreachable
                ) {
                    self.apply_failure(&row.id, &err).await;
                    self.events.emit(CoreEvent::WorkspacesChanged);
                }
                Err(err)
            }
        }
    }

    /// Logs out every other place this account is signed in (`users.removeOtherTokens`); this
    /// device stays signed in.
    pub async fn sign_out_other_sessions(&self, workspace_id: &str) -> Result<()> {
        let row = self.cache.workspace(workspace_id).await?;
        let creds = self.credentials(&row)?;
        self.client(&row)?.remove_other_tokens(&creds).await
    }

    /// Signs out: ends the session on the server when reachable, removes the token from the
    /// keyring, keeps the cached data.
    pub async fn sign_out(&self, workspace_id: &str) -> Result<WorkspaceSummary> {
        let row = self.cache.workspace(workspace_id).await?;
        let auth = row.account.as_ref().map_or(AuthKind::Password, |a| a.auth);
        if let Ok(creds) = self.credentials(&row) {
            self.end_server_session(&row, &creds, auth).await;
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
                reason: match auth {
                    AuthKind::Password => "You signed out.".into(),
                    AuthKind::PersonalAccessToken => "You signed out. Your personal access token still exists on the server; remove it there if you no longer need it.".into(),
                },
            });
        }
        self.events.emit(CoreEvent::WorkspacesChanged);
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
        self.cache.set_account(&row.id, &account).await?;
        self.cache.put_profile(&row.id, &profile, now).await?;
        {
            let mut sessions = self.sessions();
            let session = sessions.entry(row.id.clone()).or_default();
            session.creds = Some(creds.clone());
            session.connection = Some(Connection::Online);
        }
        if let Ok(client) = self.client(row) {
            let avatar = format!("avatar/{}?size=64", account.username);
            self.store_image(&client, &row.id, ImageKind::Avatar, &avatar, Some(&creds))
                .await;
        }
        self.events.emit(CoreEvent::WorkspacesChanged);
        self.events.emit(CoreEvent::ProfileUpdated {
            workspace_id: row.id.clone(),
        });
        let row = self.cache.workspace(&row.id).await?;
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
        if let Some(existing) = &row.account
            && existing.user_id != account.user_id
        {
            return Err(Error::WrongAccount {
                expected: existing.username.clone(),
                got: account.username.clone(),
            });
        }
        let duplicate = self.cache.workspaces().await?.into_iter().find(|w| {
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
                    .cache
                    .put_image(workspace_id, kind, &content_type, &data, self.clock.now())
                    .await;
                if let Err(err) = stored {
                    tracing::warn!(code = ?err.code(), "could not cache an image");
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

    fn http(&self) -> Http {
        self.http
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn pending(&self) -> MutexGuard<'_, HashMap<String, PendingSignIn>> {
        lock(&self.pending)
    }

    /// Reads the sign-in waiting for a code on a workspace, or [`Error::SignInExpired`].
    fn waiting_sign_in<T>(
        &self,
        workspace_id: &str,
        read: impl FnOnce(&PendingSignIn) -> T,
    ) -> Result<T> {
        self.pending()
            .get(workspace_id)
            .filter(|p| p.started.elapsed() < SIGN_IN_PATIENCE)
            .map(read)
            .ok_or(Error::SignInExpired)
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

/// Reads the `details` of a `totp-required` answer (reference §1.5).
fn challenge_from(
    workspace_id: &str,
    details: Option<&serde_json::Value>,
) -> Result<SecondFactorChallenge> {
    let parse = |m: &str| match m {
        "totp" => Some(SecondFactorMethod::Totp),
        "email" => Some(SecondFactorMethod::Email),
        "password" => Some(SecondFactorMethod::Password),
        _ => None,
    };
    let details = details.cloned().unwrap_or_default();
    let named = details
        .get("method")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default();
    let Some(method) = parse(named) else {
        return Err(Error::Protocol {
            endpoint: "login".into(),
            reason: format!(
                "the server asked for a second factor Tether cannot provide at sign-in (“{named}”)"
            ),
        });
    };
    let available_methods = details
        .get("availableMethods")
        .and_then(serde_json::Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(serde_json::Value::as_str)
                .filter_map(parse)
                .collect()
        })
        .unwrap_or_else(|| vec![method]);
    Ok(SecondFactorChallenge {
        workspace_id: workspace_id.to_owned(),
        method,
        available_methods,
        code_generated: details
            .get("codeGenerated")
            .and_then(serde_json::Value::as_bool)
            .unwrap_or(false),
        code_expires: details
            .get("codeExpires")
            .and_then(serde_json::Value::as_str)
            .and_then(|d| chrono::DateTime::parse_from_rfc3339(d).ok())
            .map(|d| d.to_utc().to_rfc3339()),
        email_or_username: details
            .get("emailOrUsername")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned),
    })
}

/// The `data` key of `users.updateOwnBasicInfo` for an offline-editable field.
fn wire_key(field: &str) -> &str {
    match field {
        "status" => "statusType",
        "status_text" => "statusText",
        other => other,
    }
}

/// The `data` of `users.updateOwnBasicInfo`: only the fields that differ from `current`, after
/// the limits the server enforces (reference §3.1).
fn profile_delta(current: &Profile, changes: &ProfileChanges) -> Result<serde_json::Value> {
    let invalid = |field: &'static str, message: &str| Error::InvalidInput {
        field,
        message: message.to_owned(),
    };
    let mut data = serde_json::Map::new();
    let mut put = |key: &str, value: &str| {
        data.insert(key.to_owned(), serde_json::Value::String(value.to_owned()));
    };
    let differs = |new: &Option<String>, old: Option<&str>| {
        new.as_deref()
            .filter(|n| *n != old.unwrap_or_default())
            .map(str::to_owned)
    };
    if let Some(name) = differs(&changes.name, current.name.as_deref()) {
        if name.trim().is_empty() {
            return Err(invalid("name", "Enter your name."));
        }
        put("name", name.trim());
    }
    if let Some(username) = differs(&changes.username, Some(&current.username)) {
        let valid = !username.is_empty()
            && username
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if !valid {
            return Err(invalid(
                "username",
                "A username uses only letters, digits, dots (.), dashes (-) and underscores (_).",
            ));
        }
        put("username", &username);
    }
    if let Some(nickname) = differs(&changes.nickname, current.nickname.as_deref()) {
        if nickname.chars().count() > 120 {
            return Err(invalid(
                "nickname",
                "The nickname can be at most 120 characters.",
            ));
        }
        put("nickname", &nickname);
    }
    if let Some(bio) = differs(&changes.bio, current.bio.as_deref()) {
        if bio.chars().count() > 260 {
            return Err(invalid("bio", "The bio can be at most 260 characters."));
        }
        put("bio", &bio);
    }
    if let Some(status) = differs(&changes.status, current.status.as_deref()) {
        if !["online", "away", "busy", "offline"].contains(&status.as_str()) {
            return Err(invalid("status", "Choose online, away, busy or offline."));
        }
        put("statusType", &status);
    }
    if let Some(text) = differs(&changes.status_text, current.status_text.as_deref()) {
        put("statusText", &text);
    }
    let current_email = current.emails.first().map(|e| e.address.as_str());
    if let Some(email) = differs(&changes.email, current_email) {
        let email = email.trim().to_owned();
        let valid = email
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
        if !valid {
            return Err(invalid(
                "email",
                "Enter a valid email address, like name@example.com.",
            ));
        }
        put("email", &email);
    }
    if let Some(password) = changes.new_password.as_deref().filter(|p| !p.is_empty()) {
        if !current.has_password {
            return Err(invalid(
                "new_password",
                "This account signs in through an identity provider (single sign-on or LDAP): change the password there.",
            ));
        }
        put("newPassword", password);
    }
    Ok(serde_json::Value::Object(data))
}

/// Checks a typed code before it is sent: 6 digits from an authenticator, an 8-character backup
/// code, or an emailed code (which may be typed as `123-456`).
fn normalise_code(method: SecondFactorMethod, code: &str) -> Result<String> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let ok = match method {
        SecondFactorMethod::Totp => {
            (code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()))
                || (code.len() == 8 && code.chars().all(|c| c.is_ascii_alphanumeric()))
        }
        SecondFactorMethod::Email => {
            code.chars().filter(char::is_ascii_digit).count() == 6
                && code.chars().all(|c| c.is_ascii_digit() || c == '-')
        }
        SecondFactorMethod::Password => !code.is_empty(),
    };
    if ok {
        return Ok(code);
    }
    Err(Error::InvalidInput {
        field: "code",
        message: match method {
            SecondFactorMethod::Totp => {
                "Enter the 6-digit code from your authenticator app, or an 8-character backup code."
                    .into()
            }
            SecondFactorMethod::Email => "Enter the 6-digit code from the email.".into(),
            SecondFactorMethod::Password => "Enter your current password.".into(),
        },
    })
}

/// Locks a mutex, recovering from poisoning: the data behind these locks stays consistent
/// because every critical section is a single assignment.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
