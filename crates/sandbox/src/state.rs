//! The sandbox's in-memory workspace: users, login tokens, failed-login counters, rate limits.

use std::collections::HashMap;
use std::fs::File;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::SandboxConfig;
use crate::seed::{ROOMS, SeedUser, USERS};
use crate::subscriptions::Subscription;

/// A rate-limit rule: `calls` per `window`, per client address and route.
#[derive(Debug, Clone, Copy)]
pub struct RateLimit {
    /// Calls allowed in a window.
    pub calls: u32,
    /// The window.
    pub window: Duration,
}

/// What a user can change about themselves (starts as the seed).
pub struct UserProfile {
    pub username: String,
    pub name: String,
    pub nickname: String,
    pub bio: String,
    /// `statusDefault`: the status the user chose (`users.setStatus`, `statusType`). What others
    /// see, `status`, is computed from it and the user's connections (`presence`).
    pub status_default: String,
    pub status_text: String,
    pub email: String,
    pub email_verified: bool,
    /// An uploaded avatar; `None` shows the generated initials.
    pub avatar: Option<Avatar>,
    /// `customFields`, as saved.
    pub custom_fields: Map<String, Value>,
    /// `settings.preferences`: only what the user stored (defaults are not copied in).
    pub preferences: Map<String, Value>,
    /// `user.language`, once the user chose one.
    pub language: Option<String>,
}

/// A data export operation (`IExportOperation`, reference §5).
pub struct ExportOperation {
    pub id: String,
    pub user_id: String,
    pub full_export: bool,
    pub status: String,
    pub created_ms: u128,
}

impl ExportOperation {
    /// As the server sends it, with `userData` (the user document) as the real one does.
    pub fn json(&self, user_data: &Value) -> Value {
        let created = i64::try_from(self.created_ms)
            .ok()
            .and_then(chrono::DateTime::from_timestamp_millis)
            .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Millis, true));
        json!({
            "_id": self.id,
            "status": self.status,
            "userId": self.user_id,
            "fullExport": self.full_export,
            "createdAt": created,
            "roomList": [],
            "fileList": [],
            "exportPath": "",
            "assetsPath": "",
            "userData": user_data,
        })
    }
}

/// An uploaded avatar: its bytes, content type and `avatarETag`.
pub struct Avatar {
    pub bytes: Vec<u8>,
    pub content_type: String,
    pub etag: String,
}

/// A room: who owns it and who is in it (user ids).
pub struct Room {
    pub name: String,
    pub fname: String,
    pub owners: Vec<String>,
    pub members: Vec<String>,
    /// Member id → `audioNotificationValue` of their subscription.
    pub sounds: HashMap<String, String>,
    /// Member id → what they have not read yet.
    pub subscriptions: HashMap<String, crate::subscriptions::Subscription>,
}

pub struct User {
    pub seed: SeedUser,
    pub profile: UserProfile,
    pub password_sha256: Option<String>,
    pub failed_logins: u32,
    pub blocked_until: Option<Instant>,
    /// Unused TOTP backup codes.
    pub backup_codes: Vec<String>,
    /// The pending emailed sign-in code (`services.emailCode`).
    pub email_code: Option<EmailCode>,
    /// The authenticator secret while TOTP is on (`services.totp.secret`).
    pub totp_secret: Option<String>,
    /// A secret handed out by `2fa:enable` and not yet confirmed (`services.totp.tempSecret`).
    pub totp_temp_secret: Option<String>,
    /// `services.email2fa.enabled`.
    pub email2fa: bool,
    /// Earlier passwords (SHA-256 hex), newest last (`services.passwordHistory`).
    pub password_history: Vec<String>,
    /// `e2e.public_key` and `e2e.private_key`, once set.
    pub e2e_keys: Option<(String, String)>,
    /// Realtime connections logged in as this user: Rocket.Chat's presence counts the user's
    /// sessions (`usersSessions`), a REST call alone is no connection.
    pub realtime_connections: usize,
}

impl User {
    /// `(status, statusConnection)` as Rocket.Chat computes them
    /// (`ee/packages/presence/src/lib/processConnectionStatus.ts`): with no connection the user
    /// is `offline` whatever they chose; connected, a chosen `online` shows the connection's
    /// status, any other choice (`away`, `busy`, `offline` = invisible) shows itself.
    pub fn presence(&self) -> (&str, &str) {
        let connection = if self.realtime_connections > 0 {
            "online"
        } else {
            "offline"
        };
        let status = match (connection, self.profile.status_default.as_str()) {
            ("offline", _) => "offline",
            (_, "online") => connection,
            (_, chosen) => chosen,
        };
        (status, connection)
    }
}

/// An emailed 2FA code, as Rocket.Chat keeps it: one at a time, with expiry and failed attempts.
pub struct EmailCode {
    pub code: String,
    pub expire: SystemTime,
    pub attempts: u32,
}

