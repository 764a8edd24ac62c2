//! What the Chatwoot sandbox holds: its agents (with their per-account availability), the
//! devise_token_auth sessions, pending MFA sign-ins and rack-attack's counters.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use super::seed::{AGENTS, Agent, backup_codes};

/// How long an `mfa_token` from the password step stays good (Mfa::TokenService, B1).
pub const MFA_TOKEN_LIFETIME: Duration = Duration::from_secs(5 * 60);
/// `token_lifespan = 2.months` (devise_token_auth initializer, B1).
pub const SESSION_LIFESPAN_SECS: i64 = 60 * 24 * 3600;
/// `max_number_of_devices = 10`: the oldest session goes (B1).
pub const MAX_SESSIONS: usize = 10;

#[derive(Debug, Clone)]
pub struct AccountUser {
    pub account_id: u64,
    pub role: &'static str,
    /// `online` / `offline` / `busy` (B8): what the user chose.
    pub availability: String,
    pub auto_offline: bool,
    /// When the user's cable last said it is here (subscribe, `update_presence`).
    pub present_at: Option<Instant>,
}

/// `OnlineStatusTracker::PRESENCE_DURATION` (`lib/online_status_tracker.rb`): a user whose
/// cable said nothing for this long is offline, whatever they chose.
pub const PRESENCE_DURATION: Duration = Duration::from_secs(60);

impl AccountUser {
    /// `availability_status`, computed from live presence (B8): the chosen availability while
    /// the user is present, else `offline`.
    pub fn availability_status(&self) -> &str {
        match self.present_at {
            Some(at) if at.elapsed() < PRESENCE_DURATION => &self.availability,
            _ => "offline",
        }
    }
}

#[derive(Debug, Clone)]
pub struct UserRecord {
    pub id: u64,
    pub name: String,
    pub display_name: Option<String>,
    pub email: String,
    /// A changed address waiting for confirmation (Devise `reconfirmable`).
    pub unconfirmed_email: Option<String>,
    pub password: String,
    pub message_signature: Option<String>,
    pub ui_settings: Map<String, Value>,
    pub custom_attributes: Map<String, Value>,
    pub access_token: String,
    pub pubsub_token: String,
    pub avatar_url: String,
    /// The uploaded picture: its Active Storage key, type and bytes.
    pub avatar: Option<(String, String, Vec<u8>)>,
    pub accounts: Vec<AccountUser>,
    pub active_account: u64,
    pub totp_secret: Option<String>,
    /// A secret handed out by `POST /profile/mfa`, on once verified (B6).
    pub pending_totp_secret: Option<String>,
    pub backup_codes: Vec<String>,
}

impl UserRecord {
    fn seeded(agent: &Agent) -> UserRecord {
        UserRecord {
            id: agent.id,
            name: agent.name.to_owned(),
            display_name: None,
            email: agent.email.to_owned(),
            unconfirmed_email: None,
            password: agent.password.to_owned(),
            message_signature: None,
            ui_settings: Map::new(),
            custom_attributes: Map::new(),
            access_token: agent.access_token.to_owned(),
            pubsub_token: format!("pubsub-{}", agent.id),
            avatar_url: String::new(),
            avatar: None,
            accounts: agent
                .accounts
                .iter()
                .map(|(account_id, role)| AccountUser {
                    account_id: *account_id,
                    role,
                    availability: "online".into(),
                    auto_offline: true,
                    present_at: None,
                })
                .collect(),
            active_account: agent.accounts.first().map_or(0, |(id, _)| *id),
            totp_secret: agent.totp_secret.map(str::to_owned),
            pending_totp_secret: None,
            backup_codes: if agent.totp_secret.is_some() {
                backup_codes(agent)
            } else {
                Vec::new()
            },
        }
    }
}

/// One devise_token_auth session: the `access-token` for a `client` (device).
#[derive(Debug, Clone)]
pub struct Session {
    /// The id `profile/sessions` lists and revokes by.
    pub id: u64,
    pub user_id: u64,
    pub token: String,
    pub client: String,
    /// Unix seconds.
    pub expiry: i64,
    /// The sign-in's `User-Agent` and address, for the sessions list.
    pub user_agent: String,
    pub ip: String,
    /// RFC 3339.
    pub created_at: String,
}

/// A password step that asked for the second factor.
#[derive(Debug, Clone)]
pub struct PendingMfa {
    pub token: String,
    pub user_id: u64,
    pub until: Instant,
}

#[derive(Default)]
pub struct Inner {
    pub users: Vec<UserRecord>,
    pub sessions: Vec<Session>,
    pub next_session_id: u64,
    pub conversations: Vec<super::seed::Conversation>,
    pub next_message_id: u64,
    pub pending_mfa: Vec<PendingMfa>,
    /// `(user, account)` → the chosen e-mail and push flags (B5); absent: the defaults.
    pub notification_settings: HashMap<(u64, u64), (Vec<String>, Vec<String>)>,
    /// rack-attack's throttle counters: key → (window start, requests).
    pub throttles: HashMap<String, (Instant, u32)>,
}

/// An ActionCable event for the subscribers with one of `tokens` in `account_id` (B10).
#[derive(Debug, Clone)]
pub struct CableEvent {
    pub tokens: Vec<String>,
    pub account_id: u64,
    pub event: String,
    pub data: Value,
}

#[derive(Clone)]
pub struct ChatwootState {
    inner: Arc<Mutex<Inner>>,
    pub version: String,
    pub recording: Arc<crate::record::Recording>,
    pub rack_attack: bool,
    /// rack-attack's `req/ip` limit a minute.
    pub requests_per_minute: u32,
    /// The server has Active Record encryption keys: MFA can be managed (B6).
    pub mfa_available: bool,
    /// The server has `profile/sessions` (PR #14556, 2026-06; B2).
    pub sessions_api: bool,
    /// Events for the `/cable` connections.
    pub cable: tokio::sync::broadcast::Sender<CableEvent>,
}

impl ChatwootState {
    pub fn new(
        config: &super::ChatwootConfig,
        recording: Arc<crate::record::Recording>,
    ) -> ChatwootState {
        ChatwootState {
            inner: Arc::new(Mutex::new(Inner {
                users: AGENTS.iter().map(UserRecord::seeded).collect(),
                conversations: super::seed::conversations(),
                next_message_id: 1000,
                ..Inner::default()
            })),
            version: config.version.clone(),
            recording,
            rack_attack: config.rack_attack,
            requests_per_minute: config.requests_per_minute,
            mfa_available: config.mfa_available,
            sessions_api: config.sessions_api,
            cable: tokio::sync::broadcast::channel(256).0,
        }
    }

    pub fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// rack-attack's `throttle`: counts this request under `key` and says whether it is over
    /// `limit` in the current `period` (fixed windows, as rack-attack's cache counters are).
    pub fn throttled(&self, key: String, limit: u32, period: Duration) -> bool {
        if !self.rack_attack {
            return false;
        }
        let mut inner = self.lock();
        let now = Instant::now();
        let entry = inner.throttles.entry(key).or_insert((now, 0));
        if now.duration_since(entry.0) >= period {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 > limit
    }
}

/// The key rack-attack throttles a client address under.
pub fn ip_key(rule: &str, ip: IpAddr) -> String {
    format!("{rule}:{ip}")
}
