//! The actions menu (reference §10.5, §10.7, §10.9): Make / Remove Admin, Reset TOTP, Reset E2E
//! key, Activate / Deactivate and Delete (with the last-owner flow: the rooms are shown, and
//! `confirmRelinquish` is sent only after the admin agrees), the welcome email, invitations.

use serde::{Deserialize, Serialize};

use super::AdminUsersApi;
use crate::session::Guarded;
use crate::workspace::Confirmation;
use crate::{Error, Result};

/// The rooms a user is the only owner of, as the server lists them (`user-last-owner`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct LastOwnerRooms {
    /// Rooms that would get another member as owner.
    pub change_owner: Vec<String>,
    /// Rooms where the user is alone: they would be removed.
    pub removed: Vec<String>,
}

/// What Activate / Deactivate did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ActiveOutcome {
    /// Done: the account's state as the server answered it.
    Done {
        /// Active now.
        active: bool,
    },
    /// The user is the last owner of rooms: ask, then call again with `confirm_relinquish`.
    LastOwner {
        /// The rooms.
        rooms: LastOwnerRooms,
    },
}

/// What Delete did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum DeleteOutcome {
    /// The user is gone.
    Deleted,
    /// The user is the last owner of rooms: ask, then call again with `confirm_relinquish`.
    LastOwner {
        /// The rooms.
        rooms: LastOwnerRooms,
    },
}

