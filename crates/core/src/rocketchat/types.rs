//! Wire types for the endpoints Tether uses. Only the fields Tether needs are declared, so
//! anything else a server sends (notably `services` secrets) is dropped while parsing.

use serde::Deserialize;
use serde_json::Value;

use crate::Sensitive;

/// `GET /api/info` (reference §11.2).
#[derive(Debug, Clone, Deserialize)]
pub struct ServerInfo {
    /// `"X.Y"` for anonymous callers.
    pub version: String,
    /// Present on real servers; absent on imitations.
    #[serde(rename = "minimumClientVersions")]
    pub minimum_client_versions: Option<Value>,
    /// `true` on success.
    #[serde(default)]
    pub success: bool,
}

/// One `emails[]` entry of a user.
#[derive(Debug, Clone, Deserialize)]
pub struct EmailEntry {
    /// The address.
    pub address: String,
    /// Whether it was verified.
    #[serde(default)]
    pub verified: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct Exists {
    #[serde(default)]
    exists: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct Enabled {
    #[serde(default)]
    enabled: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct RawServices {
    #[serde(default)]
    password: Option<Exists>,
    #[serde(default)]
    totp: Option<Enabled>,
    #[serde(default)]
    email2fa: Option<Enabled>,
}

/// What `/me` says about the user's sign-in methods: three booleans, never hashes or tokens.
/// Parsing `services` into this type is how Tether keeps bcrypt hashes and login tokens out of
/// memory beyond the response buffer, out of the cache and out of logs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ServicesFlags {
    /// The account has a local password (not SSO/LDAP-only).
    pub has_password: bool,
    /// Authenticator-app 2FA is on.
    pub totp_enabled: bool,
    /// Email 2FA is on.
    pub email2fa_enabled: bool,
}

impl<'de> Deserialize<'de> for ServicesFlags {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawServices::deserialize(deserializer)?;
        Ok(ServicesFlags {
            has_password: raw.password.is_some_and(|p| p.exists),
            totp_enabled: raw.totp.is_some_and(|t| t.enabled),
            email2fa_enabled: raw.email2fa.is_some_and(|e| e.enabled),
        })
    }
}

/// `GET /api/v1/me` (reference §2.3), the fields Tether shows.
#[derive(Debug, Clone, Deserialize)]
pub struct MeUser {
    /// The user's id.
    #[serde(rename = "_id")]
    pub id: String,
    /// Username (absent for some SSO users).
    pub username: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Nickname.
    pub nickname: Option<String>,
    /// Bio.
    pub bio: Option<String>,
    /// Presence, computed by the server from the user's connections and chosen status: right
    /// after a REST sign-in, before any realtime connection, it is `offline`. Shown, never
    /// sent back.
    pub status: Option<String>,
    /// The status the user chose (`online | away | busy | offline`): what the profile edits.
    #[serde(rename = "statusDefault")]
    pub status_default: Option<String>,
    /// Status message.
    #[serde(rename = "statusText")]
    pub status_text: Option<String>,
    /// Email addresses.
    #[serde(default)]
    pub emails: Vec<EmailEntry>,
    /// `<Site_Url>/avatar/<username>`.
    #[serde(rename = "avatarUrl")]
    pub avatar_url: Option<String>,
    /// Role ids.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Changes whenever the avatar does.
    #[serde(rename = "avatarETag")]
    pub avatar_etag: Option<String>,
    /// The workspace's custom fields (`Accounts_CustomFields`) with this user's values.
    #[serde(rename = "customFields")]
    pub custom_fields: Option<serde_json::Map<String, serde_json::Value>>,
    /// Sign-in methods, reduced to booleans.
    #[serde(default)]
    pub services: ServicesFlags,
}

/// The identity fields of the user document `users.updateOwnBasicInfo` answers with (reference
/// §3.1), to compare with what was sent. The document also holds `services` (the bcrypt hash,
/// login tokens): this type has no place for it, so it is never read into memory as a value.
#[derive(Debug, Clone, Deserialize)]
pub struct SavedUser {
    /// Username.
    pub username: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Nickname.
    pub nickname: Option<String>,
    /// Bio.
    pub bio: Option<String>,
    /// The chosen status.
    #[serde(rename = "statusDefault")]
    pub status_default: Option<String>,
    /// Status message.
    #[serde(rename = "statusText")]
    pub status_text: Option<String>,
    /// Email addresses.
    #[serde(default)]
    pub emails: Vec<EmailEntry>,
}

/// `data` of a successful `POST /api/v1/login`.
#[derive(Debug, Deserialize)]
pub struct LoginData {
    /// The user's id.
    #[serde(rename = "userId")]
    pub user_id: String,
    /// The session token: goes to the keyring, nowhere else.
    #[serde(rename = "authToken")]
    pub auth_token: Sensitive<String>,
    /// The signed-in user, as `/me` returns it.
    pub me: MeUser,
}

/// One entry of `settings.public`.
#[derive(Debug, Clone, Deserialize)]
pub struct PublicSetting {
    /// Setting id, e.g. `Site_Name`.
    #[serde(rename = "_id")]
    pub id: String,
    /// Its value.
    pub value: Value,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_secrets_are_dropped_while_parsing() {
        let body = serde_json::json!({
            "_id": "u1", "username": "alice",
            "services": {
                "password": {"exists": true, "bcrypt": "$2b$10$SECRETHASH"},
                "resume": {"loginTokens": [{"hashedToken": "SECRETTOKEN"}]},
                "totp": {"enabled": true, "secret": "SECRETTOTP"}
            }
        });
        let me: MeUser = serde_json::from_value(body).unwrap();
        assert_eq!(
            me.services,
            ServicesFlags {
                has_password: true,
                totp_enabled: true,
                email2fa_enabled: false
            }
        );
        let shown = format!("{me:?}");
        for secret in ["SECRETHASH", "SECRETTOKEN", "SECRETTOTP"] {
            assert!(
                !shown.contains(secret),
                "{secret} survived parsing: {shown}"
            );
        }
    }
}
