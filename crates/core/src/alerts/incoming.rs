//! What realtime events do on the desktop: a `<uid>/notification` shows a notification and
//! plays a sound as the decision in `super::decision` says; a new room plays its own sound. The
//! notifier and the sound player carry them out; a failure of either is logged, never fatal to
//! the realtime connection.

use serde_json::Value;

use super::decision::{Context, Incoming, decide};
use super::{AlertsApi, percent};
use crate::Result;
use crate::context::lock;
use crate::ports::DesktopNotification;
use crate::store::WorkspaceRow;

impl AlertsApi<'_> {
    /// The user's preferences and Tether's state that decide what a realtime event does.
    async fn notification_context(&self, row: &WorkspaceRow) -> Result<Context> {
        let (prefs, server) = self.preferences.preferences_here_and_there(&row.id).await?;
        // The server already applied its own `desktopNotifications` before sending this; only a
        // local edit it has not received yet changes what should show.
        let pending_desktop = prefs
            .get("desktopNotifications")
            .filter(|mine| Some(*mine) != server.get("desktopNotifications"))
            .and_then(Value::as_str)
            .map(str::to_owned);
        let notifier = self.state.notifier.clone();
        let desktop_quiet = tokio::task::spawn_blocking(move || notifier.desktop_quiet())
            .await
            .unwrap_or(false);
        let text = |key: &str, fallback: &str| {
            prefs
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or(fallback)
                .to_owned()
        };
        let flag = |key: &str| prefs.get(key).and_then(Value::as_bool).unwrap_or(false);
        let busy = self
            .ctx
            .store
            .profile(&row.id)
            .await?
            .and_then(|(p, _)| p.status)
            .is_some_and(|s| s == "busy");
        Ok(Context {
            username: row
                .account
                .as_ref()
                .map(|a| a.username.clone())
                .unwrap_or_default(),
            pending_desktop,
            require_interaction: flag("desktopNotificationRequireInteraction"),
            new_message_sound: text("newMessageNotification", "chime"),
            new_room_sound: text("newRoomNotification", "door"),
            mute_focused: flag("muteFocusedConversations"),
            master_volume: percent(prefs.get("masterVolume")),
            notification_volume: percent(prefs.get("notificationsSoundVolume")),
            busy,
            focused: self.shows(&row.id),
            desktop_quiet,
            do_not_disturb_until: self.ctx.store.do_not_disturb_until().await?,
        })
    }

    /// A `<uid>/subscriptions-changed` event that brings a new room (never read, alerting: the
    /// web client's `notifyNewRoom`) plays the user's `newRoomNotification` sound, once per
    /// room, unless busy, muted or silenced.
    pub(crate) async fn on_subscription_changed(
        &self,
        row: &WorkspaceRow,
        args: &[Value],
    ) -> Result<()> {
        let (Some(action), Some(sub)) = (args.first().and_then(Value::as_str), args.get(1)) else {
            return Ok(());
        };
        let never_read = sub.get("ls").is_none_or(Value::is_null);
        let alert = sub.get("alert") == Some(&Value::Bool(true));
        let Some(rid) = sub.get("rid").and_then(Value::as_str) else {
            return Ok(());
        };
        if action == "removed" || !never_read || !alert {
            return Ok(());
        }
        let first = lock(&self.state.focus)
            .announced_rooms
            .insert((row.id.clone(), rid.to_owned()));
        if !first {
            return Ok(());
        }
        let ctx = self.notification_context(row).await?;
        let Some(sound) = super::decision::new_room_sound(&ctx, self.ctx.clock.now()) else {
            return Ok(());
        };
        let played = match self.sound_clip(Some(&row.id), &sound.id).await {
            Ok(clip) => self.play(clip, sound.volume).await,
            Err(err) => Err(err),
        };
        if let Err(err) = played {
            tracing::warn!(workspace = %row.id, sound = %sound.id, code = ?err.code(), %err, "the new-room sound could not be played");
        }
        Ok(())
    }

    /// A `<uid>/notification` event: decides, then shows the notification and plays the sound.
    /// A failure of either is logged, not fatal to the realtime connection.
    pub(crate) async fn on_notification(&self, row: &WorkspaceRow, arg: &Value) -> Result<()> {
        let Some(event) = Incoming::parse(arg) else {
            tracing::debug!(workspace = %row.id, "a notification event without a room; ignored");
            return Ok(());
        };
        let ctx = self.notification_context(row).await?;
        let decision = decide(&event, &ctx, self.ctx.clock.now());
        tracing::info!(
            workspace = %row.id,
            room = %event.rid,
            show = ?decision.show,
            sound = ?decision.sound.as_ref().map(|s| &s.id),
            why = ?decision.why,
            "notification event"
        );
        if let Some(require_interaction) = decision.show {
            let url = crate::rocketchat::WorkspaceUrl::parse(&row.url)?
                .join(&event.room_path())
                .to_string();
            let notification = DesktopNotification {
                summary: event.title.clone(),
                body: event.text.clone(),
                require_interaction,
                open_url: Some(url),
            };
            if let Err(err) = self.show(notification).await {
                tracing::warn!(workspace = %row.id, code = ?err.code(), %err, "the notification could not be shown");
            }
        }
        if let Some(sound) = decision.sound {
            let played = match self.sound_clip(Some(&row.id), &sound.id).await {
                Ok(clip) => self.play(clip, sound.volume).await,
                Err(err) => Err(err),
            };
            if let Err(err) = played {
                tracing::warn!(workspace = %row.id, sound = %sound.id, code = ?err.code(), %err, "the notification sound could not be played");
            }
        }
        Ok(())
    }
}
