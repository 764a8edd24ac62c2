//! The domain model every slice shares, shown to the UI: workspaces, their accounts and
//! connection states (here), profiles (from `profile.rs`, re-exported) and custom fields.

use serde::{Deserialize, Serialize};

mod agent;
mod custom_fields;
mod profile;
mod unread;

pub use agent::{
    AgentAccount, AgentAudio, AgentNotificationFlags, AgentPending, AgentProfile, AgentView,
};
pub use custom_fields::CustomField;
pub use profile::*;
pub use unread::{TrayState, TraySummary, Unread, WorkspaceUnread};

/// How Tether is connected to a workspace right now. Kept in memory, never cached: at start
/// every workspace is `Connecting` until its stored session has been revalidated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Connection {
    /// Added, but nobody has signed in yet.
    NotSignedIn,
    /// Revalidating the stored session.
    Connecting,
    /// Signed in and the server answered.
    Online,
    /// The server cannot be reached; cached data is shown.
    Offline {
        /// Why, as the network layer says.
        reason: String,
    },
    /// The server presented a certificate that is not trusted (for example, a self-signed one
    /// that changed since the user trusted it). Cached data is shown; the user may trust the new
    /// certificate, then reconnect.
    CertificateUntrusted {
        /// What happened, with the host and fingerprint, in words.
        reason: String,
        /// The presented certificate's SHA-256 fingerprint (`AB:CD:…`).
        fingerprint: String,
    },
    /// The session ended (expired, revoked, no stored token): sign in again. Cached data stays.
    SignedOut {
        /// Why, in words.
        reason: String,
    },
}

/// How an account signs in to its workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum AuthKind {
    /// Username and password (plus a second factor when the account has one); the stored
    /// token is a login token, revalidated with `login {resume}`.
    Password,
    /// A personal access token the user created on the server (SSO accounts, or servers with
    /// password login off). Signing out forgets it locally but leaves it on the server.
    PersonalAccessToken,
}

impl AuthKind {
    /// The value stored in the cache.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthKind::Password => "password",
            AuthKind::PersonalAccessToken => "personal_access_token",
        }
    }

    /// Parses the stored value (unknown values are treated as password sessions).
    pub fn parse(value: &str) -> Self {
        match value {
            "personal_access_token" => AuthKind::PersonalAccessToken,
            _ => AuthKind::Password,
        }
    }
}

/// The account signed in to a workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AccountSummary {
    /// The server's user id.
    pub user_id: String,
    /// Username.
    pub username: String,
    /// Display name, when the user has one.
    pub display_name: Option<String>,
    /// How this account signs in.
    pub auth: AuthKind,
}

/// A second-factor method the server can ask for at sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SecondFactorMethod {
    /// An authenticator app's 6-digit code, or an 8-character backup code.
    Totp,
    /// A 6-digit code emailed to the account's verified address.
    Email,
    /// The current password (accounts without TOTP or email 2FA, for email or password changes).
    Password,
}

/// The server wants a second factor to finish signing in (reference §1.5 `totp-required`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SecondFactorChallenge {
    /// The workspace being signed in to.
    pub workspace_id: String,
    /// The method whose code the server checks now.
    pub method: SecondFactorMethod,
    /// Every method the account has enabled.
    pub available_methods: Vec<SecondFactorMethod>,
    /// For email: whether a new code was just sent (`false` means an earlier code is still valid).
    pub code_generated: bool,
    /// For email: when the current code expires (RFC 3339), when the server says.
    pub code_expires: Option<String>,
    /// For email: who the code is sent to (username or address), for "send again".
    pub email_or_username: Option<String>,
}

/// Where a sign-in stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum SignInStep {
    /// Done.
    SignedIn {
        /// The workspace, now online.
        workspace: WorkspaceSummary,
    },
    /// Enter a code to finish.
    SecondFactor {
        /// What the server asks for.
        challenge: SecondFactorChallenge,
    },
}

/// A workspace's icon and its account's avatar, as `data:` URLs (fetched by Rust, cached).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct WorkspaceImages {
    /// The workspace.
    pub workspace_id: String,
    /// The server's icon.
    pub icon: Option<String>,
    /// The signed-in user's avatar.
    pub avatar: Option<String>,
}

/// A workspace as the switcher shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct WorkspaceSummary {
    /// Tether's id for the workspace.
    pub id: String,
    /// Normalised base URL.
    pub url: String,
    /// The workspace's `Site_Name`, or its host.
    pub name: String,
    /// `"X.Y"` as the server reported it.
    pub server_version: String,
    /// What kind of server it is.
    pub kind: ServerKind,
    /// The signed-in (or last signed-in) account.
    pub account: Option<AccountSummary>,
    /// Current connection state.
    pub connection: Connection,
}

/// Which kind of server a workspace is. Each slice reaches its server through the session's
/// client of this kind (`crates/core/README.md`, "A new kind of server").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ServerKind {
    /// Rocket.Chat (reference: `shared/reference/rocketchat-api.md`).
    #[default]
    RocketChat,
    /// Chatwoot (reference: `shared/reference/chatwoot-api.md`).
    Chatwoot,
}

impl ServerKind {
    /// As stored (the same word as on the wire).
    pub fn as_str(self) -> &'static str {
        match self {
            ServerKind::RocketChat => "rocket_chat",
            ServerKind::Chatwoot => "chatwoot",
        }
    }

    /// The product's name, for people.
    pub fn label(self) -> &'static str {
        match self {
            ServerKind::RocketChat => "Rocket.Chat",
            ServerKind::Chatwoot => "Chatwoot",
        }
    }

    /// From what is stored; `None` for a kind this build does not know.
    pub fn parse(stored: &str) -> Option<Self> {
        match stored {
            "rocket_chat" => Some(ServerKind::RocketChat),
            "chatwoot" => Some(ServerKind::Chatwoot),
            _ => None,
        }
    }
}

/// Whether the OS keyring works. When it does not, sign-in still works for this session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct KeyringStatus {
    /// `true` when tokens are stored in the OS keyring.
    pub available: bool,
    /// What is wrong and what it means for the user, when not available.
    pub message: Option<String>,
}

/// Everything the UI needs to draw its frame.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AppSnapshot {
    /// All workspaces, in the order they were added.
    pub workspaces: Vec<WorkspaceSummary>,
    /// Keyring health.
    pub keyring: KeyringStatus,
}
