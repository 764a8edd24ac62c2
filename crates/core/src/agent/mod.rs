//! The agent slice: a Chatwoot user's own settings (seed 001, reference chatwoot-api.md B2–B8):
//! profile, password, audio alerts, e-mail and push notifications, the personal access token,
//! availability. Pages read the cache first and then the server; after a write, what the
//! server answered is what is shown and cached (a new e-mail waits for its confirmation).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::alerts::AlertsApi;
use crate::chatwoot::{ChatwootAuth, ChatwootClient, ChatwootUser, ProfileChanges};
use crate::context::Context;
use crate::ports::{ChangeOrigin, CoreEvent};
use crate::session::SessionApi;
use crate::store::WorkspaceRow;
use crate::workspace::{AccountSummary, AgentNotificationFlags, AgentProfile, AgentView};
use crate::{Error, Result, Sensitive};

mod avatar;
mod offline;
mod security;
mod settings;

pub use security::{AgentDevice, AgentSecurity, AgentTwoFactor};
pub use settings::AgentToken;

/// What "Update profile" changes: only the fields the user changed are `Some`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentProfileEdit {
    /// Full name.
    pub name: Option<String>,
    /// Display name (`""` clears it).
    pub display_name: Option<String>,
    /// A new e-mail address.
    pub email: Option<String>,
}

/// What a save did, as the server answered it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentSaved {
    /// The page's data after the save.
    pub view: AgentView,
    /// A new address Chatwoot sent a confirmation link to: the account keeps its address
    /// (`view`) until the link is followed. The window words it in the user's language.
    pub email_unconfirmed: Option<String>,
    /// The server could not be reached: the change is kept on this computer and sent when it
    /// is back (`view.pending` shows it), not saved yet.
    pub kept_for_later: bool,
}

/// The agent slice's operations.
#[derive(Clone, Copy)]
pub struct AgentApi<'a> {
    pub(crate) ctx: &'a Context,
    pub(crate) session: SessionApi<'a>,
    pub(crate) alerts: AlertsApi<'a>,
}

