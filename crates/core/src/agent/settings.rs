//! The agent's notification settings, availability and personal access token (reference
//! chatwoot-api.md B2, B4, B5, B8).

use serde::{Deserialize, Serialize};

use super::AgentApi;
use crate::chatwoot::{Availability, ChatwootAuth};
use crate::ports::ChangeOrigin;
use crate::store::WorkspaceRow;
use crate::workspace::{AgentAudio, AgentView};
use crate::{Error, Result, Sensitive};

/// The personal access token, shown only when the user asks (reveal or copy).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentToken {
    /// The token as the server has it now.
    pub token: String,
}

impl AgentApi<'_> {
    /// Saves the audio alerts (B4). Sent as the server's whole `ui_settings` re-read just
    /// before, with only Tether's keys changed: a key another device set meanwhile is kept.
    /// Offline, kept in the outbox and sent when the server is back.
    pub async fn save_audio(&self, workspace_id: &str, audio: AgentAudio) -> Result<AgentView> {
        let row = self.chatwoot_row(workspace_id).await?;
        if !crate::chatwoot::audio::TONES.contains(&audio.tone.as_str()) {
            return Err(Error::InvalidInput {
                field: "tone",
                message: format!(
                    "Choose one of Chatwoot's tones: {}.",
                    crate::chatwoot::audio::TONES.join(", ")
                ),
            });
        }
        let value = serde_json::to_value(&audio)?;
        self.save_one(&row, "audio".into(), value).await
    }

    /// Saves the shown account's e-mail and push flags (B5): both lists every time, and only
    /// names the server offers. Offline, kept in the outbox.
    pub async fn save_flags(
        &self,
        workspace_id: &str,
        email: Vec<String>,
        push: Vec<String>,
    ) -> Result<AgentView> {
        let row = self.chatwoot_row(workspace_id).await?;
        let account = self.shown_account(&row.id).await?;
        let offered = self
            .ctx
            .store
            .agent_flags(&row.id, &account.to_string())
            .await?;
        if let Some(offered) = offered {
            let unknown = email
                .iter()
                .filter(|f| !offered.all_email.contains(f))
                .chain(push.iter().filter(|f| !offered.all_push.contains(f)))
                .next();
            if let Some(flag) = unknown {
                return Err(Error::InvalidInput {
                    field: "flags",
                    message: format!("This Chatwoot does not offer the notification “{flag}”."),
                });
            }
        }
        let value = super::offline::flags_value(&email, &push);
        self.save_one(&row, format!("flags:{account}"), value).await
    }

    /// Sets the availability in the shown account (B8). Offline, kept in the outbox.
    pub async fn set_availability(&self, workspace_id: &str, value: &str) -> Result<AgentView> {
        let availability = match value {
            "online" => Availability::Online,
            "busy" => Availability::Busy,
            "offline" => Availability::Offline,
            _ => {
                return Err(Error::InvalidInput {
                    field: "availability",
                    message: "Choose online, busy or offline.".into(),
                });
            }
        };
        let row = self.chatwoot_row(workspace_id).await?;
        let account = self.shown_account(&row.id).await?;
        let value = serde_json::Value::String(availability.as_str().to_owned());
        self.save_one(&row, format!("availability:{account}"), value)
            .await
    }

    /// Sets "go offline automatically" in the shown account (B8). Offline, kept in the outbox.
    pub async fn set_auto_offline(&self, workspace_id: &str, on: bool) -> Result<AgentView> {
        let row = self.chatwoot_row(workspace_id).await?;
        let account = self.shown_account(&row.id).await?;
        let value = serde_json::Value::Bool(on);
        self.save_one(&row, format!("auto_offline:{account}"), value)
            .await
    }

    /// A Chatwoot workspace the user is signed in to.
    async fn chatwoot_row(&self, workspace_id: &str) -> Result<WorkspaceRow> {
        Ok(self.session.chatwoot_parts(workspace_id).await?.0)
    }

    /// Saves one setting through the outbox: sent now when the server can be reached, else
    /// kept; the server's refusal comes back as the error.
    async fn save_one(
        &self,
        row: &WorkspaceRow,
        key: String,
        value: serde_json::Value,
    ) -> Result<AgentView> {
        let sent = self.save_through_outbox(row, vec![(key, value)]).await?;
        if let Some((_, err)) = sent.refused.into_iter().next() {
            return Err(err);
        }
        self.view_of(&row.id, !self.session.is_offline(&row.id))
            .await
    }

    /// Shows another of the user's accounts (remembered), and reads its settings.
    pub async fn choose_account(&self, workspace_id: &str, account_id: &str) -> Result<AgentView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let belongs = self
            .ctx
            .store
            .agent_profile(&row.id)
            .await?
            .is_some_and(|(p, _)| p.accounts.iter().any(|a| a.id == account_id));
        if !belongs {
            return Err(Error::InvalidInput {
                field: "account",
                message: "You are not a member of that account on this Chatwoot.".into(),
            });
        }
        self.ctx
            .store
            .set_agent_account(&row.id, account_id)
            .await?;
        self.refresh(&row.id).await
    }

    /// The personal access token, read from the server when the user asks to see or copy it.
    pub async fn token(&self, workspace_id: &str) -> Result<AgentToken> {
        let (row, auth, client) = self
            .parts_online(workspace_id, "showing the access token", "token")
            .await?;
        let user = self
            .session
            .noted(&row, client.profile(&auth).await)
            .await?;
        Ok(AgentToken {
            token: user.access_token.expose().clone(),
        })
    }

    /// Resets the personal access token (B2): the old one stops working at once. When it was
    /// this session's own secret, Tether switches to the new one before anything else.
    pub async fn reset_token(&self, workspace_id: &str) -> Result<AgentToken> {
        let (row, auth, client) = self
            .parts_online(workspace_id, "resetting the access token", "token")
            .await?;
        let user = client.reset_access_token(&auth).await;
        let user = self.session.noted(&row, user).await?;
        if matches!(auth, ChatwootAuth::Token(_)) {
            self.session
                .replace_chatwoot_token(&row, Sensitive::new(user.access_token.expose().clone()))
                .await?;
        }
        self.keep_user(&row, &user, ChangeOrigin::Command).await?;
        Ok(AgentToken {
            token: user.access_token.expose().clone(),
        })
    }

    /// Sets the alert tone's volume (Tether's own, kept here; also offline).
    pub async fn set_volume(&self, workspace_id: &str, volume: u8) -> Result<AgentView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        self.session.chatwoot_client(&row)?;
        if volume > 100 {
            return Err(Error::InvalidInput {
                field: "volume",
                message: format!("The volume is 0 to 100, not {volume}."),
            });
        }
        self.ctx.store.set_agent_volume(&row.id, volume).await?;
        self.view_of(&row.id, false).await
    }

    /// Plays a Chatwoot tone as a preview, at `volume` (0–100) or the workspace's own.
    pub async fn preview_tone(
        &self,
        workspace_id: &str,
        tone: &str,
        volume: Option<u8>,
    ) -> Result<()> {
        let Some(clip) = crate::alerts::sounds::chatwoot_tone(tone) else {
            return Err(Error::InvalidInput {
                field: "tone",
                message: format!(
                    "Choose one of Chatwoot's tones: {}.",
                    crate::chatwoot::audio::TONES.join(", ")
                ),
            });
        };
        let volume = match volume {
            Some(v) => v.min(100),
            None => self.ctx.store.agent_volume(workspace_id).await?,
        };
        self.alerts.play(clip, f32::from(volume) / 100.0).await
    }

    /// The account the pages show, as a number for the server.
    async fn shown_account(&self, workspace_id: &str) -> Result<u64> {
        self.ctx
            .store
            .agent_account(workspace_id)
            .await?
            .and_then(|id| id.parse().ok())
            .ok_or_else(|| Error::InvalidInput {
                field: "account",
                message:
                    "Open the profile once while connected, so Tether knows your Chatwoot account."
                        .into(),
            })
    }
}
