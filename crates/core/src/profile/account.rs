//! The profile page's account actions that need the server: the avatar (upload, from a URL,
//! reset), username availability, the verification email, and deleting one's own account.

use super::ProfileApi;
use crate::ports::{CoreEvent, SecretKey};
use crate::rocketchat::password_digest;
use crate::store::WorkspaceRow;
use crate::workspace::{DeleteAccountStep, ProfileView, UsernameCheck};
use crate::{Error, Result, Sensitive};

/// The avatar formats Tether uploads, by their first bytes (the file name and the type the
/// webview reports are not trusted).
pub(crate) fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// "12.5 MB"-style sizes for messages.
fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / 1_048_576.0;
    if mb >= 10.0 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

impl ProfileApi<'_> {
    /// After an avatar change: the profile again, with its new `avatarETag`, which also fetches
    /// the new picture.
    async fn avatar_changed(&self, row: &WorkspaceRow) -> Result<ProfileView> {
        self.refresh(&row.id).await
    }

    /// Uploads a new avatar (PNG, JPEG, GIF or WebP, up to the workspace's
    /// `FileUpload_MaxFileSize`), checked here before anything is sent.
    pub async fn avatar_upload(
        &self,
        workspace_id: &str,
        bytes: Vec<u8>,
        file_name: &str,
    ) -> Result<ProfileView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        self.session
            .require_online(&row, "changing the avatar", "avatar")?;
        let rules = self.rules(&row.id).await?;
        if !rules.avatar {
            return Err(Error::InvalidInput {
                field: "avatar",
                message: format!("{} does not let users change their avatar.", row.name),
            });
        }
        let Some(content_type) = image_type(&bytes) else {
            return Err(Error::InvalidInput {
                field: "avatar",
                message: "That file is not a PNG, JPEG, GIF or WebP image. Choose a picture in one of these formats.".into(),
            });
        };
        let size = bytes.len() as u64;
        if size > u64::from(rules.max_file_size) {
            return Err(Error::InvalidInput {
                field: "avatar",
                message: format!(
                    "That picture is {}; {} accepts at most {}. Choose a smaller one.",
                    megabytes(size),
                    row.name,
                    megabytes(u64::from(rules.max_file_size))
                ),
            });
        }
        let name = std::path::Path::new(file_name)
            .file_name()
            .and_then(|n| n.to_str())
            .filter(|n| !n.is_empty())
            .unwrap_or("avatar")
            .to_owned();
        let client = self.session.client(&row)?;
        if let Err(err) = client
            .set_avatar_file(&creds, None, bytes, name, content_type)
            .await
        {
            self.session.note_failure(&row, &err).await;
            return Err(err);
        }
        self.avatar_changed(&row).await
    }

    /// Sets the avatar from a picture on the web: the server downloads it (PNG, JPEG or WebP).
    pub async fn avatar_from_url(&self, workspace_id: &str, url: &str) -> Result<ProfileView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        self.session
            .require_online(&row, "changing the avatar", "avatar_url")?;
        let url = url.trim();
        let valid = url::Url::parse(url)
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        if !valid {
            return Err(Error::InvalidInput {
                field: "avatar_url",
                message: "Enter the full address of a picture, starting with https://.".into(),
            });
        }
        let client = self.session.client(&row)?;
        if let Err(err) = client.set_avatar_url(&creds, None, url).await {
            self.session.note_failure(&row, &err).await;
            return Err(err);
        }
        self.avatar_changed(&row).await
    }

    /// Back to the default avatar (the initials the server draws).
    pub async fn avatar_reset(&self, workspace_id: &str) -> Result<ProfileView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        self.session
            .require_online(&row, "changing the avatar", "avatar")?;
        let client = self.session.client(&row)?;
        if let Err(err) = client.reset_avatar(&creds, None).await {
            self.session.note_failure(&row, &err).await;
            return Err(err);
        }
        self.avatar_changed(&row).await
    }

    /// Whether a username can be had, for feedback while typing: the pattern is checked here,
    /// availability by the server.
    pub async fn username_check(
        &self,
        workspace_id: &str,
        username: &str,
    ) -> Result<UsernameCheck> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        if username.is_empty() {
            return Ok(UsernameCheck::Invalid {
                reason: "Enter a username.".into(),
            });
        }
        if !super::username_pattern_ok(username) {
            return Ok(UsernameCheck::Invalid {
                reason: "Use only letters, digits, dots (.), dashes (-) and underscores (_)."
                    .into(),
            });
        }
        self.session
            .require_online(&row, "checking a username", "username")?;
        let client = self.session.client(&row)?;
        match client.username_available(&creds, username).await {
            Ok(true) => Ok(UsernameCheck::Available),
            Ok(false) => Ok(UsernameCheck::Taken),
            Err(err) => {
                self.session.note_failure(&row, &err).await;
                Err(err)
            }
        }
    }

    /// Sends the verification email again to the account's address.
    pub async fn send_verification_email(&self, workspace_id: &str) -> Result<()> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        self.session
            .require_online(&row, "sending the verification email", "email")?;
        let Some((profile, _)) = self.ctx.store.profile(&row.id).await? else {
            return Err(Error::NotSignedIn(row.name.clone()));
        };
        let Some(email) = profile.emails.iter().find(|e| !e.verified) else {
            return Err(Error::InvalidInput {
                field: "email",
                message: "Your email address is already verified.".into(),
            });
        };
        let client = self.session.client(&row)?;
        if let Err(err) = client.send_confirmation_email(&creds, &email.address).await {
            self.session.note_failure(&row, &err).await;
            return Err(err);
        }
        Ok(())
    }

    /// Deletes the user's own account on the server (when the workspace allows it), confirmed
    /// with the password, sent as its SHA-256; an account without a password confirms with its
    /// username, as the server expects. If the user is the only owner of rooms, the first call
    /// returns what would happen to them; call again with `confirm_relinquish` once they agree.
    /// Afterwards the token, the cached profile and avatar, and pending edits are removed here.
    pub async fn delete_own_account(
        &self,
        workspace_id: &str,
        password: Option<String>,
        confirm_relinquish: bool,
    ) -> Result<DeleteAccountStep> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        self.session
            .require_online(&row, "deleting your account", "password")?;
        let rules = self.rules(&row.id).await?;
        if !rules.delete_account {
            return Err(Error::InvalidInput {
                field: "password",
                message: format!(
                    "{} does not let users delete their own account. Ask an administrator.",
                    row.name
                ),
            });
        }
        let Some((profile, _)) = self.ctx.store.profile(&row.id).await? else {
            return Err(Error::NotSignedIn(row.name.clone()));
        };
        let proof = if profile.has_password {
            let password = password
                .filter(|p| !p.is_empty())
                .ok_or(Error::InvalidInput {
                    field: "password",
                    message: "Enter your password to confirm.".into(),
                })?;
            password_digest(&Sensitive::new(password))
        } else {
            password_digest(&Sensitive::new(profile.username.clone()))
        };
        let client = self.session.client(&row)?;
        match client
            .delete_own_account(&creds, &proof, confirm_relinquish)
            .await
        {
            Ok(()) => {}
            Err(Error::Api(api)) if api.error_type.as_deref() == Some("user-last-owner") => {
                let rooms = |key: &str| -> Vec<String> {
                    api.details
                        .as_ref()
                        .and_then(|d| d.get(key))
                        .and_then(serde_json::Value::as_array)
                        .map(|a| {
                            a.iter()
                                .filter_map(|r| r.as_str().map(str::to_owned))
                                .collect()
                        })
                        .unwrap_or_default()
                };
                return Ok(DeleteAccountStep::LastOwner {
                    should_be_removed: rooms("shouldBeRemoved"),
                    should_change_owner: rooms("shouldChangeOwner"),
                });
            }
            Err(err) => {
                self.session.note_failure(&row, &err).await;
                return Err(err);
            }
        }
        // The account is gone on the server, and with it every token: forget it here.
        let key = SecretKey {
            workspace_id: row.id.clone(),
            user_id: creds.user_id.clone(),
        };
        self.ctx.secret_delete(&key).await?;
        self.ctx.store.forget_account(&row.id).await?;
        self.session.end_locally(
            &row.id,
            format!(
                "Your account {} was deleted from {}.",
                profile.username, row.name
            ),
        );
        self.ctx.events.emit(CoreEvent::ImagesChanged);
        self.ctx.events.emit(CoreEvent::WorkspacesChanged);
        Ok(DeleteAccountStep::Deleted)
    }
}