impl AgentApi<'_> {
    /// The pages' data from the cache (instant, also offline).
    pub async fn cached(&self, workspace_id: &str) -> Result<AgentView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        self.session.chatwoot_client(&row)?;
        self.view_of(&row.id, false).await
    }

    /// Reads the profile and the chosen account's notification flags from the server, caches
    /// them, and returns them. Offline, the cached view (with `fresh: false`).
    pub async fn refresh(&self, workspace_id: &str) -> Result<AgentView> {
        let (row, auth, client) = self.session.chatwoot_parts(workspace_id).await?;
        if !self.session.is_offline(&row.id)
            && let Err(err) = self.agent_edits_sync(&row.id).await
        {
            tracing::info!(workspace = %row.id, code = ?err.code(), "offline Chatwoot edits not sent yet");
        }
        let user = match self.session.noted(&row, client.profile(&auth).await).await {
            Ok(user) => user,
            Err(err) if err.is_transient() => return self.view_of(&row.id, false).await,
            Err(err) => return Err(err),
        };
        self.keep_user(&row, &user, ChangeOrigin::Command).await?;
        if let Some(account) = self.account_id(&row, &user).await? {
            let flags = client.notification_flags(&auth, account).await;
            let flags = self.session.noted(&row, flags).await?;
            self.ctx
                .store
                .put_agent_flags(&row.id, &flags_view(account, flags), self.ctx.clock.now())
                .await?;
        }
        self.view_of(&row.id, true).await
    }

    /// "Update profile" (B2): sends only the changed fields; what the server answers is kept.
    pub async fn save_profile(
        &self,
        workspace_id: &str,
        edit: AgentProfileEdit,
    ) -> Result<AgentSaved> {
        let (row, auth, client) = self.session.chatwoot_parts(workspace_id).await?;
        let name = edit.name.map(|n| n.trim().to_owned());
        if name.as_deref() == Some("") {
            return Err(Error::InvalidInput {
                field: "name",
                message: "Enter your full name.".into(),
            });
        }
        let email = edit.email.map(|e| e.trim().to_owned());
        if let Some(email) = &email
            && !looks_like_email(email)
        {
            return Err(Error::InvalidInput {
                field: "email",
                message: "Enter an e-mail address such as name@example.com.".into(),
            });
        }
        if email.is_some() {
            // An address is the server's to confirm: never kept for later.
            self.session
                .require_online(&row, "changing the e-mail address", "email")?;
        }
        let mut values = Vec::new();
        if let Some(name) = name {
            values.push(("name".to_owned(), Value::String(name)));
        }
        if let Some(display) = edit.display_name {
            values.push((
                "display_name".to_owned(),
                Value::String(display.trim().to_owned()),
            ));
        }
        let keys: Vec<String> = values.iter().map(|(k, _)| k.clone()).collect();
        let sent = self.save_through_outbox(&row, values).await?;
        if let Some((_, err)) = sent.refused.into_iter().next() {
            return Err(err);
        }
        let mut email_unconfirmed = None;
        if let Some(email) = email {
            let changes = ProfileChanges {
                email: Some(email.clone()),
                ..ProfileChanges::default()
            };
            let user = client.update_profile(&auth, &changes).await;
            let user = self.session.noted(&row, user).await?;
            self.keep_user(&row, &user, ChangeOrigin::Command).await?;
            // A new address shows only once confirmed on current servers (reconfirmable).
            if !user.email.eq_ignore_ascii_case(&email) {
                email_unconfirmed = Some(email);
            }
        }
        let view = self.view_of(&row.id, true).await?;
        let kept_for_later = view
            .pending
            .iter()
            .any(|p| keys.contains(&p.key) && p.conflict.is_none() && p.refused.is_none());
        Ok(AgentSaved {
            view,
            email_unconfirmed,
            kept_for_later,
        })
    }

    /// Changes the password (B2): the server checks the current one and its policy (B7).
    /// Afterwards the server keeps only its newest session: if that is not Tether's, Tether is
    /// signed out and says why.
    pub async fn change_password(
        &self,
        workspace_id: &str,
        current: Sensitive<String>,
        new: Sensitive<String>,
        confirmation: Sensitive<String>,
    ) -> Result<()> {
        let (row, auth, client) = self
            .parts_online(workspace_id, "changing the password", "password")
            .await?;
        if current.expose().is_empty() {
            return Err(Error::InvalidInput {
                field: "current_password",
                message: "Enter your current password.".into(),
            });
        }
        if new.expose() != confirmation.expose() {
            return Err(Error::InvalidInput {
                field: "password_confirmation",
                message: "The new password and its confirmation differ.".into(),
            });
        }
        let changed = client
            .change_password(&auth, &current, &new, &confirmation)
            .await;
        let user = self.session.noted(&row, changed).await?;
        self.keep_user(&row, &user, ChangeOrigin::Command).await?;
        // `remove_tokens_after_password_reset` (B2): ask whether this session survived.
        if matches!(auth, ChatwootAuth::Session(_))
            && let Err(err) = self.session.noted(&row, client.profile(&auth).await).await
        {
            tracing::info!(code = ?err.code(), "the session ended with the password change");
        }
        Ok(())
    }

    /// The workspace, session and client for a write, refused while the server is away.
    async fn parts_online(
        &self,
        workspace_id: &str,
        action: &'static str,
        field: &'static str,
    ) -> Result<(WorkspaceRow, ChatwootAuth, ChatwootClient)> {
        let parts = self.session.chatwoot_parts(workspace_id).await?;
        self.session.require_online(&parts.0, action, field)?;
        Ok(parts)
    }

    /// Caches what the server said about the user, and the account's names in the switcher.
    async fn keep_user(
        &self,
        row: &WorkspaceRow,
        user: &ChatwootUser,
        origin: ChangeOrigin,
    ) -> Result<()> {
        let profile = AgentProfile::from(user);
        self.ctx
            .store
            .put_agent_profile(&row.id, &profile, self.ctx.clock.now())
            .await?;
        if let Some(account) = &row.account {
            let summary = AccountSummary {
                user_id: account.user_id.clone(),
                username: user.email.clone(),
                display_name: Some(user.available_name.clone()).filter(|n| !n.is_empty()),
                auth: account.auth,
            };
            if &summary != account {
                self.ctx.store.set_account(&row.id, &summary).await?;
                self.ctx.events.emit(CoreEvent::WorkspacesChanged);
            }
        }
        self.ctx.events.emit(CoreEvent::ProfileUpdated {
            workspace_id: row.id.clone(),
            origin,
        });
        Ok(())
    }

    /// The account the pages show: the user's choice while they still belong to it, else
    /// the server's active account, else the first.
    async fn account_id(&self, row: &WorkspaceRow, user: &ChatwootUser) -> Result<Option<u64>> {
        let chosen = self.ctx.store.agent_account(&row.id).await?;
        let belongs = |id: u64| user.accounts.iter().any(|a| a.id == id);
        let account = chosen
            .and_then(|c| c.parse::<u64>().ok())
            .filter(|id| belongs(*id))
            .or(user.account_id.filter(|id| belongs(*id)))
            .or(user.accounts.first().map(|a| a.id));
        if let Some(id) = account {
            self.ctx
                .store
                .set_agent_account(&row.id, &id.to_string())
                .await?;
        }
        Ok(account)
    }

    pub(super) async fn view_of(&self, workspace_id: &str, fresh: bool) -> Result<AgentView> {
        let cached = self.ctx.store.agent_profile(workspace_id).await?;
        let account_id = self.ctx.store.agent_account(workspace_id).await?;
        let flags = match &account_id {
            Some(id) => self.ctx.store.agent_flags(workspace_id, id).await?,
            None => None,
        };
        let (profile, fetched_at) = match cached {
            Some((profile, at)) => (Some(profile), Some(at)),
            None => (None, None),
        };
        let mut view = AgentView {
            profile,
            account_id,
            flags,
            pending: Vec::new(),
            volume: self.ctx.store.agent_volume(workspace_id).await?,
            fetched_at,
            fresh,
        };
        let waiting = self
            .ctx
            .store
            .edits(crate::store::OutboxSlice::Agent)
            .list(workspace_id)
            .await?;
        offline::apply_pending(&mut view, &waiting);
        Ok(view)
    }
}

/// The UI's form of one account's flags.
fn flags_view(account: u64, flags: crate::chatwoot::NotificationFlags) -> AgentNotificationFlags {
    AgentNotificationFlags {
        account_id: account.to_string(),
        all_email: flags.all_email_flags,
        email: flags.selected_email_flags,
        all_push: flags.all_push_flags,
        push: flags.selected_push_flags,
    }
}

/// A light check before sending: the server is the judge of addresses (its 422 lands on the
/// field), this only catches what cannot be one.
fn looks_like_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty() && domain.contains('.') && !value.contains(char::is_whitespace)
}
