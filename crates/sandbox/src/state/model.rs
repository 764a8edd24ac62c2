//! What the sandbox's workspace is made of: users and their tokens and device sessions, rooms
//! and subscriptions, mails sent, rate-limit windows. Plain data with the few rules that keep
//! it consistent; the routes read and change it through [`super::SandboxState`].

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant, SystemTime};

use serde_json::{Map, Value, json};

use super::epoch_ms;
use crate::seed::SeedUser;

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
    pub subscriptions: HashMap<String, Subscription>,
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
    /// What the Users admin page reads: `lastLogin`, `createdAt`, `type`, …
    pub account: AccountRecord,
}

/// The parts of a user document the admin Users page shows or filters on (reference §10.3).
#[derive(Debug, Clone)]
pub struct AccountRecord {
    /// `lastLogin` (epoch ms); `None` until the first sign-in.
    pub last_login_ms: Option<u128>,
    /// `createdAt` (epoch ms).
    pub created_ms: u128,
    /// `type`: `user`, `bot` or `app`.
    pub kind: &'static str,
    /// `federated`.
    pub federated: bool,
    /// `inactiveReason` (8.x): `deactivated`, `pending_approval` or `idle_too_long`.
    pub inactive_reason: Option<&'static str>,
    /// `utcOffset`, hours.
    pub utc_offset: f64,
    /// `requirePasswordChange`.
    pub require_password_change: bool,
}

impl AccountRecord {
    /// A user who signed in before.
    pub fn seeded(index: usize) -> AccountRecord {
        let day = 86_400_000u128;
        let base = 1_767_607_200_000u128; // 2026-01-05T10:00:00Z
        AccountRecord {
            last_login_ms: Some(base + 300 * day + (index as u128 % 30) * day),
            created_ms: base + (index as u128 % 200) * day,
            kind: "user",
            federated: false,
            inactive_reason: None,
            utc_offset: 0.0,
            require_password_change: false,
        }
    }
}

impl User {
    /// A user as seeded (or created by an admin: `seed` then holds the new account's values).
    pub fn new(seed: SeedUser, account: AccountRecord) -> User {
        User {
            seed,
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
            password_sha256: seed.password.map(super::sha256_hex),
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
            account,
        }
    }

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
    pub session: Option<Session>,
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

pub(super) struct Window {
    pub(super) started: Instant,
    pub(super) started_epoch_ms: u128,
    pub(super) count: u32,
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
    pub(super) ip_failures: HashMap<IpAddr, (u32, Option<Instant>)>,
    pub(super) windows: HashMap<(IpAddr, String), Window>,
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

/// One signed-in device: what the sign-in request said about itself.
#[derive(Clone)]
pub struct Session {
    pub id: String,
    pub user_agent: String,
    pub ip: String,
    pub login_at: SystemTime,
}

impl Session {
    /// A session for a sign-in now, from its `User-Agent` and address.
    pub fn new(user_agent: &str, ip: &str) -> Session {
        Session {
            id: uuid::Uuid::new_v4().simple().to_string()[..17].to_owned(),
            user_agent: user_agent.to_owned(),
            ip: ip.to_owned(),
            login_at: SystemTime::now(),
        }
    }
}

/// One member's subscription to a room: what they have not read yet.
#[derive(Debug, Clone, Default)]
pub struct Subscription {
    pub unread: u32,
    pub alert: bool,
    pub user_mentions: u32,
    pub group_mentions: u32,
    /// When they last read the room (`ls`), and when the subscription last changed.
    pub ls_ms: u128,
    pub updated_ms: u128,
    /// Just added to the room and never read it: Rocket.Chat's `addUserToRoom` creates the
    /// subscription without `ls` (`createWithRoomAndUser`), which is how the web client tells
    /// a new room (`notifyNewRoom`: no `ls` and `alert`).
    pub never_read: bool,
}
