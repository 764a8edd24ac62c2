//! The profile's types: what is cached and shown, what a save sends and what it gives back,
//! the workspace's rules for editing, and the account's own steps (username check, deletion).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{CustomField, SecondFactorChallenge, SecondFactorMethod};
use crate::rocketchat::MeUser;

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
    /// The status the user chose, `online | away | busy | offline` (`statusDefault`): what the
    /// profile edits.
    pub status: Option<String>,
    /// Presence as the server computes it (`status`): shown, never sent back.
    #[serde(default)]
    pub presence: Option<String>,
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
    /// `avatarETag`: changes whenever the avatar does.
    #[serde(default)]
    pub avatar_etag: Option<String>,
    /// The workspace's custom fields with this user's values (as text).
    #[serde(default)]
    pub custom_fields: BTreeMap<String, String>,
}

impl From<&MeUser> for Profile {
    fn from(me: &MeUser) -> Self {
        Profile {
            user_id: me.id.clone(),
            username: me.username.clone().unwrap_or_default(),
            name: me.name.clone(),
            nickname: me.nickname.clone(),
            bio: me.bio.clone(),
            // A server without `statusDefault` (none Tether supports) would leave it unknown
            // rather than guessed from presence.
            status: me.status_default.clone(),
            presence: me.status.clone(),
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
            avatar_etag: me.avatar_etag.clone(),
            custom_fields: me
                .custom_fields
                .iter()
                .flatten()
                .map(|(k, v)| {
                    let text = match v {
                        serde_json::Value::String(s) => s.clone(),
                        serde_json::Value::Null => String::new(),
                        other => other.to_string(),
                    };
                    (k.clone(), text)
                })
                .collect(),
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

/// A profile field edited while the workspace could not be reached, waiting for the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PendingEdit {
    /// `name | nickname | bio | status | status_text`.
    pub field: String,
    /// The value the user chose (shown in the profile until sent).
    pub value: String,
    /// The server's value when it changed meanwhile: the user decides which one stays.
    pub conflict: Option<String>,
    /// Why the server did not take this edit (refused, or kept its value): it waits for the
    /// user and is not sent again by itself. `conflict` then holds the server's value.
    pub refused: Option<String>,
}

/// A profile plus where and when it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ProfileView {
    /// The profile, with pending offline edits applied.
    pub profile: Profile,
    /// Offline edits not on the server yet (their values are already in `profile`).
    pub pending: Vec<PendingEdit>,
    /// Server or cache.
    pub source: DataSource,
    /// When the server last gave us this profile (RFC 3339).
    pub fetched_at: String,
}

/// What the user changed on the profile page. `None` leaves a field as it is; `Some("")` clears
/// the fields that may be empty (nickname, bio, status message). Input only: it carries a new
/// password, so it is never serialized, and `Debug` redacts the password.
#[derive(Clone, Default, PartialEq, Eq, Deserialize, specta::Type)]
pub struct ProfileChanges {
    /// Display name.
    pub name: Option<String>,
    /// Username.
    pub username: Option<String>,
    /// Nickname.
    pub nickname: Option<String>,
    /// Bio (at most 260 characters).
    pub bio: Option<String>,
    /// `online | away | busy | offline`.
    pub status: Option<String>,
    /// Status message.
    pub status_text: Option<String>,
    /// Email address (needs a second factor).
    pub email: Option<String>,
    /// New password (needs a second factor).
    pub new_password: Option<String>,
    /// Custom field values by field name (every defined field is sent when one changes).
    pub custom_fields: Option<BTreeMap<String, String>>,
}

/// The second factor for a guarded operation (an email or password change, a token, 2FA
/// settings), answering the server's challenge. Input only; `Debug` redacts secrets.
#[derive(Clone, PartialEq, Eq, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Confirmation {
    /// The current password (accounts without 2FA); sent as its SHA-256.
    Password {
        /// The current password.
        password: String,
    },
    /// An authenticator, backup or emailed code.
    Code {
        /// Which method the code is for (as the server asked).
        method: SecondFactorMethod,
        /// The code.
        code: String,
    },
}

/// Where saving the profile stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum ProfileSaveStep {
    /// Saved; the profile as the server now has it.
    Saved {
        /// The fresh profile.
        profile: ProfileView,
        /// Fields the server answered for without taking the value sent (empty: all kept).
        not_kept: Vec<NotKept>,
    },
    /// The server could not be reached: the edit is kept on this computer (through restarts)
    /// and sent when the workspace is back.
    Queued {
        /// The profile with the edit applied.
        profile: ProfileView,
    },
    /// The change needs a second factor: ask, then save again with the confirmation.
    SecondFactor {
        /// What the server asks for.
        challenge: SecondFactorChallenge,
    },
}

impl std::fmt::Debug for ProfileChanges {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProfileChanges")
            .field("name", &self.name)
            .field("username", &self.username)
            .field("nickname", &self.nickname)
            .field("bio", &self.bio)
            .field("status", &self.status)
            .field("status_text", &self.status_text)
            .field("email", &self.email)
            .field("custom_fields", &self.custom_fields)
            .field(
                "new_password",
                &self.new_password.as_ref().map(|_| "[redacted]"),
            )
            .finish()
    }
}

