//! A Chatwoot-compatible sandbox server, beside the Rocket.Chat one: Chatwoot's routes,
//! envelopes, errors and rate limits as `shared/reference/chatwoot-api.md` gives them from
//! Chatwoot's source (each route cites its section). Started the same way by tests, the bench
//! and `cargo xtask run`; every request can be recorded for the Chatwoot contract check.
//!
//! Served so far: detection (`/api`, `/health`, B0), sign-in with the MFA step, token
//! validation and sign-out (B1), the profile and its availability, auto-offline and
//! access-token members (B2, B3, B7, B8), e-mail and push notification settings (B5), MFA
//! management (B6), signed-in sessions (B2), conversation counts (B9), ActionCable's
//! `RoomChannel` with `message.created`, `assignee.changed`, `conversation.updated` and
//! `presence.update` (B10), and rack-attack's sign-in throttles (B12).

mod auth;
mod avatar;
mod cable;
mod conversations;
mod envelope;
mod mfa;
mod notification_settings;
mod profile;
pub mod seed;
mod sessions;
pub mod state;
mod test_routes;
mod user;

use std::net::SocketAddr;
use std::path::PathBuf;

use axum::Router;
use axum::routing::{get, post};
use serde_json::json;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use seed::{ADA, AGENTS, Agent, CORA, MILO};
use state::ChatwootState;

/// Secrets kept out of the record: the session headers, the personal token, passwords and codes.
const SECRET_HEADERS: &[&str] = &[
    "access-token",
    "api_access_token",
    "authorization",
    "cookie",
];
const SECRET_KEYS: &[&str] = &[
    "password",
    "current_password",
    "password_confirmation",
    "otp_code",
    "backup_code",
    "mfa_token",
    "sso_auth_token",
    "access_token",
    "pubsub_token",
];

/// How to start a Chatwoot sandbox.
#[derive(Debug, Clone)]
pub struct ChatwootConfig {
    /// Loopback port; 0 picks a free one.
    pub port: u16,
    /// Append every request (and its response) as JSON lines to this file.
    pub record_to: Option<PathBuf>,
    /// The `version` `GET /api` reports (`config/app.yml`).
    pub version: String,
    /// rack-attack on (production's default; `ENABLE_RACK_ATTACK=false` turns it off).
    pub rack_attack: bool,
    /// rack-attack's `req/ip`: requests a client address may make a minute
    /// (`RACK_ATTACK_LIMIT`, 3000 by default).
    pub requests_per_minute: u32,
    /// Active Record encryption keys are configured, so agents can manage MFA (B6).
    pub mfa_available: bool,
    /// The server has `profile/sessions` (newer servers, B2); without it, Rails' 404.
    pub sessions_api: bool,
    /// Serve the TEST-ONLY `/_sandbox/*` routes (a contact's message, an assignment).
    pub test_routes: bool,
}

impl Default for ChatwootConfig {
    fn default() -> Self {
        ChatwootConfig {
            port: 0,
            record_to: None,
            version: "4.6.0".into(),
            rack_attack: true,
            requests_per_minute: 3000,
            mfa_available: true,
            sessions_api: true,
            test_routes: false,
        }
    }
}

/// A running Chatwoot sandbox. Dropping it stops the server.
pub struct ChatwootSandbox {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
    /// The installation's state, kept while suspended.
    state: ChatwootState,
    test_routes: bool,
}

impl ChatwootSandbox {
    /// Starts a Chatwoot sandbox on 127.0.0.1. Also records to `$TETHER_CHATWOOT_RECORD` when
    /// set: the test command collects every Chatwoot request there for its contract check.
    pub async fn start(config: ChatwootConfig) -> std::io::Result<ChatwootSandbox> {
        let listener = TcpListener::bind(("127.0.0.1", config.port)).await?;
        let addr = listener.local_addr()?;
        let extra = std::env::var_os("TETHER_CHATWOOT_RECORD").map(PathBuf::from);
        let recording = crate::record::Recording::open(
            config
                .record_to
                .iter()
                .chain(extra.iter())
                .map(|p| p.as_path()),
            SECRET_HEADERS,
            SECRET_KEYS,
            // Not API calls: the test routes, the websocket, and Active Storage's files.
            |path| {
                path.starts_with(crate::TEST_PREFIX)
                    || path == "/cable"
                    || path.starts_with(avatar::ACTIVE_STORAGE)
            },
        )?;
        let state = ChatwootState::new(&config, recording);
        let mut sandbox = ChatwootSandbox {
            addr,
            shutdown: None,
            task: None,
            state,
            test_routes: config.test_routes,
        };
        sandbox.serve(listener);
        Ok(sandbox)
    }

    fn serve(&mut self, listener: TcpListener) {
        let app = router(self.state.clone(), self.test_routes);
        let (tx, rx) = oneshot::channel::<()>();
        self.shutdown = Some(tx);
        self.task = Some(tokio::spawn(crate::serve_plain(listener, app, rx)));
    }

    /// Stops answering (the port closes) and keeps the installation's state: a server that
    /// went away and comes back.
    pub async fn suspend(&mut self) {
        crate::stop_server(&mut self.shutdown, &mut self.task).await;
    }

    /// A user's record as the installation holds it (TEST-ONLY, for checks from outside).
    pub fn user(&self, email: &str) -> Option<state::UserRecord> {
        self.state
            .lock()
            .users
            .iter()
            .find(|u| u.email.eq_ignore_ascii_case(email))
            .cloned()
    }

