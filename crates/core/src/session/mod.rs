//! The session slice: who is signed in where. It keeps each workspace's credentials and
//! connection state in memory (tokens in the secret store, never in the store), signs in
//! (password with a second factor, access token), revalidates stored sessions, signs out,
//! and runs the one second-factor flow of sign-in and every guarded call ([`guarded`]). Every
//! other slice reaches a workspace's server through `SessionApi::call_parts` and reports what a
//! failed call means through `SessionApi::note_failure` (both in `calls.rs`).

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use crate::context::{Context, lock};
use crate::error::ErrorDetails;
use crate::ports::{ChangeOrigin, CoreEvent, SecretKey};
use crate::rocketchat::{Credentials, LoginData, RestClient, WorkspaceUrl};
use crate::store::{ImageKind, WorkspaceRow};
use crate::workspace::{
    AccountSummary, AuthKind, Connection, Profile, ServerKind, WorkspaceSummary,
};
use crate::{Error, ErrorCode, Result};

mod calls;
mod chatwoot;
pub mod guarded;
mod held;
mod online;
mod rocketchat;
mod sign_in;

pub use guarded::Guarded;
pub(crate) use held::HeldSecret;
pub(crate) use online::OnlineSet;
use sign_in::PendingSignIn;

/// A workspace's session in memory.
#[derive(Default)]
struct Connected {
    secret: Option<HeldSecret>,
    connection: Option<Connection>,
}

/// What the session slice keeps: per workspace, its credentials and connection, and a
/// password sign-in waiting for its second factor.
#[derive(Default)]
pub struct SessionState {
    sessions: Mutex<HashMap<String, Connected>>,
    pending: Mutex<HashMap<String, PendingSignIn>>,
    /// Each workspace's client, kept while its address and the HTTP client stay the same.
    clients: Mutex<HashMap<String, HeldClient>>,
    /// The online workspaces, announced when they change (`online.rs`).
    online: tokio::sync::watch::Sender<OnlineSet>,
}

/// A workspace's client, with what it was built from.
struct HeldClient {
    url: String,
    http_generation: u64,
    client: RestClient,
}

/// The session slice's operations.
#[derive(Clone, Copy)]
pub struct SessionApi<'a> {
    ctx: &'a Context,
    state: &'a SessionState,
}

impl<'a> SessionApi<'a> {
    pub(crate) fn new(ctx: &'a Context, state: &'a SessionState) -> Self {
        SessionApi { ctx, state }
    }

    /// A workspace's connection state, from memory.
    pub(crate) fn connection_of(&self, workspace_id: &str) -> Option<Connection> {
        self.sessions()
            .get(workspace_id)
            .and_then(|s| s.connection.clone())
    }

    /// Whether the workspace's session still uses `creds`' token (it may have ended, or been
    /// replaced by a new sign-in, while a call with the old one was under way).
    pub(crate) fn holds_token(&self, workspace_id: &str, creds: &Credentials) -> bool {
        self.sessions()
            .get(workspace_id)
            .and_then(|s| s.secret.as_ref())
            .is_some_and(|held| matches!(held, HeldSecret::RocketChat(c) if c.token == creds.token))
    }

    /// Forgets a workspace's session here (its workspace was removed).
    pub(crate) fn forget(&self, workspace_id: &str) {
        self.sessions().remove(workspace_id);
        self.pending().remove(workspace_id);
        lock(&self.state.clients).remove(workspace_id);
    }

    /// Ends a session here for `reason` (the account was deleted on the server, or the server
    /// ended the session): the credentials go, the reason is shown.
    pub(crate) fn end_locally(&self, workspace_id: &str, reason: String) {
        let mut sessions = self.sessions();
        let session = sessions.entry(workspace_id.to_owned()).or_default();
        session.secret = None;
        session.connection = Some(Connection::SignedOut { reason });
    }