/// A message the sandbox "sent": readable by tests through the test-only outbox route.
#[derive(Clone)]
pub struct Email {
    /// `2fa-code` or `verify-email`.
    pub kind: &'static str,
    pub to: String,
    pub username: String,
    /// The sign-in code, or the verification token.
    pub code: String,
    pub sent_at_ms: u128,
}

/// A login token or personal access token (`services.resume.loginTokens`).
pub struct Token {
    pub user_id: String,
    pub personal: bool,
    /// Older than `Accounts_LoginExpiration` (set by the test route that ages tokens).
    pub expired: bool,
    /// A personal access token's name, creation time and `bypassTwoFactor`.
    pub name: Option<String>,
    pub created: SystemTime,
    pub bypass_two_factor: bool,
    /// A second factor checked with this token is not asked again until then
    /// (`Accounts_TwoFactorAuthentication_RememberFor`).
    pub remember_until: Option<Instant>,
    /// The device session that signed in with this token (`sessions`), for device management.
    pub session: Option<crate::sessions::Session>,
}

impl Token {
    /// A login token.
    pub fn login(user_id: &str) -> Token {
        Token {
            user_id: user_id.to_owned(),
            personal: false,
            expired: false,
            name: None,
            created: SystemTime::now(),
            bypass_two_factor: false,
            remember_until: None,
            session: None,
        }
    }

    /// A personal access token.
    pub fn personal(user_id: &str, name: &str, bypass_two_factor: bool) -> Token {
        Token {
            personal: true,
            name: Some(name.to_owned()),
            bypass_two_factor,
            ..Token::login(user_id)
        }
    }
}

struct Window {
    started: Instant,
    started_epoch_ms: u128,
    count: u32,
}

pub struct Inner {
    pub users: Vec<User>,
    pub rooms: Vec<Room>,
    /// token → owner. (Rocket.Chat stores a hash; the sandbox only needs the mapping.)
    pub tokens: HashMap<String, Token>,
    /// Every email sent, oldest first.
    pub outbox: Vec<Email>,
    /// Data export operations, oldest first.
    pub exports: Vec<ExportOperation>,
    /// Live `stream-notify-user` subscriptions over the websocket.
    pub realtime_subscriptions: usize,
    /// Failed logins per client address, and until when the address is blocked.
    ip_failures: HashMap<IpAddr, (u32, Option<Instant>)>,
    windows: HashMap<(IpAddr, String), Window>,
}

/// Failed logins from one address before it is blocked, and for how long
/// (`Block_Multiple_Failed_Logins_By_Ip`: 50 attempts, 5 minutes).
const BLOCK_IP_AFTER: u32 = 50;
const BLOCK_IP_FOR: Duration = Duration::from_secs(300);
/// `Accounts_TwoFactorAuthentication_By_Email_Code_Expiration`.
const EMAIL_CODE_LIFETIME: Duration = Duration::from_secs(3600);

impl Inner {
    /// Whether sign-in from `ip` is blocked now.
    pub fn ip_blocked_until(&mut self, ip: IpAddr, now: Instant) -> bool {
        match self.ip_failures.get_mut(&ip) {
            Some((_, Some(until))) if now < *until => true,
            Some(entry @ (_, Some(_))) => {
                *entry = (0, None);
                false
            }
            _ => false,
        }
    }

    /// Counts a failed login from `ip`, blocking it after [`BLOCK_IP_AFTER`].
    pub fn count_ip_failure(&mut self, ip: IpAddr, now: Instant) {
        let entry = self.ip_failures.entry(ip).or_insert((0, None));
        entry.0 += 1;
        if entry.0 >= BLOCK_IP_AFTER {
            *entry = (0, Some(now + BLOCK_IP_FOR));
        }
    }

    /// `EmailCheck.sendEmailCode`: a new 6-digit code replaces any previous one and is "mailed"
    /// to every verified address (the outbox).
    pub fn send_email_code(&mut self, index: usize) {
        let random = uuid::Uuid::new_v4().as_u128();
        let code = format!("{:06}", random % 1_000_000);
        let user = &mut self.users[index];
        user.email_code = Some(EmailCode {
            code: code.clone(),
            expire: SystemTime::now() + EMAIL_CODE_LIFETIME,
            attempts: 0,
        });
        if user.profile.email_verified {
            self.outbox.push(Email {
                kind: "2fa-code",
                to: user.profile.email.clone(),
                username: user.profile.username.clone(),
                code,
                sent_at_ms: epoch_ms(),
            });
        }
    }
}

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
    pub recorders: Vec<Arc<Mutex<File>>>,
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

