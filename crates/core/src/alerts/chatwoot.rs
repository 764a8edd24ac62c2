//! What a Chatwoot `message.created` event does on the desktop (reference chatwoot-api.md B4,
//! B10): when the user's audio alerts cover the conversation (the dashboard's rule, in
//! `chatwoot::audio::message_sounds`), Tether shows a desktop notification and plays the
//! user's tone at the workspace's volume. Tether's do-not-disturb and the desktop's own keep
//! both quiet, as for Rocket.Chat.

use serde_json::Value;

use super::AlertsApi;
use crate::Result;
use crate::chatwoot::audio::{AudioSettings, message_sounds};
use crate::context::lock;
use crate::ports::DesktopNotification;
use crate::store::WorkspaceRow;

/// Who the user is in the account the realtime connection listens to.
pub(crate) struct ChatwootListener {
    /// The user's id.
    pub(crate) me: u64,
    /// The account.
    pub(crate) account: u64,
    /// What the user may do there (B3 `accounts[].permissions`, else the role).
    pub(crate) permissions: Vec<String>,
}

impl AlertsApi<'_> {
    /// A `message.created` event: decides with the user's current audio settings (read from
    /// the cache, so a change made a moment ago counts), then notifies and sounds.
    pub(crate) async fn on_chatwoot_message(
        &self,
        row: &WorkspaceRow,
        listener: &ChatwootListener,
        data: &Value,
    ) -> Result<()> {
        let Some((profile, _)) = self.ctx.store.agent_profile(&row.id).await? else {
            return Ok(());
        };
        let audio = AudioSettings::from(&profile.audio);
        // Step 7 of the rule: "the window is visible" is Tether's window having the focus.
        let window_active = lock(&self.state.focus).window;
        let covered = message_sounds(
            data,
            listener.me,
            &listener.permissions,
            &audio,
            window_active,
        );
        tracing::info!(workspace = %row.id, covered, "chatwoot message event");
        if !covered {
            return Ok(());
        }
        let now = self.ctx.clock.now();
        if self
            .ctx
            .store
            .do_not_disturb_until()
            .await?
            .is_some_and(|until| until > now)
        {
            return Ok(());
        }
        let unnamed = self.ctx.words().get("notify-unnamed-contact");
        let sender = data["sender"]["name"].as_str().unwrap_or(&unnamed);
        let content = data["content"].as_str().unwrap_or_default();
        let conversation = data["conversation_id"]
            .as_u64()
            .or_else(|| data["conversation"]["id"].as_u64());
        let open_url = conversation.and_then(|id| {
            crate::rocketchat::WorkspaceUrl::parse(&row.url)
                .ok()
                .map(|base| {
                    base.join(&format!(
                        "app/accounts/{}/conversations/{id}",
                        listener.account
                    ))
                    .to_string()
                })
        });
        let notification = DesktopNotification {
            summary: format!("{sender} · {}", row.name),
            body: shorten(content, 200),
            require_interaction: false,
            open_url,
        };
        if let Err(err) = self.show(notification).await {
            tracing::warn!(workspace = %row.id, code = ?err.code(), %err, "the notification could not be shown");
        }
        self.chatwoot_tone(row, &audio).await
    }
}

impl AlertsApi<'_> {
    /// The recurring alert (B4): while a conversation assigned to the user has unread messages,
    /// the tone again, when the user turned "alert every 30 s" on and alerts are not "none",
    /// under the same window rule, do-not-disturb and desktop quiet as a message's tone.
    pub(crate) async fn on_chatwoot_reminder(&self, row: &WorkspaceRow) -> Result<()> {
        let Some((profile, _)) = self.ctx.store.agent_profile(&row.id).await? else {
            return Ok(());
        };
        let audio = AudioSettings::from(&profile.audio);
        let window_active = lock(&self.state.focus).window;
        if !audio.repeat_while_unread
            || audio.scope.is_none()
            || (window_active && !audio.always_play)
        {
            return Ok(());
        }
        self.chatwoot_tone(row, &audio).await
    }

    /// Plays the user's tone at the workspace's volume, unless Tether's or the desktop's
    /// do-not-disturb is on.
    async fn chatwoot_tone(&self, row: &WorkspaceRow, audio: &AudioSettings) -> Result<()> {
        let now = self.ctx.clock.now();
        if self
            .ctx
            .store
            .do_not_disturb_until()
            .await?
            .is_some_and(|until| until > now)
        {
            return Ok(());
        }
        let notifier = self.state.notifier.clone();
        let desktop_quiet = tokio::task::spawn_blocking(move || notifier.desktop_quiet())
            .await
            .unwrap_or(false);
        if desktop_quiet {
            return Ok(());
        }
        if let Some(clip) = super::sounds::chatwoot_tone(&audio.tone) {
            let volume = f32::from(self.ctx.store.agent_volume(&row.id).await?) / 100.0;
            if let Err(err) = self.play(clip, volume).await {
                tracing::warn!(workspace = %row.id, code = ?err.code(), %err, "the alert tone could not be played");
            }
        }
        Ok(())
    }
}

/// At most `limit` characters, with an ellipsis when cut.
fn shorten(text: &str, limit: usize) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(limit).collect();
    if chars.next().is_some() {
        format!("{short}…")
    } else {
        short
    }
}
