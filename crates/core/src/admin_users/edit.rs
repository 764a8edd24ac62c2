//! New user and Edit user (reference §10.6, §10.8): `users.create` with the form, and
//! `users.update` with only what changed (2FA-guarded); the avatar of another user. The
//! server's own refusals come back on their fields (email in use, username taken, invalid
//! email, password policy, …).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{AdminUserDetails, AdminUsersApi};
use crate::session::Guarded;
use crate::workspace::Confirmation;
use crate::{Error, Result};

/// How the password is set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PasswordChoice {
    /// A random password, sent to the user by email (needs SMTP).
    Random,
    /// This password; the admin gives it to the user.
    Manual {
        /// The password.
        password: String,
    },
}

/// The New user / Edit user form. For Edit, `None` is "unchanged" and only the rest is sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct UserForm {
    /// Name.
    pub name: Option<String>,
    /// Username.
    pub username: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Mark the email as verified.
    pub verified: Option<bool>,
    /// The password.
    pub password: Option<PasswordChoice>,
    /// The user must change it at the next sign-in.
    pub require_password_change: Option<bool>,
    /// Role ids.
    pub roles: Option<Vec<String>>,
    /// Send the welcome email.
    pub send_welcome_email: Option<bool>,
    /// Status message.
    pub status_text: Option<String>,
    /// Bio.
    pub bio: Option<String>,
    /// Nickname.
    pub nickname: Option<String>,
}

fn invalid(field: &'static str, message: &str) -> Error {
    Error::InvalidInput {
        field,
        message: message.to_owned(),
    }
}

/// A plausible address (the server checks it again).
pub(super) fn plausible_email(email: &str) -> bool {
    email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !local.contains(char::is_whitespace)
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains(['@', ' '])
    })
}

impl UserForm {
    /// The request's fields (trimmed), checked as far as Tether can before sending.
    fn wire(&self, creating: bool) -> Result<Map<String, Value>> {
        let mut data = Map::new();
        let trimmed = |v: &Option<String>| v.as_deref().map(str::trim).map(str::to_owned);
        let name = trimmed(&self.name);
        let username = trimmed(&self.username);
        let email = trimmed(&self.email);
        if creating || name.is_some() {
            match name.as_deref() {
                Some(n) if !n.is_empty() => data.insert("name".into(), json!(n)),
                _ => return Err(invalid("name", "Enter the user's name.")),
            };
        }
        if creating || username.is_some() {
            match username.as_deref() {
                Some(u) if !u.is_empty() => data.insert("username".into(), json!(u)),
                _ => return Err(invalid("username", "Enter a username.")),
            };
        }
        if creating || email.is_some() {
            match email.as_deref() {
                Some(e) if plausible_email(e) => data.insert("email".into(), json!(e)),
                Some(e) if !e.is_empty() => {
                    return Err(invalid(
                        "email",
                        "That is not an email address (name@example.com).",
                    ));
                }
                _ => return Err(invalid("email", "Enter the user's email address.")),
            };
        }
        match &self.password {
            Some(PasswordChoice::Random) => {
                data.insert("setRandomPassword".into(), json!(true));
                // The validator requires `password` even then; the 8.x form sends it empty.
                if creating {
                    data.insert("password".into(), json!(""));
                }
            }
            Some(PasswordChoice::Manual { password }) => {
                if password.is_empty() {
                    return Err(invalid(
                        "password",
                        "Enter a password, or choose a random one.",
                    ));
                }
                data.insert("password".into(), json!(password));
            }
            None if creating => {
                return Err(invalid("password", "Choose how the password is set."));
            }
            None => {}
        }
        for (key, value) in [
            ("verified", self.verified),
            ("requirePasswordChange", self.require_password_change),
            ("sendWelcomeEmail", self.send_welcome_email),
        ] {
            if let Some(v) = value {
                data.insert(key.into(), json!(v));
            }
        }
        if let Some(roles) = &self.roles {
            if roles.is_empty() {
                return Err(invalid("roles", "Give the user at least one role."));
            }
            data.insert("roles".into(), json!(roles));
        }
        for (key, value) in [
            ("statusText", &self.status_text),
            ("bio", &self.bio),
            ("nickname", &self.nickname),
        ] {
            if let Some(v) = value {
                data.insert(key.into(), json!(v.trim()));
            }
        }
        Ok(data)
    }
}

