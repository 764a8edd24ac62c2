//! Domain types shown to the UI: workspaces, their accounts and connection states, profiles.

use serde::{Deserialize, Serialize};

use crate::rocketchat::MeUser;

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
    /// The session ended (expired, revoked, no stored token): sign in again. Cached data stays.
    SignedOut {
        /// Why, in words.
        reason: String,
    },
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
    /// The signed-in (or last signed-in) account.
    pub account: Option<AccountSummary>,
    /// Current connection state.
    pub connection: Connection,
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

/// One email address of a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ProfileEmail {
    /// The address.
    pub address: String,
    /// Whether the server has it verified.
    pub verified: bool,
}

/// The user's profile as Tether shows and caches it. Built from `/me`; it has no place for
/// server secrets, so none can reach the cache.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Profile {
    /// The server's user id.
    pub user_id: String,
    /// Username.
    pub username: String,
    /// Display name.
    pub name: Option<String>,
    /// Nickname.
    pub nickname: Option<String>,
    /// Bio.
    pub bio: Option<String>,
    /// `online | away | busy | offline`.
    pub status: Option<String>,
    /// Status message.
    pub status_text: Option<String>,
    /// Email addresses.
    pub emails: Vec<ProfileEmail>,
    /// Avatar URL.
    pub avatar_url: Option<String>,
    /// Role ids.
    pub roles: Vec<String>,
    /// Whether the account has a local password (false for SSO/LDAP-only accounts).
    pub has_password: bool,
    /// Authenticator 2FA enabled.
    pub totp_enabled: bool,
    /// Email 2FA enabled.
    pub email2fa_enabled: bool,
}

impl From<&MeUser> for Profile {
    fn from(me: &MeUser) -> Self {
        Profile {
            user_id: me.id.clone(),
            username: me.username.clone().unwrap_or_default(),
            name: me.name.clone(),
            nickname: me.nickname.clone(),
            bio: me.bio.clone(),
            status: me.status.clone(),
            status_text: me.status_text.clone(),
            emails: me
                .emails
                .iter()
                .map(|e| ProfileEmail {
                    address: e.address.clone(),
                    verified: e.verified,
                })
                .collect(),
            avatar_url: me.avatar_url.clone(),
            roles: me.roles.clone(),
            has_password: me.services.has_password,
            totp_enabled: me.services.totp_enabled,
            email2fa_enabled: me.services.email2fa_enabled,
        }
    }
}

/// Where shown data came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum DataSource {
    /// Just read from the server.
    Server,
    /// Read from the local cache.
    Cache,
}

/// A profile plus where and when it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ProfileView {
    /// The profile.
    pub profile: Profile,
    /// Server or cache.
    pub source: DataSource,
    /// When the server last gave us this profile (RFC 3339).
    pub fetched_at: String,
}
