//! The sandbox's in-memory workspace: users, login tokens, failed-login counters, rate limits.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::SandboxConfig;
use crate::seed::{ROOMS, SeedUser, USERS};

mod generated;
mod model;

pub use model::*;

#[derive(Clone)]
pub struct SandboxState {
    pub inner: Arc<Mutex<Inner>>,
    pub rate_limit: RateLimit,
    pub version: String,
    pub site_url: String,
    pub site_name: String,
    /// `LDAP_Enable`.
    pub ldap: bool,
    /// Public settings that differ from the defaults.
    pub overrides: Vec<(String, Value)>,
    /// `Accounts_EmailVerification`.
    pub email_verification: bool,
    /// Every license seat is taken.
    pub seats_full: bool,
    /// Serve the test-only `/_sandbox/*` routes.
    pub test_routes: bool,
    /// `Accounts_Password_History_Enabled` (not public).
    pub password_history: bool,
    /// The license has the `device-management` module (`sessions/*`).
    pub device_management: bool,
    /// SMTP is configured (`smtp.check`).
    pub smtp: bool,
    /// The license's seats; `None` = unlimited.
    pub max_active_users: Option<u32>,
    pub recording: Arc<crate::record::Recording>,
    /// Realtime events for `stream-notify-user` subscribers.
    pub events: tokio::sync::broadcast::Sender<UserEvent>,
    /// TEST-ONLY: closes every realtime connection (a server restart, a dropped network).
    pub drops: tokio::sync::broadcast::Sender<()>,
    /// TEST-ONLY: injected faults.
    pub faults: crate::faults::Faults,
}

impl axum::extract::FromRef<SandboxState> for crate::faults::Faults {
    fn from_ref(state: &SandboxState) -> Self {
        state.faults.clone()
    }
}

impl SandboxState {
    pub fn new(config: &SandboxConfig, site_url: String) -> std::io::Result<Self> {
        let mut users: Vec<User> = USERS
            .iter()
            .enumerate()
            // Seeded users who are deactivated were deactivated before 8.0: no `inactiveReason`.
            .map(|(i, seed)| User::new(*seed, AccountRecord::seeded(i)))
            .collect();
        users.extend(generated::generated_users(config.users));
        let tokens = USERS
            .iter()
            .flat_map(|seed| {
                seed.personal_access_tokens.iter().map(|(name, token)| {
                    ((*token).to_owned(), Token::personal(seed.id, name, true))
                })
            })
            .collect();
        // Also record to $TETHER_SANDBOX_RECORD when set: the test command collects every
        // request of every sandbox (core tests, journeys) there for the contract check.
        let extra = std::env::var_os("TETHER_SANDBOX_RECORD").map(std::path::PathBuf::from);
        // The test-only routes are not Rocket.Chat's, and the websocket speaks DDP, not REST:
        // nothing to check them against.
        let recording = crate::record::Recording::open(
            config
                .record_to
                .iter()
                .chain(extra.iter())
                .map(|p| p.as_path()),
            crate::record::ROCKETCHAT_SECRET_HEADERS,
            crate::record::ROCKETCHAT_SECRET_KEYS,
            |path| path.starts_with(crate::TEST_PREFIX) || path == "/websocket",
        )?;
        Ok(SandboxState {
            inner: Arc::new(Mutex::new(Inner {
                users,
                rooms: ROOMS
                    .iter()
                    .map(|r| Room {
                        name: r.name.to_owned(),
                        fname: r.fname.to_owned(),
                        owners: r.owners.iter().map(|&o| o.to_owned()).collect(),
                        members: r.members.iter().map(|&m| m.to_owned()).collect(),
                        sounds: r
                            .sounds
                            .iter()
                            .map(|&(u, s)| (u.to_owned(), s.to_owned()))
                            .collect(),
                        subscriptions: r
                            .members
                            .iter()
                            .map(|&m| (m.to_owned(), Subscription::default()))
                            .collect(),
                    })
                    .chain(generated::generated_rooms(config.rooms))
                    .collect(),
                tokens,
                outbox: Vec::new(),
                exports: Vec::new(),
                realtime_subscriptions: 0,
                ip_failures: HashMap::new(),
                windows: HashMap::new(),
            })),
            rate_limit: config.rate_limit,
            version: config.version.clone(),
            site_url,
            site_name: config.site_name.clone(),
            ldap: config.ldap,
            overrides: config.settings.clone(),
            email_verification: config.email_verification,
            seats_full: config.seats_full,
            test_routes: config.test_routes,
            password_history: config.password_history,
            device_management: config.device_management,
            smtp: config.smtp,
            max_active_users: config.max_active_users,
            recording,
            events: tokio::sync::broadcast::channel(256).0,
            drops: tokio::sync::broadcast::channel(4).0,
            faults: crate::faults::Faults::default(),
        })
    }

    /// Publishes `<uid>/userData` with the preferences that changed, as `notifyOnUserChange`
    /// does after `saveUserPreferences` (reference §9.2).
    pub fn publish_preferences(&self, user_id: &str, changed: &Map<String, Value>) {
        let diff: Map<String, Value> = changed
            .iter()
            .map(|(k, v)| {
                let path = if k == "language" {
                    k.clone()
                } else {
                    format!("settings.preferences.{k}")
                };
                (path, v.clone())
            })
            .collect();
        // No subscriber is not an error.
        let _ = self.events.send(UserEvent {
            event: format!("{user_id}/userData"),
            args: json!([{ "type": "updated", "id": user_id, "diff": diff, "unset": {} }]),
        });
    }