impl AdminUsersApi<'_> {
    /// Creates a user; the user as the server saved them.
    pub async fn create(&self, workspace_id: &str, form: &UserForm) -> Result<AdminUserDetails> {
        let mut body = form.wire(true)?;
        body.insert("joinDefaultChannels".into(), json!(true));
        let (row, creds, client) = self.action_parts(workspace_id, "creating a user").await?;
        let doc = self
            .session
            .noted(
                &row,
                client.users_create(&creds, &Value::Object(body)).await,
            )
            .await?;
        Ok(AdminUserDetails::from(&doc))
    }

    /// Saves what changed about a user (2FA-guarded); the user as the server saved them.
    pub async fn update(
        &self,
        workspace_id: &str,
        user_id: &str,
        changes: &UserForm,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<AdminUserDetails>> {
        let data = changes.wire(false)?;
        if data.is_empty() {
            return Err(invalid("form", "Nothing changed."));
        }
        let (row, creds, client) = self.action_parts(workspace_id, "saving a user").await?;
        let data = Value::Object(data);
        self.session
            .guarded(&row, confirmation.as_ref(), |second| async move {
                let second = second.as_ref().map(|(c, m)| (c.as_str(), *m));
                let doc = client.users_update(&creds, user_id, &data, second).await?;
                Ok(AdminUserDetails::from(&doc))
            })
            .await
    }

    /// Sets another user's avatar from a file (PNG, JPEG, GIF or WebP).
    pub async fn avatar_upload(
        &self,
        workspace_id: &str,
        user_id: &str,
        file_name: &str,
        bytes: Vec<u8>,
    ) -> Result<()> {
        let Some(content_type) = crate::profile::image_type(&bytes) else {
            return Err(invalid(
                "avatar",
                "That file is not a PNG, JPEG, GIF or WebP image. Choose a picture in one of these formats.",
            ));
        };
        let (row, creds, client) = self
            .action_parts(workspace_id, "changing a user's avatar")
            .await?;
        let name = std::path::Path::new(file_name)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("avatar")
            .to_owned();
        let sent = client
            .set_avatar_file(&creds, Some(user_id), bytes, name, content_type)
            .await;
        self.session.noted(&row, sent).await
    }

    /// Sets another user's avatar from a picture's address (the server downloads it).
    pub async fn avatar_from_url(
        &self,
        workspace_id: &str,
        user_id: &str,
        url: &str,
    ) -> Result<()> {
        let url = url.trim();
        let valid = url::Url::parse(url)
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        if !valid {
            return Err(invalid(
                "avatar_url",
                "Enter the full address of a picture, starting with https://.",
            ));
        }
        let (row, creds, client) = self
            .action_parts(workspace_id, "changing a user's avatar")
            .await?;
        let sent = client.set_avatar_url(&creds, Some(user_id), url).await;
        self.session.noted(&row, sent).await
    }

    /// Back to the user's initials.
    pub async fn avatar_reset(&self, workspace_id: &str, user_id: &str) -> Result<()> {
        let (row, creds, client) = self
            .action_parts(workspace_id, "changing a user's avatar")
            .await?;
        let sent = client.reset_avatar(&creds, Some(user_id)).await;
        self.session.noted(&row, sent).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_sends_only_what_changed() {
        let form = UserForm {
            name: Some("  Ada Lovelace ".into()),
            roles: Some(vec!["user".into(), "moderator".into()]),
            ..UserForm::default()
        };
        let data = form.wire(false).unwrap();
        assert_eq!(
            Value::Object(data),
            json!({ "name": "Ada Lovelace", "roles": ["user", "moderator"] })
        );
    }

    #[test]
    fn a_new_user_needs_name_username_email_and_a_password_choice() {
        let mut form = UserForm {
            name: Some("Ada".into()),
            username: Some("ada".into()),
            email: Some("ada@example".into()),
            ..UserForm::default()
        };
        let err = form.wire(true).unwrap_err();
        assert_eq!(err.field().as_deref(), Some("email"));
        form.email = Some("ada@example.com".into());
        assert_eq!(
            form.wire(true).unwrap_err().field().as_deref(),
            Some("password")
        );
        form.password = Some(PasswordChoice::Random);
        let data = form.wire(true).unwrap();
        assert_eq!(data["setRandomPassword"], json!(true));
        assert_eq!(
            data["password"],
            json!(""),
            "the validator requires the key"
        );
    }
}