/// A `stream-notify-user` event: its name (`<uid>/userData`) and arguments.
#[derive(Debug, Clone)]
pub struct UserEvent {
    pub event: String,
    pub args: Value,
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
    pub fn new(config: &SandboxConfig, site_url: String) -> std::io::Result<Self> {
        let users = USERS
            .iter()
            .map(|seed| User {
                seed: *seed,
                profile: UserProfile {
                    username: seed.username.to_owned(),
                    name: seed.name.to_owned(),
                    nickname: String::new(),
                    bio: String::new(),
                    status_default: "online".into(),
                    status_text: String::new(),
                    email: seed.email.to_owned(),
                    email_verified: seed.email_verified,
                    avatar: None,
                    custom_fields: Map::new(),
                    preferences: Map::new(),
                    language: None,
                },
                password_sha256: seed.password.map(sha256_hex),
                failed_logins: 0,
                blocked_until: None,
                backup_codes: seed.backup_codes.iter().map(|c| (*c).to_owned()).collect(),
                email_code: None,
                totp_secret: seed.totp_secret.map(str::to_owned),
                totp_temp_secret: None,
                email2fa: seed.email2fa,
                password_history: Vec::new(),
                e2e_keys: seed
                    .e2e_keys
                    .map(|(public, private)| (public.to_owned(), private.to_owned())),
                realtime_connections: 0,
            })
            .collect();
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
        let mut recorders = Vec::new();
        for path in config.record_to.iter().chain(extra.iter()) {
            let file = File::options().create(true).append(true).open(path)?;
            recorders.push(Arc::new(Mutex::new(file)));
        }
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
            recorders,
            events: tokio::sync::broadcast::channel(256).0,
            drops: tokio::sync::broadcast::channel(4).0,
            faults: crate::faults::Faults::default(),
        })
    }

    /// Posts a message to `room` from `from`. As Rocket.Chat does, every other member's
    /// subscription counts it unread (and, for `to` when `mention`, as a mention) and each of
    /// them gets a `<uid>/subscriptions-changed` event; and, as `sendNotification` does, `to`
    /// gets a `<uid>/notification` event unless their status is busy or their
    /// `desktopNotifications` preference excludes the message (per-room desktop settings are
    /// not modelled; nor are other members' notifications). Returns whether the notification
    /// was sent; `None` when the users or the room do not exist or `to` is not a member.
    pub fn post_message(
        &self,
        to: &str,
        from: &str,
        room: &str,
        text: &str,
        mention: bool,
    ) -> Option<bool> {
        let mut inner = self.lock();
        let recipient_id = inner
            .users
            .iter()
            .find(|u| u.profile.username == to)?
            .seed
            .id;
        let sender_id = inner
            .users
            .iter()
            .find(|u| u.profile.username == from)?
            .seed
            .id;
        let room_name = room;
        let usernames: HashMap<&'static str, String> = inner
            .users
            .iter()
            .map(|u| (u.seed.id, u.profile.username.clone()))
            .collect();
        let room = inner.rooms.iter_mut().find(|r| r.name == room_name)?;
        if !room.members.iter().any(|m| m == recipient_id) {
            return None;
        }
        let now = epoch_ms();
        let mut changes = Vec::new();
        for (member, sub) in &mut room.subscriptions {
            if member == sender_id {
                continue;
            }
            sub.unread += 1;
            sub.alert = true;
            if mention && member == recipient_id {
                sub.user_mentions += 1;
            }
            sub.updated_ms = now;
            changes.push(member.clone());
        }
        let room = inner.rooms.iter().find(|r| r.name == room_name)?;
        for member in changes {
            let username = usernames.get(member.as_str()).cloned().unwrap_or_default();
            if let Some(event) = crate::subscriptions::changed_event(room, &member, &username) {
                let _ = self.events.send(event);
            }
        }
        let recipient = inner.users.iter().find(|u| u.seed.id == recipient_id)?;
        let sender = inner.users.iter().find(|u| u.seed.id == sender_id)?;
        let mode = recipient
            .profile
            .preferences
            .get("desktopNotifications")
            .and_then(Value::as_str)
            .unwrap_or("all");
        let wanted = match mode {
            "nothing" => false,
            "mentions" => mention,
            _ => true,
        };
        // `sendNotification` skips a recipient whose computed status is busy.
        if !wanted || recipient.presence().0 == "busy" {
            return Some(false);
        }
        let mut payload = json!({
            "_id": format!("msg-{}", epoch_ms()),
            "rid": crate::subscriptions::room_id(room),
            "sender": { "_id": sender.seed.id, "username": sender.profile.username, "name": sender.profile.name },
            "type": "c",
            "name": room.name,
            "message": { "msg": text },
        });
        if let Some(sound) = room.sounds.get(recipient.seed.id) {
            payload["audioNotificationValue"] = json!(sound);
        }
        let event = UserEvent {
            event: format!("{}/notification", recipient.seed.id),
            args: json!([{
                "title": format!("#{}", room.fname),
                "text": format!("{}: {text}", sender.profile.username),
                "payload": payload,
            }]),
        };
        drop(inner);
        let _ = self.events.send(event);
        Some(true)
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
