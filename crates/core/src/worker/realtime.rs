//! Rocket.Chat's realtime API (DDP over a websocket), for the worker: one connection per
//! online workspace, subscribed to the user's `stream-notify-user` events, whose
//! `notification`, `subscriptions-changed` and `userData` events go to the alerts, unread and
//! preferences slices. Chatwoot's ActionCable connection is `chatwoot.rs`, beside this one.

use super::{Worker, gone_offline};
use crate::rocketchat::Credentials;
use crate::rocketchat::realtime::Realtime;
use crate::store::WorkspaceRow;

impl Worker<'_> {
    /// One realtime session: connects, subscribes to `<uid>/userData`, `<uid>/notification`
    /// and `<uid>/subscriptions-changed`, loads the subscriptions (after subscribing, so no
    /// change falls between), reads the custom sounds, and handles events until the connection
    /// fails or the workspace is no longer online (`Ok`).
    pub(super) async fn realtime_session(
        &self,
        row: &WorkspaceRow,
        creds: &Credentials,
    ) -> crate::Result<()> {
        let base = crate::rocketchat::WorkspaceUrl::parse(&row.url)?;
        let mut realtime = Realtime::connect(&self.ctx.http(), &base, creds).await?;
        realtime.subscribe("userData").await?;
        realtime.subscribe("notification").await?;
        realtime.subscribe("subscriptions-changed").await?;
        tracing::info!(workspace = %row.id, "realtime connected");
        self.unread
            .unread_load(row, &self.session.client(row)?)
            .await?;
        self.unread.set_realtime_live(&row.id, true);
        // The workspace's custom sounds, once per connection, beside the events.
        let sounds = async {
            if let Err(err) = self.alerts.custom_sounds_refresh(&row.id).await {
                tracing::info!(workspace = %row.id, code = ?err.code(), %err, "custom sounds not read");
            }
        };
        let events = self.realtime_events(row, &mut realtime);
        let ((), outcome) = tokio::join!(sounds, events);
        outcome
    }

    async fn realtime_events(
        &self,
        row: &WorkspaceRow,
        realtime: &mut Realtime,
    ) -> crate::Result<()> {
        let mut online = self.session.watch_online();
        loop {
            // Ends when the workspace goes offline (or is signed out); a read cut short then is
            // harmless, the connection is dropped with it.
            let event = tokio::select! {
                biased;
                () = gone_offline(&mut online, &row.id) => return Ok(()),
                event = realtime.next_event(None) => event?,
            };
            tracing::trace!(workspace = %row.id, "realtime connection woke");
            let Some(event) = event else {
                continue;
            };
            match event.name.as_str() {
                "userData" => {
                    for arg in &event.args {
                        self.preferences.apply_user_data(&row.id, arg).await?;
                    }
                }
                "notification" => {
                    if let Some(arg) = event.args.first() {
                        self.alerts.on_notification(row, arg).await?;
                    }
                }
                "subscriptions-changed" => {
                    self.alerts
                        .on_subscription_changed(row, &event.args)
                        .await?;
                    self.unread.unread_apply(&row.id, &event.args);
                }
                _ => {}
            }
        }
    }
}
