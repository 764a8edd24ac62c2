//! The agent's notification settings, availability and personal access token (reference
//! chatwoot-api.md B2, B4, B5, B8).

use serde::{Deserialize, Serialize};

use super::{AgentApi, flags_view};
use crate::chatwoot::audio::AudioSettings;
use crate::chatwoot::{Availability, ChatwootAuth, ProfileChanges};
use crate::ports::ChangeOrigin;
use crate::workspace::{AgentAudio, AgentView};
use crate::{Error, Result, Sensitive};

/// The personal access token, shown only when the user asks (reveal or copy).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentToken {
    /// The token as the server has it now.
    pub token: String,
}

impl AgentApi<'_> {
    /// Saves the audio alerts (B4): re-reads the profile, changes only Tether's keys in
    /// `ui_settings` and sends the whole object, which the server stores in place of the old
    /// one: a key another device set meanwhile is kept.
    pub async fn save_audio(&self, workspace_id: &str, audio: AgentAudio) -> Result<AgentView> {
        let (row, auth, client) = self
            .parts_online(workspace_id, "saving the audio alerts", "audio")
            .await?;
        if !crate::chatwoot::audio::TONES.contains(&audio.tone.as_str()) {
            return Err(Error::InvalidInput {
                field: "tone",
                message: format!(
                    "Choose one of Chatwoot's tones: {}.",
                    crate::chatwoot::audio::TONES.join(", ")
                ),
            });
        }
        let current = self
            .session
            .noted(&row, client.profile(&auth).await)
            .await?;
        let mut ui = current.ui_settings.clone();
        AudioSettings::from(&audio).merge_into(&mut ui);
        let changes = ProfileChanges {
            ui_settings: Some(ui),
            ..ProfileChanges::default()
        };
        let user = client.update_profile(&auth, &changes).await;
        let user = self.session.noted(&row, user).await?;
        self.keep_user(&row, &user, ChangeOrigin::Command).await?;
        self.view_of(&row.id, true).await
    }

    /// Saves the shown account's e-mail and push flags (B5): both lists every time, and only
    /// names the server offers.
    pub async fn save_flags(
        &self,
        workspace_id: &str,
        email: Vec<String>,
        push: Vec<String>,
    ) -> Result<AgentView> {
        let (row, auth, client) = self
            .parts_online(workspace_id, "saving the notification settings", "flags")
            .await?;
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
        let saved = client
            .save_notification_flags(&auth, account, &email, &push)
            .await;
        let saved = self.session.noted(&row, saved).await?;
        self.ctx
            .store
            .put_agent_flags(&row.id, &flags_view(account, saved), self.ctx.clock.now())
            .await?;
        self.view_of(&row.id, true).await
    }

    /// Sets the availability in the shown account (B8).
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
        let (row, auth, client) = self
            .parts_online(workspace_id, "changing the availability", "availability")
            .await?;
        let account = self.shown_account(&row.id).await?;
        let user = client.set_availability(&auth, account, availability).await;
        let user = self.session.noted(&row, user).await?;
        self.keep_user(&row, &user, ChangeOrigin::Command).await?;
        self.view_of(&row.id, true).await
    }

    /// Sets "go offline automatically" in the shown account (B8).
    pub async fn set_auto_offline(&self, workspace_id: &str, on: bool) -> Result<AgentView> {
        let (row, auth, client) = self
            .parts_online(workspace_id, "changing the availability", "auto_offline")
            .await?;
        let account = self.shown_account(&row.id).await?;
        let user = client.set_auto_offline(&auth, account, on).await;
        let user = self.session.noted(&row, user).await?;
        self.keep_user(&row, &user, ChangeOrigin::Command).await?;
        self.view_of(&row.id, true).await
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