    /// Signs out: ends the session on the server when reachable, removes the token from the
    /// keyring, keeps the cached data.
    pub async fn sign_out(&self, workspace_id: &str) -> Result<WorkspaceSummary> {
        let row = self.ctx.store.workspace(workspace_id).await?;
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
            session.secret.take()
        };
        self.ctx.events.emit(CoreEvent::WorkspacesChanged);
        if let Some(held) = creds {
            self.end_server_session(&row, &held, auth).await;
            let key = SecretKey {
                workspace_id: row.id.clone(),
                user_id: held.user_id().to_owned(),
            };
            self.ctx.secret_delete(&key).await?;
        }
        Ok(self.summary(&row))
    }

    /// Revalidates one workspace's stored session. Whether it is online now.
    pub(crate) async fn restore(&self, row: &WorkspaceRow) -> bool {
        let Some(account) = row.account.clone() else {
            return false;
        };
        let key = SecretKey {
            workspace_id: row.id.clone(),
            user_id: account.user_id.clone(),
        };
        let token = match self.ctx.secret_get(&key).await {
            Ok(Some(token)) => token,
            Ok(None) => {
                self.set_connection(
                    &row.id,
                    Connection::SignedOut {
                        reason: "No saved session was found. Sign in again.".into(),
                    },
                );
                return false;
            }
            Err(err) => {
                self.ctx.mark_keyring_unavailable(&err);
                self.set_connection(
                    &row.id,
                    Connection::SignedOut {
                        reason: format!("{err}. Sign in again."),
                    },
                );
                return false;
            }
        };
        if row.kind == ServerKind::Chatwoot {
            return self.restore_chatwoot(row, &account, &token).await;
        }
        // Until the server confirms it, the stored token is the session (offline use).
        self.sessions().entry(row.id.clone()).or_default().secret =
            Some(HeldSecret::RocketChat(Credentials {
                user_id: account.user_id.clone(),
                token: token.clone(),
            }));
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
            return false;
        }
        true
    }

    pub(crate) async fn establish(
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
        self.settle(row, &account, HeldSecret::RocketChat(creds.clone()))
            .await?;
        let now = self.ctx.clock.now();
        self.ctx.store.put_profile(&row.id, &profile, now).await?;
        // The avatar is fetched for a new account, and otherwise only when none is cached:
        // starting Tether costs one request per workspace, not two.
        let fetch_avatar =
            row.account.is_none() || !self.ctx.store.has_image(&row.id, ImageKind::Avatar).await?;
        if fetch_avatar && let Ok(client) = self.client(row) {
            let avatar = format!("avatar/{}?size=64", account.username);
            self.store_image(&client, &row.id, ImageKind::Avatar, &avatar, Some(&creds))
                .await;
        }
        self.ctx.events.emit(CoreEvent::WorkspacesChanged);
        self.ctx.events.emit(CoreEvent::ProfileUpdated {
            workspace_id: row.id.clone(),
            origin: ChangeOrigin::Background,
        });
        let row = self.ctx.store.workspace(&row.id).await?;
        Ok(self.summary(&row))
    }

    /// Fetches and caches an image; failures only cost the picture (initials are shown).
    pub(crate) async fn store_image(
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
                    .ctx
                    .store
                    .put_image(
                        workspace_id,
                        kind,
                        &content_type,
                        &data,
                        self.ctx.clock.now(),
                    )
                    .await;
                match stored {
                    Ok(()) => self.ctx.events.emit(CoreEvent::ImagesChanged),
                    Err(err) => tracing::warn!(code = ?err.code(), "could not cache an image"),
                }
            }
            Ok(None) => {}
            Err(err) => tracing::debug!(code = ?err.code(), "image not fetched"),
        }
    }

    /// Records what a failed call means for the workspace's connection.
    pub(crate) async fn apply_failure(&self, workspace_id: &str, err: &Error) {
        let connection = match err.code() {
            ErrorCode::SessionExpired | ErrorCode::InvalidCredentials => {
                let held = self
                    .sessions()
                    .get_mut(workspace_id)
                    .and_then(|s| s.secret.take());
                // No credentials left: the session already ended (the user signed out, or an
                // earlier failure settled it), and its reason stays.
                let Some(held) = held else {
                    return;
                };
                let key = SecretKey {
                    workspace_id: workspace_id.into(),
                    user_id: held.user_id().to_owned(),
                };
                if let Err(e) = self.ctx.secret_delete(&key).await {
                    tracing::warn!(code = ?e.code(), "could not remove an expired token");
                }
                Connection::SignedOut {
                    reason: err.to_string(),
                }
            }
            // The session may be fine; the server's certificate changed. Show it, offer trust.
            ErrorCode::CertificateUntrusted => Connection::CertificateUntrusted {
                reason: err.to_string(),
                fingerprint: match err.details() {
                    Some(ErrorDetails::Certificate { fingerprint, .. }) => fingerprint,
                    _ => String::new(),
                },
            },
            _ => Connection::Offline {
                reason: err.to_string(),
            },
        };
        let offline = matches!(connection, Connection::Offline { .. });
        self.set_connection(workspace_id, connection);
        if offline {
            // The background worker tries again after a pause.
            self.ctx.wake_worker();
        }
    }

    pub(crate) fn summary(&self, row: &WorkspaceRow) -> WorkspaceSummary {
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
            kind: row.kind,
            account: row.account.clone(),
            connection,
        }
    }

    /// The Rocket.Chat client of a Rocket.Chat workspace: where a slice's server calls start.
    /// A Chatwoot workspace's is `chatwoot_client` (`chatwoot.rs`); asking for the other kind's
    /// is `Error::NotForServerKind`.
    pub(crate) fn client(&self, row: &WorkspaceRow) -> Result<RestClient> {
        let generation = self.ctx.http_generation();
        if let Some(held) = lock(&self.state.clients).get(&row.id)
            && held.url == row.url
            && held.http_generation == generation
        {
            return Ok(held.client.clone());
        }
        let client = match row.kind {
            ServerKind::RocketChat => {
                RestClient::new(self.ctx.http(), WorkspaceUrl::parse(&row.url)?)
            }
            ServerKind::Chatwoot => return Err(not_for_kind(row, "this Rocket.Chat page")),
        };
        lock(&self.state.clients).insert(
            row.id.clone(),
            HeldClient {
                url: row.url.clone(),
                http_generation: generation,
                client: client.clone(),
            },
        );
        Ok(client)
    }

    pub(crate) fn credentials(&self, row: &WorkspaceRow) -> Result<Credentials> {
        if row.kind != ServerKind::RocketChat {
            return Err(not_for_kind(row, "this Rocket.Chat page"));
        }
        match self.held(row) {
            Some(HeldSecret::RocketChat(creds)) => Ok(creds),
            _ => Err(Error::NotSignedIn(row.name.clone())),
        }
    }

    /// The session's secret, when signed in.
    pub(crate) fn held(&self, row: &WorkspaceRow) -> Option<HeldSecret> {
        self.sessions().get(&row.id).and_then(|s| s.secret.clone())
    }

    /// Whether the workspace's server answered last time (in memory; no I/O).
    pub(crate) fn is_online(&self, workspace_id: &str) -> bool {
        matches!(
            self.sessions()
                .get(workspace_id)
                .and_then(|s| s.connection.as_ref()),
            Some(Connection::Online)
        )
    }

    /// A call succeeded: the workspace is online. Says so to the UI only when that is news.
    pub(crate) fn mark_online(&self, workspace_id: &str) {
        if !self.is_online(workspace_id) {
            self.set_connection(workspace_id, Connection::Online);
            self.ctx.events.emit(CoreEvent::WorkspacesChanged);
        }
    }

    pub(crate) fn set_connection(&self, workspace_id: &str, connection: Connection) {
        self.sessions()
            .entry(workspace_id.to_owned())
            .or_default()
            .connection = Some(connection);
    }

    /// The online workspaces, from memory, with a receiver that is told when they change
    /// (the worker's realtime side waits on it).
    pub(crate) fn watch_online(&self) -> tokio::sync::watch::Receiver<OnlineSet> {
        self.state.online.subscribe()
    }

    fn sessions(&self) -> online::SessionsGuard<'_> {
        online::SessionsGuard {
            guard: lock(&self.state.sessions),
            online: &self.state.online,
            written: false,
        }
    }

    fn pending(&self) -> MutexGuard<'_, HashMap<String, PendingSignIn>> {
        lock(&self.state.pending)
    }
}

/// A page of one server kind asked of a workspace of another.
pub(crate) fn not_for_kind(row: &WorkspaceRow, feature: &'static str) -> Error {
    Error::NotForServerKind {
        workspace: row.name.clone(),
        kind: row.kind.label(),
        feature,
    }
}
