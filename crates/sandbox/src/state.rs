//! The sandbox's in-memory workspace: users, login tokens, failed-login counters, rate limits.

use std::collections::HashMap;
use std::fs::File;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::SandboxConfig;
use crate::seed::{SeedUser, USERS};

/// A rate-limit rule: `calls` per `window`, per client address and route.
#[derive(Debug, Clone, Copy)]
pub struct RateLimit {
    /// Calls allowed in a window.
    pub calls: u32,
    /// The window.
    pub window: Duration,
}

pub struct User {
    pub seed: SeedUser,
    pub password_sha256: String,
    pub failed_logins: u32,
    pub blocked_until: Option<Instant>,
}

struct Window {
    started: Instant,
    started_epoch_ms: u128,
    count: u32,
}

pub struct Inner {
    pub users: Vec<User>,
    /// token → user id. (Rocket.Chat stores a hash; the sandbox only needs the mapping.)
    pub tokens: HashMap<String, String>,
    windows: HashMap<(IpAddr, String), Window>,
}

#[derive(Clone)]
pub struct SandboxState {
    pub inner: Arc<Mutex<Inner>>,
    pub rate_limit: RateLimit,
    pub version: String,
    pub site_url: String,
    pub recorders: Vec<Arc<Mutex<File>>>,
}

/// Outcome of a rate-limit check.
pub struct RateDecision {
    pub allowed: bool,
    pub limit: u32,
    pub remaining: u32,
    pub reset_epoch_ms: u128,
    pub wait_seconds: u64,
}

impl SandboxState {
    pub fn new(config: &SandboxConfig, addr: SocketAddr) -> std::io::Result<Self> {
        let users = USERS
            .iter()
            .map(|seed| User {
                seed: *seed,
                password_sha256: sha256_hex(seed.password),
                failed_logins: 0,
                blocked_until: None,
            })
            .collect();
        // Also record to $TETHER_SANDBOX_RECORD when set: the test command collects every
        // request of every sandbox (core tests, journeys) there for the contract check.
        let extra = std::env::var_os("TETHER_SANDBOX_RECORD").map(std::path::PathBuf::from);
        let mut recorders = Vec::new();
        for path in config.record_to.iter().chain(extra.iter()) {
            let file = File::options().create(true).append(true).open(path)?;
            recorders.push(Arc::new(Mutex::new(file)));
        }
        Ok(SandboxState {
            inner: Arc::new(Mutex::new(Inner {
                users,
                tokens: HashMap::new(),
                windows: HashMap::new(),
            })),
            rate_limit: config.rate_limit,
            version: config.version.clone(),
            site_url: format!("http://{addr}"),
            recorders,
        })
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
        if owner != user_id {
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
    pub fn me_json(&self, seed: &SeedUser) -> Value {
        let mut services = json!({ "password": { "exists": true } });
        if seed.totp_secret.is_some() {
            services["totp"] = json!({ "enabled": true });
        }
        json!({
            "_id": seed.id,
            "username": seed.username,
            "name": seed.name,
            "emails": [{ "address": seed.email, "verified": true }],
            "email": seed.email,
            "status": "online",
            "statusConnection": "online",
            "statusText": "",
            "statusDefault": "online",
            "utcOffset": 0,
            "active": true,
            "roles": seed.roles,
            "avatarUrl": format!("{}/avatar/{}", self.site_url, seed.username),
            "language": "en",
            "requirePasswordChange": false,
            "settings": { "profile": {}, "preferences": crate::routes::default_preferences() },
            "services": services,
            "isOAuthUser": false,
            "createdAt": "2026-01-05T10:00:00.000Z",
            "_updatedAt": "2026-11-01T10:00:00.000Z",
        })
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
