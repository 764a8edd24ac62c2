//! A Rocket.Chat-compatible sandbox workspace for tests, benchmarks and `cargo xtask run`, and
//! beside it a Chatwoot-compatible one (`chatwoot`).
//!
//! Faithful to `shared/reference/rocketchat-api.md`: same routes, envelopes, error codes, 2FA
//! and rate limits. Every request it receives can be recorded to a JSON-lines file, which the
//! contract check validates with Rocket.Chat's own `@rocket.chat/rest-typings` validators.

// Route helpers return the ready error `Response` as their `Err`: boxing it would only add noise.
#![allow(clippy::result_large_err)]

mod account;
mod admin;
mod avatar;
pub mod chatwoot;
mod defaults;
mod e2e_keys;
mod envelope;
mod faults;
mod login;
mod ownership;
mod password;
mod preferences;
mod profile;
mod realtime;
mod record;
mod request;
mod routes;
mod security;
pub mod seed;
mod seed_keys;
mod sessions;
mod settings;
pub mod sounds;
mod state;
mod subscriptions;
mod test_routes;
mod tls;
mod tokens;
mod two_factor;
pub mod updates;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use faults::{DDP_LOGIN, Fault};
pub use state::RateLimit;

/// Where the TEST-ONLY routes (`test_routes`) live: never recorded for the contract check and
/// never faulted.
const TEST_PREFIX: &str = "/_sandbox/";

/// How to start a sandbox.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// Loopback port; 0 picks a free one.
    pub port: u16,
    /// Append every request (and the response status and body) as JSON lines to this file.
    pub record_to: Option<PathBuf>,
    /// The REST rate limit per client address and route (Rocket.Chat's default: 10 a minute).
    pub rate_limit: RateLimit,
    /// The `"X.Y"` version `/api/info` reports.
    pub version: String,
    /// `Accounts_EmailVerification`: refuse password sign-in for users without a verified email.
    pub email_verification: bool,
    /// Every license seat is taken: users who need a seat cannot sign in.
    pub seats_full: bool,
    /// Serve the TEST-ONLY `/_sandbox/*` routes (the outbox of emailed codes, ageing sessions).
    /// Off unless a test or `--test-routes` asks for it.
    pub test_routes: bool,
    /// Serve over TLS with a freshly generated self-signed certificate for `localhost`.
    pub tls: bool,
    /// `Site_Name`: the workspace's name.
    pub site_name: String,
    /// `LDAP_Enable`: password logins are LDAP logins, which need the plain password.
    pub ldap: bool,
    /// `Accounts_Password_History_Enabled` (5 passwords): a new password may not be one of the
    /// last five. Off by default, as in Rocket.Chat.
    pub password_history: bool,
    /// The license includes `device-management`: the `sessions/*` routes answer (else 401).
    pub device_management: bool,
    /// Public settings that differ from Rocket.Chat's defaults, e.g.
    /// `("Accounts_AllowUsernameChange", false)`.
    pub settings: Vec<(String, serde_json::Value)>,
    /// Generated users beside the seeded ones (`--users N`, for the admin pages at scale).
    pub users: usize,
    /// Generated channels beside the seeded ones, Alice a member of each (`--rooms N`, for
    /// the unread model at scale).
    pub rooms: usize,
    /// The workspace's email (SMTP) is set up (`smtp.check`); invitations and welcome emails
    /// need it.
    pub smtp: bool,
    /// The license's seats (`licenses.maxActiveUsers`); `None` = unlimited.
    pub max_active_users: Option<u32>,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            port: 0,
            record_to: None,
            rate_limit: RateLimit {
                calls: 10,
                window: Duration::from_secs(60),
            },
            version: "8.8".into(),
            email_verification: false,
            seats_full: false,
            test_routes: false,
            tls: false,
            site_name: "Tether Sandbox".into(),
            ldap: false,
            password_history: false,
            device_management: false,
            settings: Vec::new(),
            users: 0,
            rooms: 0,
            smtp: true,
            max_active_users: None,
        }
    }
}

