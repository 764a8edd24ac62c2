//! What Chatwoot's answers hold, as Tether reads them (reference chatwoot-api.md B0, B1, B3).

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::Sensitive;

/// `GET /api` (B0).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct ChatwootInfo {
    /// `config/app.yml`'s version, e.g. `4.6.0`.
    pub version: String,
    /// `ok` or `failing`.
    pub queue_services: String,
    /// `ok` or `failing`.
    pub data_services: String,
}

/// A devise_token_auth session: the headers every later request repeats (B1). The token does
/// not rotate per request (`change_headers_on_each_request = false`).
#[derive(Debug, Clone, PartialEq)]
pub struct SessionHeaders {
    /// `access-token`.
    pub access_token: Sensitive<String>,
    /// `client`: the session's device id.
    pub client: String,
    /// `uid`: the user's email.
    pub uid: String,
    /// `expiry`, Unix seconds.
    pub expiry: i64,
}

/// How a request proves who it is (B1): a session, or the personal `api_access_token` (with
/// which only the token is checked).
#[derive(Debug, Clone, PartialEq)]
pub enum ChatwootAuth {
    /// Signed in with email and password (and the second factor).
    Session(SessionHeaders),
    /// The personal access token from the profile page.
    Token(Sensitive<String>),
}

/// One account the user belongs to (B3 `accounts[]`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct ChatwootAccount {
    /// The account id.
    pub id: u64,
    /// Its name.
    pub name: String,
    /// `agent` or `administrator`.
    pub role: String,
    /// The availability the user chose: `online`, `busy` or `offline` (B8).
    #[serde(default)]
    pub availability: Option<String>,
    /// Go offline when no session is live (B8).
    #[serde(default)]
    pub auto_offline: Option<bool>,
    /// What the user may do in the account (absent on older servers, B3).
    #[serde(default)]
    pub permissions: Vec<String>,
}

/// The user JSON (B3), the parts Tether uses. The personal token and the realtime token are
/// secrets: they never leave core unwrapped.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct ChatwootUser {
    /// The user id.
    pub id: u64,
    /// Full name.
    pub name: String,
    /// The name others see, when set.
    pub display_name: Option<String>,
    /// The display name, else the name.
    pub available_name: String,
    /// The email the account signs in with (a new one shows only once confirmed).
    pub email: String,
    /// `""` when there is none.
    #[serde(default)]
    pub avatar_url: String,
    /// The active account's id.
    pub account_id: Option<u64>,
    /// `agent` or `administrator` in the active account.
    pub role: Option<String>,
    /// The personal access token (may be `""` on Chatwoot Cloud, B3).
    pub access_token: Sensitive<String>,
    /// The ActionCable `RoomChannel` token (B10).
    pub pubsub_token: Sensitive<String>,
    /// The whole `ui_settings` object (B4): replaced whole on every write.
    #[serde(default)]
    pub ui_settings: Map<String, Value>,
    /// Accounts the user belongs to.
    #[serde(default)]
    pub accounts: Vec<ChatwootAccount>,
}

/// The first answer of a sign-in.
#[derive(Debug)]
pub enum SignIn {
    /// Signed in: the session and who it is.
    Signed(Box<(SessionHeaders, ChatwootUser)>),
    /// The account has two-factor sign-in: send a code with this token within 5 minutes.
    SecondFactor {
        /// The `mfa_token` to send back with the code.
        mfa_token: Sensitive<String>,
    },
}

/// What a profile save changes (B2). Only fields that are `Some` are sent.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProfileChanges {
    /// Full name.
    pub name: Option<String>,
    /// Display name (`""` clears it).
    pub display_name: Option<String>,
    /// A new email (waits for confirmation on current servers).
    pub email: Option<String>,
    /// The whole `ui_settings` object, already merged with the server's current one (B4).
    pub ui_settings: Option<Map<String, Value>>,
}

impl From<&ChatwootUser> for crate::workspace::AgentProfile {
    fn from(user: &ChatwootUser) -> Self {
        let audio = super::audio::AudioSettings::from_ui_settings(&user.ui_settings);
        crate::workspace::AgentProfile {
            user_id: user.id.to_string(),
            name: user.name.clone(),
            display_name: user.display_name.clone().unwrap_or_default(),
            email: user.email.clone(),
            has_avatar: !user.avatar_url.is_empty(),
            accounts: user
                .accounts
                .iter()
                .map(|a| crate::workspace::AgentAccount {
                    id: a.id.to_string(),
                    name: a.name.clone(),
                    role: a.role.clone(),
                    availability: a.availability.clone().unwrap_or_else(|| "online".into()),
                    auto_offline: a.auto_offline.unwrap_or(true),
                })
                .collect(),
            audio: (&audio).into(),
        }
    }
}

impl ChatwootAuth {
    /// The keyring entry that keeps this session: JSON of what later requests repeat (B1),
    /// one entry per workspace and user like a Rocket.Chat token.
    pub fn to_secret(&self) -> Sensitive<String> {
        let value = match self {
            ChatwootAuth::Session(s) => serde_json::json!({
                "access-token": s.access_token.expose(),
                "client": s.client,
                "uid": s.uid,
                "expiry": s.expiry,
            }),
            ChatwootAuth::Token(token) => serde_json::json!({ "api_access_token": token.expose() }),
        };
        Sensitive::new(value.to_string())
    }

    /// Reads a keyring entry written by [`ChatwootAuth::to_secret`]; `None` when it is not one.
    pub fn from_secret(secret: &Sensitive<String>) -> Option<Self> {
        let value: Value = serde_json::from_str(secret.expose()).ok()?;
        let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_owned);
        if let Some(token) = text("api_access_token") {
            return Some(ChatwootAuth::Token(Sensitive::new(token)));
        }
        Some(ChatwootAuth::Session(SessionHeaders {
            access_token: Sensitive::new(text("access-token")?),
            client: text("client")?,
            uid: text("uid")?,
            expiry: value
                .get("expiry")
                .and_then(Value::as_i64)
                .unwrap_or_default(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_and_a_token_survive_the_keyring_entry() {
        let session = ChatwootAuth::Session(SessionHeaders {
            access_token: Sensitive::new("tok".into()),
            client: "c1".into(),
            uid: "cora@example.com".into(),
            expiry: 1_900_000_000,
        });
        let token = ChatwootAuth::Token(Sensitive::new("pat".into()));
        for auth in [session, token] {
            assert_eq!(ChatwootAuth::from_secret(&auth.to_secret()), Some(auth));
        }
        assert_eq!(
            ChatwootAuth::from_secret(&Sensitive::new("not json".into())),
            None
        );
        assert_eq!(
            ChatwootAuth::from_secret(&Sensitive::new("{}".into())),
            None
        );
    }
}