    pub fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The user a request authenticates as (`X-User-Id` + `X-Auth-Token`).
    pub fn authenticate(&self, user_id: Option<&str>, token: Option<&str>) -> Option<SeedUser> {
        let (user_id, token) = (user_id?, token?);
        let inner = self.lock();
        let owner = inner.tokens.get(token)?;
        if owner.user_id != user_id || owner.expired {
            return None;
        }
        inner
            .users
            .iter()
            .find(|u| u.seed.id == user_id)
            .map(|u| u.seed)
    }

    /// Counts a call against the (address, route) window.
    pub fn rate_check(&self, ip: IpAddr, route: &str) -> RateDecision {
        let mut inner = self.lock();
        let now = Instant::now();
        let window = inner
            .windows
            .entry((ip, route.to_owned()))
            .or_insert_with(|| Window {
                started: now,
                started_epoch_ms: epoch_ms(),
                count: 0,
            });
        if now.duration_since(window.started) >= self.rate_limit.window {
            *window = Window {
                started: now,
                started_epoch_ms: epoch_ms(),
                count: 0,
            };
        }
        let reset_epoch_ms = window.started_epoch_ms + self.rate_limit.window.as_millis();
        let wait = self
            .rate_limit
            .window
            .saturating_sub(now.duration_since(window.started));
        if window.count >= self.rate_limit.calls {
            return RateDecision {
                allowed: false,
                limit: self.rate_limit.calls,
                remaining: 0,
                reset_epoch_ms,
                wait_seconds: wait.as_secs_f64().ceil() as u64,
            };
        }
        window.count += 1;
        RateDecision {
            allowed: true,
            limit: self.rate_limit.calls,
            remaining: self.rate_limit.calls - window.count,
            reset_epoch_ms,
            wait_seconds: 0,
        }
    }

    /// `/me` for a user (reference §2.3): `services` reduced to flags, as the real route does.
    pub fn me_json(&self, user: &User) -> Value {
        let (seed, p) = (&user.seed, &user.profile);
        let (status, connection) = user.presence();
        let preferences = crate::defaults::effective_preferences(&p.preferences);
        let mut services = json!({ "password": { "exists": user.password_sha256.is_some() } });
        if user.totp_secret.is_some() {
            services["totp"] = json!({ "enabled": true });
        }
        if user.email2fa {
            services["email2fa"] = json!({ "enabled": true });
        }
        let mut me = json!({
            "_id": seed.id,
            "username": p.username,
            "name": p.name,
            "emails": [{ "address": p.email, "verified": p.email_verified }],
            "status": status,
            "statusConnection": connection,
            "statusText": p.status_text,
            "statusDefault": p.status_default,
            "utcOffset": 0,
            "active": seed.active,
            "roles": seed.roles,
            "avatarUrl": format!("{}/avatar/{}", self.site_url, p.username),
            "language": p.language.as_deref().unwrap_or("en"),
            "requirePasswordChange": false,
            // `/me` materialises every default under the stored values (reference §4.2).
            "settings": { "profile": {}, "preferences": preferences },
            "services": services,
            "isOAuthUser": seed.password.is_none(),
            "createdAt": "2026-01-05T10:00:00.000Z",
            "_updatedAt": "2026-11-01T10:00:00.000Z",
        });
        if !p.nickname.is_empty() {
            me["nickname"] = json!(p.nickname);
        }
        if !p.bio.is_empty() {
            me["bio"] = json!(p.bio);
        }
        if let Some(avatar) = &p.avatar {
            me["avatarETag"] = json!(avatar.etag);
            me["avatarOrigin"] = json!("upload");
        }
        if !p.custom_fields.is_empty() {
            me["customFields"] = Value::Object(p.custom_fields.clone());
        }
        // `email` is the first verified address, absent when there is none.
        if p.email_verified {
            me["email"] = json!(p.email);
        }
        me
    }

    /// Whether the sandbox runs as version `major.minor` or later (behaviour that changed between
    /// releases follows the version it reports).
    pub fn version_at_least(&self, major: u32, minor: u32) -> bool {
        self.version_number() >= (major, minor)
    }

    /// The version it reports, as `(major, minor)`.
    pub fn version_number(&self) -> (u32, u32) {
        let mut parts = self
            .version
            .split('.')
            .map(|p| p.parse::<u32>().unwrap_or(0));
        (parts.next().unwrap_or(0), parts.next().unwrap_or(0))
    }

    /// Moves one realtime connection's presence from user `from` to user `to` (a login, a
    /// second login as someone else, or the connection's end with `to` = `None`).
    pub fn connect_user(&self, from: Option<&str>, to: Option<&str>) {
        let mut inner = self.lock();
        for user in &mut inner.users {
            if Some(user.seed.id) == from {
                user.realtime_connections = user.realtime_connections.saturating_sub(1);
            }
            if Some(user.seed.id) == to {
                user.realtime_connections += 1;
            }
        }
    }

    /// `/me` for a user id.
    pub fn me_of(&self, user_id: &str) -> Option<Value> {
        let inner = self.lock();
        let user = inner.users.iter().find(|u| u.seed.id == user_id)?;
        Some(self.me_json(user))
    }
}

pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

pub fn epoch_ms() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0)
}