/// A running sandbox. Dropping it stops the server.
pub struct Sandbox {
    addr: SocketAddr,
    /// SHA-256 of the certificate's DER, lowercase hex, in TLS mode.
    cert_sha256: Option<String>,
    state: state::SandboxState,
    tls: Option<tokio_rustls::TlsAcceptor>,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl Sandbox {
    /// Starts a sandbox on 127.0.0.1.
    pub async fn start(config: SandboxConfig) -> std::io::Result<Sandbox> {
        let listener = TcpListener::bind(("127.0.0.1", config.port)).await?;
        let addr = listener.local_addr()?;
        let scheme = if config.tls { "https" } else { "http" };
        let host = if config.tls {
            format!("localhost:{}", addr.port())
        } else {
            addr.to_string()
        };
        let state = state::SandboxState::new(&config, format!("{scheme}://{host}"))?;
        let (tls, cert_sha256) = if config.tls {
            let (acceptor, fingerprint) = tls::self_signed_acceptor()?;
            (Some(acceptor), Some(fingerprint))
        } else {
            (None, None)
        };
        let mut sandbox = Sandbox {
            addr,
            cert_sha256,
            state,
            tls,
            shutdown: None,
            task: None,
        };
        sandbox.serve(listener);
        Ok(sandbox)
    }

    fn serve(&mut self, listener: TcpListener) {
        let app = routes::router(self.state.clone());
        let (tx, rx) = oneshot::channel::<()>();
        let task = match &self.tls {
            Some(acceptor) => tokio::spawn(tls::serve(listener, acceptor.clone(), app, rx)),
            None => tokio::spawn(serve_plain(listener, app, rx)),
        };
        self.shutdown = Some(tx);
        self.task = Some(task);
    }

    /// Takes the server off the network (connections are refused) while keeping its state:
    /// users, sessions and tokens. For tests of offline behaviour.
    pub async fn suspend(&mut self) {
        self.stop_inner().await;
    }

    /// Serves again, on the same address, with the state it had.
    pub async fn resume(&mut self) -> std::io::Result<()> {
        let listener = TcpListener::bind(self.addr).await?;
        self.serve(listener);
        Ok(())
    }

    /// The preferences a user stored (what `users.getPreferences` answers, without `language`).
    pub fn user_preferences(&self, username: &str) -> serde_json::Map<String, serde_json::Value> {
        self.state
            .lock()
            .users
            .iter()
            .find(|u| u.profile.username == username)
            .map(|u| u.profile.preferences.clone())
            .unwrap_or_default()
    }

    /// A user's nickname as the server holds it (TEST-ONLY, for checks from outside).
    pub fn user_nickname(&self, username: &str) -> Option<String> {
        self.state
            .lock()
            .users
            .iter()
            .find(|u| u.profile.username == username)
            .map(|u| u.profile.nickname.clone())
    }

    /// A user's effective preferences: the workspace's defaults overlaid with what the user
    /// stored (what `/me` answers in `settings.preferences`). A choice equal to the default
    /// need not be stored to be in effect.
    pub fn effective_user_preferences(
        &self,
        username: &str,
    ) -> serde_json::Map<String, serde_json::Value> {
        crate::defaults::effective_preferences(&self.user_preferences(username))
    }

    /// Changes a user's stored preference directly, as another device would (also while the
    /// sandbox is suspended).
    /// Realtime subscribers see the change as `<uid>/userData`.
    pub fn set_user_preference(&self, username: &str, key: &str, value: serde_json::Value) {
        let user_id = {
            let mut inner = self.state.lock();
            let Some(user) = inner
                .users
                .iter_mut()
                .find(|u| u.profile.username == username)
            else {
                return;
            };
            user.profile
                .preferences
                .insert(key.to_owned(), value.clone());
            user.seed.id
        };
        let changed = [(key.to_owned(), value)].into_iter().collect();
        self.state.publish_preferences(user_id, &changed);
    }

    /// Posts a message in `room` from `from`, mentioning `to` when `mention`: the other
    /// members' subscriptions count it (with `subscriptions-changed` events) and `to` gets a
    /// `<uid>/notification` when Rocket.Chat would send one. See `subscriptions::post_message`.
    pub fn post_message(
        &self,
        to: &str,
        from: &str,
        room: &str,
        text: &str,
        mention: bool,
    ) -> Option<bool> {
        subscriptions::post_message(&self.state, to, from, room, text, mention)
    }

    /// TEST-ONLY: the next `times` requests to `route` (a path such as
    /// `/api/v1/users.setPreferences`, or [`DDP_LOGIN`] for the realtime login) fail with
    /// `fault` instead of reaching the route.
    pub fn inject_fault(&self, route: &str, fault: Fault, times: u32) {
        self.state.faults.inject(route, fault, times);
    }

    /// TEST-ONLY: every route behaves normally again.
    pub fn clear_faults(&self) {
        self.state.faults.clear();
    }

    /// Adds `username` to `room`, as another user's "add to room" does (`addUserToRoom`): a
    /// new subscription, unread and alerting, never read (no `ls`), announced to the user as
    /// `<uid>/subscriptions-changed` `inserted`. `None` when either does not exist or the user
    /// is already a member.
    pub fn add_to_room(&self, username: &str, room: &str) -> Option<()> {
        let event = {
            let mut inner = self.state.lock();
            let user_id = inner
                .users
                .iter()
                .find(|u| u.profile.username == username)?
                .seed
                .id;
            let room = inner.rooms.iter_mut().find(|r| r.name == room)?;
            if room.members.iter().any(|m| m == user_id) {
                return None;
            }
            room.members.push(user_id.to_owned());
            room.subscriptions.insert(
                user_id.to_owned(),
                crate::state::Subscription {
                    unread: 1,
                    alert: true,
                    user_mentions: 1,
                    updated_ms: crate::state::epoch_ms(),
                    never_read: true,
                    ..Default::default()
                },
            );
            crate::subscriptions::event(room, user_id, username, "inserted")?
        };
        let _ = self.state.events.send(event);
        Some(())
    }

    /// The last 2FA code "emailed" to `username` (the outbox), for tests.
    pub fn last_email_code(&self, username: &str) -> Option<String> {
        self.state
            .lock()
            .outbox
            .iter()
            .rev()
            .find(|e| e.kind == "2fa-code" && e.username == username)
            .map(|e| e.code.clone())
    }

    /// TEST-ONLY: closes every open realtime connection, as a server restart or a dropped
    /// network does (clients reconnect by themselves).
    pub fn drop_realtime_connections(&self) {
        let _ = self.state.drops.send(());
    }

    /// How many `stream-notify-user` subscriptions the realtime websocket holds.
    pub fn realtime_subscriptions(&self) -> usize {
        self.state.lock().realtime_subscriptions
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The workspace URL to give a client, e.g. `http://127.0.0.1:43127/`, or
    /// `https://localhost:43127/` in TLS mode.
    pub fn url(&self) -> String {
        match self.cert_sha256 {
            Some(_) => format!("https://localhost:{}/", self.addr.port()),
            None => format!("http://{}/", self.addr),
        }
    }

    /// In TLS mode, the SHA-256 fingerprint of the self-signed certificate (lowercase hex).
    pub fn certificate_sha256(&self) -> Option<&str> {
        self.cert_sha256.as_deref()
    }

    /// Stops the server and waits until the port is closed.
    pub async fn stop(mut self) {
        self.stop_inner().await;
    }

    async fn stop_inner(&mut self) {
        stop_server(&mut self.shutdown, &mut self.task).await;
    }
}

/// Serves `app` over plain HTTP until `stop` fires (both sandboxes).
async fn serve_plain(listener: TcpListener, app: axum::Router, stop: oneshot::Receiver<()>) {
    let serve = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = stop.await;
    });
    if let Err(err) = serve.await {
        tracing::error!(%err, "sandbox server stopped with an error");
    }
}

/// Asks a served sandbox to stop and waits until its port is closed (both sandboxes).
async fn stop_server(
    shutdown: &mut Option<oneshot::Sender<()>>,
    task: &mut Option<JoinHandle<()>>,
) {
    if let Some(tx) = shutdown.take() {
        let _ = tx.send(());
    }
    if let Some(task) = task.take() {
        // Open keep-alive connections can hold a graceful shutdown; give up waiting after 2 s.
        if tokio::time::timeout(Duration::from_secs(2), task)
            .await
            .is_err()
        {
            tracing::warn!("sandbox shutdown timed out");
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}