impl std::fmt::Debug for Confirmation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Confirmation::Password { .. } => f.write_str("Password([redacted])"),
            Confirmation::Code { method, .. } => write!(f, "Code({method:?}, [redacted])"),
        }
    }
}

/// What the workspace lets a user change about themselves (`Accounts_Allow*`, public settings;
/// Rocket.Chat's defaults when not known yet), and its custom fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ProfileRules {
    /// `Accounts_AllowUserProfileChange`: any change at all.
    pub profile: bool,
    /// `Accounts_AllowRealNameChange`.
    pub name: bool,
    /// `Accounts_AllowUsernameChange`.
    pub username: bool,
    /// `Accounts_AllowEmailChange`.
    pub email: bool,
    /// `Accounts_AllowPasswordChange`.
    pub password: bool,
    /// `Accounts_AllowUserStatusMessageChange`.
    pub status_text: bool,
    /// The server takes `bio` and `statusType` in `users.updateOwnBasicInfo` (Rocket.Chat 6.4
    /// and later; older servers refuse them as unknown keys).
    pub bio_and_status: bool,
    /// `Accounts_AllowInvisibleStatusOption`: "offline" may be chosen.
    pub invisible: bool,
    /// `Accounts_AllowUserAvatarChange`.
    pub avatar: bool,
    /// `Accounts_AllowDeleteOwnAccount` (off unless the workspace turns it on).
    pub delete_account: bool,
    /// `FileUpload_MaxFileSize`: the largest avatar upload, in bytes.
    pub max_file_size: u32,
    /// `Accounts_CustomFields`, in the order the workspace defines them.
    pub custom_fields: Vec<CustomField>,
}

/// The public settings read with the profile: those behind [`ProfileRules`], and those that
/// say which security features the workspace offers (the Security page reads them cached).
pub const PROFILE_RULE_SETTINGS: [&str; 15] = [
    "Accounts_AllowUserProfileChange",
    "Accounts_AllowRealNameChange",
    "Accounts_AllowUsernameChange",
    "Accounts_AllowEmailChange",
    "Accounts_AllowPasswordChange",
    "Accounts_AllowUserStatusMessageChange",
    "Accounts_AllowInvisibleStatusOption",
    "Accounts_AllowUserAvatarChange",
    "Accounts_AllowDeleteOwnAccount",
    "FileUpload_MaxFileSize",
    "Accounts_CustomFields",
    "Accounts_TwoFactorAuthentication_Enabled",
    "Accounts_TwoFactorAuthentication_By_TOTP_Enabled",
    "Accounts_TwoFactorAuthentication_By_Email_Enabled",
    "E2E_Enable",
];

/// Whether the username is free, as the server answers while the user types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum UsernameCheck {
    /// Free (or the user's own).
    Available,
    /// Someone has it.
    Taken,
    /// Not a valid username here; `reason` says why.
    Invalid {
        /// What is wrong.
        reason: String,
    },
}

/// Where deleting one's own account stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum DeleteAccountStep {
    /// The account is gone; Tether forgot its session, cache and pending edits.
    Deleted,
    /// The user is the only owner of rooms: these would be removed (nobody else is in them) or
    /// get a new owner. Delete again with `confirm_relinquish` once the user agrees.
    LastOwner {
        /// Rooms that would be removed (display names).
        should_be_removed: Vec<String>,
        /// Rooms that would get a new owner (display names).
        should_change_owner: Vec<String>,
    },
}

/// The profile fields that may be edited offline, as stored in pending edits.
pub const OFFLINE_FIELDS: [&str; 5] = ["name", "nickname", "bio", "status", "status_text"];

impl Profile {
    /// An offline-editable field's value (`""` when empty).
    pub fn field(&self, field: &str) -> String {
        match field {
            "name" => self.name.clone(),
            "nickname" => self.nickname.clone(),
            "bio" => self.bio.clone(),
            "status" => self.status.clone(),
            "status_text" => self.status_text.clone(),
            _ => None,
        }
        .unwrap_or_default()
    }

    /// Sets an offline-editable field.
    pub fn set_field(&mut self, field: &str, value: &str) {
        let value = (!value.is_empty()).then(|| value.to_owned());
        match field {
            "name" => self.name = value,
            "nickname" => self.nickname = value,
            "bio" => self.bio = value,
            "status" => self.status = value,
            "status_text" => self.status_text = value,
            _ => {}
        }
    }
}

/// A field the server answered for without taking the value sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, specta::Type)]
pub struct NotKept {
    /// The profile field: `name | username | nickname | bio | status | status_text | email`.
    pub field: String,
    /// What Tether sent.
    pub wanted: String,
    /// What the server kept.
    pub kept: String,
    /// A sentence for a person: what the server kept, and why when it is known.
    pub message: String,
}
