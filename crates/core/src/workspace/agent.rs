//! A Chatwoot agent's settings as Tether shows and caches them (reference chatwoot-api.md B3,
//! B4, B5, B8). Never a secret: the personal access token and the realtime token stay in core.
//! Ids are strings here: Chatwoot's are 64-bit integers, which JavaScript numbers cannot hold.

use serde::{Deserialize, Serialize};

/// The profile of the signed-in agent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentProfile {
    /// The user's id.
    pub user_id: String,
    /// Full name.
    pub name: String,
    /// The name customers see; `""` when none is set (then the full name is shown).
    pub display_name: String,
    /// The address the account signs in with (a new one shows only once confirmed).
    pub email: String,
    /// Whether the user has a profile image.
    pub has_avatar: bool,
    /// The accounts the user belongs to.
    pub accounts: Vec<AgentAccount>,
    /// The audio alerts (`ui_settings`, B4).
    pub audio: AgentAudio,
}

/// One account of the user, with their availability in it (B8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentAccount {
    /// The account's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// `agent` or `administrator`.
    pub role: String,
    /// `online`, `busy` or `offline`: what the user chose.
    pub availability: String,
    /// Go offline when no session is live.
    pub auto_offline: bool,
}

/// Which conversations sound, and how (B4). Tether writes only these `ui_settings` keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentAudio {
    /// "My assigned conversations".
    pub assigned: bool,
    /// "New conversations needing attention".
    pub unassigned: bool,
    /// "Open conversations assigned to everyone else".
    pub assigned_to_others: bool,
    /// Every conversation (the older dashboards' "All conversations").
    pub all: bool,
    /// Sound also while Tether's window is the active one.
    pub always_play: bool,
    /// Sound again every 30 s while a conversation assigned to me has unread messages.
    pub repeat_while_unread: bool,
    /// One of Chatwoot's tones: ding, bell, chime, magic, ping.
    pub tone: String,
}

/// One account's e-mail and push notification flags (B5): every flag the server offers and
/// the chosen ones, in the server's words (`email_conversation_assignment`, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentNotificationFlags {
    /// The account.
    pub account_id: String,
    /// E-mail flags the server offers.
    pub all_email: Vec<String>,
    /// The chosen ones.
    pub email: Vec<String>,
    /// Push flags the server offers (none on the oldest servers).
    pub all_push: Vec<String>,
    /// The chosen ones.
    pub push: Vec<String>,
}

/// The Chatwoot settings pages' data: from the cache at once, then as the server says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentView {
    /// The profile, when it was ever read.
    pub profile: Option<AgentProfile>,
    /// The account shown (the user's choice, else the server's active one).
    pub account_id: Option<String>,
    /// Its notification flags, when ever read.
    pub flags: Option<AgentNotificationFlags>,
    /// Edits made offline, not on the server yet: their values are already in `profile` and
    /// `flags`; a conflict or refusal waits for the user here.
    pub pending: Vec<AgentPending>,
    /// The alert tone's volume, 0–100 (Tether's own: Chatwoot has none).
    pub volume: u8,
    /// When the profile was read from the server (RFC 3339).
    pub fetched_at: Option<String>,
    /// Whether this came from the server just now (not only the cache).
    pub fresh: bool,
}

/// An offline edit of a Chatwoot setting in the one outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentPending {
    /// `name`, `display_name`, `audio`, `flags:<account>`, `availability:<account>` or
    /// `auto_offline:<account>`.
    pub key: String,
    /// The user's value.
    pub value: serde_json::Value,
    /// The server changed the same setting meanwhile: its value, for the user to choose.
    pub conflict: Option<serde_json::Value>,
    /// The server refused the value: why.
    pub refused: Option<String>,
}