    /// The session tokens a user has now (TEST-ONLY: the journeys search the app's files for
    /// them).
    pub fn session_tokens(&self, user: u64) -> Vec<String> {
        self.state
            .lock()
            .sessions
            .iter()
            .filter(|s| s.user_id == user)
            .map(|s| s.token.clone())
            .collect()
    }

    /// A user's chosen e-mail and push flags in an account, when chosen (TEST-ONLY).
    pub fn notification_flags(
        &self,
        user: u64,
        account: u64,
    ) -> Option<(Vec<String>, Vec<String>)> {
        self.state
            .lock()
            .notification_settings
            .get(&(user, account))
            .cloned()
    }

    /// Serves again, on the same address, with the state it had.
    pub async fn resume(&mut self) -> std::io::Result<()> {
        let listener = TcpListener::bind(self.addr).await?;
        self.serve(listener);
        Ok(())
    }

    /// The installation's URL to give a client, e.g. `http://127.0.0.1:43127/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Stops the server and waits until the port is closed.
    pub async fn stop(mut self) {
        crate::stop_server(&mut self.shutdown, &mut self.task).await;
    }
}

impl Drop for ChatwootSandbox {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

fn router(state: ChatwootState, test_routes: bool) -> Router {
    let mut router = Router::new()
        .route("/api", get(api_index))
        .route("/brand-assets/logo_thumbnail.svg", get(logo_thumbnail))
        .route(
            "/health",
            get(|| async { axum::Json(json!({ "status": "woot" })) }),
        )
        .route("/auth/sign_in", post(auth::sign_in))
        .route("/auth/validate_token", get(auth::validate_token))
        .route("/auth/sign_out", axum::routing::delete(auth::sign_out))
        .route(
            "/api/v1/profile",
            get(profile::show)
                .put(profile::update)
                .patch(profile::update),
        )
        .route(
            "/api/v1/profile/avatar",
            axum::routing::delete(avatar::remove),
        )
        .route(
            "/rails/active_storage/representations/redirect/{key}/{filename}",
            get(avatar::representation),
        )
        .route(
            "/rails/active_storage/disk/{key}/{filename}",
            get(avatar::serve),
        )
        .route("/api/v1/profile/availability", post(profile::availability))
        .route("/api/v1/profile/auto_offline", post(profile::auto_offline))
        .route(
            "/api/v1/profile/reset_access_token",
            post(profile::reset_access_token),
        )
        .route(
            "/api/v1/profile/mfa",
            get(mfa::show).post(mfa::create).delete(mfa::destroy),
        )
        .route("/api/v1/profile/sessions", get(sessions::index))
        .route(
            "/api/v1/profile/sessions/{id}",
            axum::routing::delete(sessions::destroy),
        )
        .route("/api/v1/profile/mfa/verify", post(mfa::verify))
        .route("/api/v1/profile/mfa/backup_codes", post(mfa::backup_codes))
        .route("/cable", get(cable::cable))
        .route(
            "/api/v1/accounts/{account_id}/conversations/meta",
            get(conversations::meta),
        )
        .route(
            "/api/v1/accounts/{account_id}/conversations",
            get(conversations::index),
        )
        .route(
            "/api/v1/accounts/{account_id}/notification_settings",
            get(notification_settings::show)
                .put(notification_settings::update)
                .patch(notification_settings::update),
        );
    if test_routes {
        router = router
            .route("/_sandbox/messages", post(test_routes::message))
            .route("/_sandbox/assign", post(test_routes::assign));
    }
    router
        // An unknown route is Rails' 404 page: how a client learns a feature is not on this
        // server (B0, "feature detection").
        .fallback(|| async { envelope::rails_404() })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            throttle_all,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.recording.clone(),
            crate::record::record,
        ))
        .with_state(state)
}

/// `GET /api` (`api_controller.rb`): the detection call.
async fn api_index(
    axum::extract::State(state): axum::extract::State<ChatwootState>,
) -> axum::Json<serde_json::Value> {
    axum::Json(json!({
        "version": state.version,
        "timestamp": chrono::Utc::now().format("%Y-%m-%d %H:%M:%S").to_string(),
        "queue_services": "ok",
        "data_services": "ok",
    }))
}

/// `GET /brand-assets/logo_thumbnail.svg`: the installation's thumbnail, served from `public/`
/// (`LOGO_THUMBNAIL`'s default in `config/installation_config.yml`, "used for favicon"). The
/// sandbox's own drawing: a speech bubble on a blue square.
async fn logo_thumbnail() -> impl axum::response::IntoResponse {
    (
        [(axum::http::header::CONTENT_TYPE, "image/svg+xml")],
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1f93ff"/><path d="M16 20h32v18H30l-8 7v-7h-6z" fill="#fff"/></svg>"##,
    )
}

/// rack-attack's `req/ip` (`config/initializers/rack_attack.rb` @01945da9, B12): every request
/// of a client address counts, `RACK_ATTACK_LIMIT` a minute; over it, 429 "Retry later", in
/// front of everything else. The test routes are the sandbox's own and do not count.
async fn throttle_all(
    axum::extract::State(state): axum::extract::State<ChatwootState>,
    axum::extract::ConnectInfo(peer): axum::extract::ConnectInfo<SocketAddr>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let ours = request.uri().path().starts_with(crate::TEST_PREFIX);
    if !ours
        && state.throttled(
            state::ip_key("req/ip", peer.ip()),
            state.requests_per_minute,
            std::time::Duration::from_secs(60),
        )
    {
        return envelope::retry_later();
    }
    next.run(request).await
}
