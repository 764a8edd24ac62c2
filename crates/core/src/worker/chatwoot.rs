//! Chatwoot's realtime connection, for the worker (reference chatwoot-api.md B9, B10): one
//! ActionCable `RoomChannel` per online Chatwoot workspace, for the account the user works in.
//! A new message alerts as the user's audio settings say; conversation events recount what the
//! tray shows (the unread messages of the open conversations the user's alerts cover). Counts
//! are read when the connection starts and after events, never on a timer.

use std::time::Duration;

use tokio::time::Instant;

use super::{Worker, gone_offline};
use crate::alerts::ChatwootListener;
use crate::chatwoot::{Cable, ChatwootAuth, ChatwootClient};
use crate::store::WorkspaceRow;
use crate::workspace::Unread;

/// Events that close together (a message brings `message.created` and `conversation.updated`)
/// cost one recount; short enough that the tray follows within its 200 ms budget.
const RECOUNT_AFTER: Duration = Duration::from_millis(100);
/// The dashboard's recurring alert: every 30 s while a conversation assigned to the user has
/// unread messages (reference B4, `AudioNotificationStore.js`), when the user asked for it.
const REMIND_EVERY: Duration = Duration::from_secs(30);

/// The events after which the counts may differ (B9: "recount on …").
const RECOUNT_ON: &[&str] = &[
    "message.created",
    "conversation.created",
    "conversation.read",
    "conversation.updated",
    "conversation.status_changed",
    "assignee.changed",
    "conversation.unread_count_changed",
];

impl Worker<'_> {
    /// One Chatwoot realtime session: reads the profile (the realtime token may have changed),
    /// subscribes, counts, then handles events until the connection fails or the workspace is
    /// no longer online (`Ok`).
    pub(super) async fn chatwoot_session(&self, row: &WorkspaceRow) -> crate::Result<()> {
        let (row, auth, client) = self.session.chatwoot_parts(&row.id).await?;
        let user = self
            .session
            .noted(&row, client.profile(&auth).await)
            .await?;
        let chosen = self
            .ctx
            .store
            .agent_account(&row.id)
            .await?
            .and_then(|id| id.parse::<u64>().ok());
        let Some(account) = chosen
            .or(user.account_id)
            .and_then(|id| user.accounts.iter().find(|a| a.id == id))
            .or(user.accounts.first())
        else {
            tracing::info!(workspace = %row.id, "the Chatwoot user belongs to no account: no realtime");
            return Ok(());
        };
        let listener = ChatwootListener {
            me: user.id,
            account: account.id,
            permissions: if account.permissions.is_empty() {
                vec![account.role.clone()]
            } else {
                account.permissions.clone()
            },
        };
        let base = crate::rocketchat::WorkspaceUrl::parse(&row.url)?;
        let mut cable = Cable::connect(
            &self.ctx.http(),
            &base,
            &user.pubsub_token,
            user.id,
            account.id,
        )
        .await?;
        tracing::info!(workspace = %row.id, "chatwoot realtime connected");
        self.unread.set_realtime_live(&row.id, true);
        let mut mine_waiting = self
            .chatwoot_recount(&row, &client, &auth, &listener)
            .await?;
        // The reminder's clock runs only while one of the user's conversations waits.
        let mut remind_at = mine_waiting.then(|| Instant::now() + REMIND_EVERY);
        let mut stale = false;
        let mut online = self.session.watch_online();
        loop {
            if !online.borrow().contains(&row.id) {
                return Ok(());
            }
            if remind_at.is_some_and(|at| at <= Instant::now()) {
                self.alerts.on_chatwoot_reminder(&row).await?;
                remind_at = Some(Instant::now() + REMIND_EVERY);
            }
            // Woken by the server, a recount or reminder that is due, or the workspace going
            // offline; nothing else.
            let mut wait = stale.then_some(RECOUNT_AFTER);
            if let Some(at) = remind_at {
                let until_reminder = at.saturating_duration_since(Instant::now());
                wait = Some(wait.map_or(until_reminder, |w| w.min(until_reminder)));
            }
            let event = tokio::select! {
                biased;
                () = gone_offline(&mut online, &row.id) => return Ok(()),
                event = cable.next_event(wait) => event?,
            };
            tracing::trace!(workspace = %row.id, "chatwoot connection woke");
            let Some(event) = event else {
                if stale {
                    stale = false;
                    mine_waiting = self
                        .chatwoot_recount(&row, &client, &auth, &listener)
                        .await?;
                    remind_at = match (mine_waiting, remind_at) {
                        (false, _) => None,
                        (true, Some(at)) => Some(at),
                        (true, None) => Some(Instant::now() + REMIND_EVERY),
                    };
                }
                continue;
            };
            if event.name == "message.created" {
                self.alerts
                    .on_chatwoot_message(&row, &listener, &event.data)
                    .await?;
            }
            stale |= RECOUNT_ON.contains(&event.name.as_str());
        }
    }

    /// What the tray shows for a Chatwoot workspace: the unread messages of the open
    /// conversations the user's alerts cover (all of them for "all conversations", else those
    /// assigned to the user). Whether one assigned to the user has unread messages.
    async fn chatwoot_recount(
        &self,
        row: &WorkspaceRow,
        client: &ChatwootClient,
        auth: &ChatwootAuth,
        listener: &ChatwootListener,
    ) -> crate::Result<bool> {
        let all = self
            .ctx
            .store
            .agent_profile(&row.id)
            .await?
            .is_some_and(|(p, _)| p.audio.all);
        let listed = client
            .open_conversations(auth, listener.account, if all { "all" } else { "me" })
            .await;
        let listed = self.session.noted(row, listed).await?;
        // The unread messages of those conversations (B9: the dashboard's "unread in my
        // conversations"), never "mentions": the tray sums them with Rocket.Chat's unread.
        let waiting: u64 = listed.iter().map(|c| c.unread_count).sum();
        let unread = Unread {
            unread: u32::try_from(waiting).unwrap_or(u32::MAX),
            mentions: 0,
            dot: false,
        };
        self.unread.set_chatwoot_unread(&row.id, unread);
        Ok(listed
            .iter()
            .any(|c| c.assignee_id == Some(listener.me) && c.unread_count > 0))
    }
}