/// The rooms of a `user-last-owner` refusal, or the error as it was.
fn last_owner(err: Error) -> Result<LastOwnerRooms> {
    let rooms = match &err {
        Error::Api(api) if api.server_code() == Some("user-last-owner") => {
            let list = |key: &str| -> Vec<String> {
                api.details
                    .as_ref()
                    .and_then(|d| d.get(key))
                    .and_then(|v| v.as_array())
                    .map(|a| {
                        a.iter()
                            .filter_map(|r| r.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            LastOwnerRooms {
                change_owner: list("shouldChangeOwner"),
                removed: list("shouldBeRemoved"),
            }
        }
        _ => return Err(err),
    };
    Ok(rooms)
}

/// The addresses of the Invite box: split on spaces, commas and semicolons, each checked.
pub(crate) fn invitation_addresses(text: &str) -> Result<Vec<String>> {
    let addresses: Vec<String> = text
        .split([' ', ',', ';', '\n', '\t'])
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect();
    if addresses.is_empty() {
        return Err(Error::InvalidInput {
            field: "emails",
            message: "Enter one or more email addresses.".into(),
        });
    }
    let wrong: Vec<&str> = addresses
        .iter()
        .map(String::as_str)
        .filter(|a| !super::edit::plausible_email(a))
        .collect();
    if !wrong.is_empty() {
        return Err(Error::InvalidInput {
            field: "emails",
            message: format!(
                "Not an email address: {}. Correct it or remove it.",
                wrong.join(", ")
            ),
        });
    }
    Ok(addresses)
}

impl AdminUsersApi<'_> {
    /// Activates or deactivates a user. The last owner of rooms is refused until
    /// `confirm_relinquish` (the admin saw the rooms and agreed).
    pub async fn set_active(
        &self,
        workspace_id: &str,
        user_id: &str,
        active: bool,
        confirm_relinquish: bool,
    ) -> Result<ActiveOutcome> {
        let action = if active {
            "activating a user"
        } else {
            "deactivating a user"
        };
        let (row, creds, client) = self.action_parts(workspace_id, action).await?;
        let sent = client
            .users_set_active_status(&creds, user_id, active, confirm_relinquish)
            .await;
        match self.session.noted(&row, sent).await {
            Ok(active) => Ok(ActiveOutcome::Done { active }),
            Err(err) => last_owner(err).map(|rooms| ActiveOutcome::LastOwner { rooms }),
        }
    }

    /// Deletes a user (never yourself). The last owner of rooms is refused until
    /// `confirm_relinquish`.
    pub async fn delete(
        &self,
        workspace_id: &str,
        user_id: &str,
        confirm_relinquish: bool,
    ) -> Result<DeleteOutcome> {
        let (row, creds, client) = self.action_parts(workspace_id, "deleting a user").await?;
        if creds.user_id == user_id {
            return Err(Error::InvalidInput {
                field: "action",
                message:
                    "You cannot delete your own account here; use Profile › Delete my account."
                        .into(),
            });
        }
        let sent = client
            .users_delete(&creds, user_id, confirm_relinquish)
            .await;
        match self.session.noted(&row, sent).await {
            Ok(()) => Ok(DeleteOutcome::Deleted),
            Err(err) => last_owner(err).map(|rooms| DeleteOutcome::LastOwner { rooms }),
        }
    }

    /// Make Admin / Remove Admin: `roles.addUserToRole` / `roles.removeUserFromRole` with
    /// `admin` (what the 8.x client sends; the routes exist since 6.x).
    pub async fn set_admin(&self, workspace_id: &str, username: &str, admin: bool) -> Result<()> {
        let (row, creds, client) = self
            .action_parts(workspace_id, "changing who is admin")
            .await?;
        let sent = client.roles_change(&creds, admin, username, "admin").await;
        self.session.noted(&row, sent).await
    }

    /// Resets a user's authenticator (TOTP): their sessions end (2FA-guarded, never
    /// remembered).
    pub async fn reset_totp(
        &self,
        workspace_id: &str,
        user_id: &str,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<()>> {
        self.reset(workspace_id, "users.resetTOTP", user_id, confirmation)
            .await
    }

    /// Resets a user's end-to-end encryption key: they are signed out everywhere and get a new
    /// key at their next sign-in (2FA-guarded, never remembered).
    pub async fn reset_e2e_key(
        &self,
        workspace_id: &str,
        user_id: &str,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<()>> {
        self.reset(workspace_id, "users.resetE2EKey", user_id, confirmation)
            .await
    }

    async fn reset(
        &self,
        workspace_id: &str,
        route: &'static str,
        user_id: &str,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<()>> {
        let (row, creds, client) = self.action_parts(workspace_id, "a reset").await?;
        self.session
            .guarded(&row, confirmation.as_ref(), |second| async move {
                let second = second.as_ref().map(|(c, m)| (c.as_str(), *m));
                client.users_reset(&creds, route, user_id, second).await
            })
            .await
    }

    /// The address of a direct message with `username` in the workspace's web client (opened in
    /// the browser, as a notification's room is).
    pub async fn direct_message_url(&self, workspace_id: &str, username: &str) -> Result<String> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let base = crate::rocketchat::WorkspaceUrl::parse(&row.url)?;
        Ok(base.join(&format!("direct/{username}")).to_string())
    }

    /// Sends the welcome email again (Pending tab, active row).
    pub async fn send_welcome_email(&self, workspace_id: &str, email: &str) -> Result<()> {
        let (row, creds, client) = self
            .action_parts(workspace_id, "sending the welcome email")
            .await?;
        let sent = client.users_send_welcome_email(&creds, email.trim()).await;
        self.session.noted(&row, sent).await
    }

    /// Invites people by email: every address is checked before anything is sent. The
    /// addresses sent.
    pub async fn invite(&self, workspace_id: &str, text: &str) -> Result<Vec<String>> {
        let addresses = invitation_addresses(text)?;
        let (row, creds, client) = self
            .action_parts(workspace_id, "sending invitations")
            .await?;
        let sent = client.send_invitation_email(&creds, &addresses).await;
        self.session.noted(&row, sent).await?;
        Ok(addresses)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invitations_split_like_rocket_chats_box_and_name_every_bad_address() {
        assert_eq!(
            invitation_addresses("a@x.org, b@y.org;c@z.org\nd@w.org").unwrap(),
            ["a@x.org", "b@y.org", "c@z.org", "d@w.org"]
        );
        let err = invitation_addresses("a@x.org nope b@").unwrap_err();
        assert!(err.to_string().contains("nope, b@"), "{err}");
        assert_eq!(err.field().as_deref(), Some("emails"));
        assert!(invitation_addresses("  ").is_err());
    }
}
