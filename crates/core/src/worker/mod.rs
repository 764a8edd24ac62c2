//! The background worker: sends outboxes when their workspace is reachable, waits out the
//! server's rate limit instead of running into it, and tries unreachable workspaces again with
//! a growing pause. It sleeps until woken or until something is due: no polling loop.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use tokio::time::Instant;

use crate::ErrorCode;
use crate::alerts::AlertsApi;
use crate::context::Context;
use crate::error::ErrorDetails;
use crate::ports::CoreEvent;
use crate::preferences::PreferencesApi;
use crate::profile::ProfileApi;
use crate::session::SessionApi;
use crate::store::OutboxSlice;
use crate::unread::UnreadApi;
use crate::workspace::{Connection, ServerKind};
use crate::workspaces::WorkspacesApi;

mod chatwoot;
mod realtime;

/// Edits made within this pause of each other travel in one request.
const COALESCE: Duration = Duration::from_millis(300);
/// The first pause before trying an unreachable workspace again; it doubles up to the maximum.
const FIRST_RETRY: Duration = Duration::from_secs(2);
const MAX_RETRY: Duration = Duration::from_secs(60);

/// Sleeps until `at`, or forever without one.
async fn sleep_until_some(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

/// Waits until `workspace_id` is no longer among the online workspaces (at once when it is
/// not); a connection's loop races its reads against it. A closed channel (the session slice
/// is gone, the process is ending) ends the wait too.
async fn gone_offline(
    online: &mut tokio::sync::watch::Receiver<crate::session::OnlineSet>,
    workspace_id: &str,
) {
    let _closed_or_offline = online.wait_for(|set| !set.contains(workspace_id)).await;
}

/// The background work over the slices.
#[derive(Clone, Copy)]
pub struct Worker<'a> {
    pub(crate) ctx: &'a Context,
    pub(crate) session: SessionApi<'a>,
    pub(crate) preferences: PreferencesApi<'a>,
    pub(crate) profile: ProfileApi<'a>,
    pub(crate) unread: UnreadApi<'a>,
    pub(crate) alerts: AlertsApi<'a>,
    pub(crate) workspaces: WorkspacesApi<'a>,
    pub(crate) agent: crate::agent::AgentApi<'a>,
}

impl Worker<'_> {
    /// Runs the background work until the process ends: the outbox worker, one realtime
    /// connection per signed-in, reachable workspace, the tray's summary (recomputed when
    /// something it shows changed) and the end of Tether's do-not-disturb. The shell starts it
    /// once.
    pub async fn run(&self) {
        tokio::join!(
            self.run_outbox(),
            self.run_realtime(),
            self.unread.run_unread(),
            self.run_quiet_end()
        );
    }

    /// Announces the end of Tether's do-not-disturb when it comes, so the tray's "muted until
    /// …" and the sidebar's switch end by themselves; sleeps until then, or until it changes.
    async fn run_quiet_end(&self) {
        loop {
            let now = self.ctx.clock.now();
            let until = self
                .ctx
                .store
                .do_not_disturb_until()
                .await
                .ok()
                .flatten()
                .filter(|until| *until > now);
            let wait = until.map(|until| (until - now).to_std().unwrap_or_default());
            match wait {
                Some(wait) => {
                    tokio::select! {
                        () = self.alerts.quiet_changed().notified() => {}
                        () = tokio::time::sleep(wait) => {
                            self.ctx.events.emit(CoreEvent::DoNotDisturbChanged);
                        }
                    }
                }
                None => self.alerts.quiet_changed().notified().await,
            }
        }
    }

    /// Keeps one realtime connection per online workspace, reconnecting with a growing pause.
    /// It sleeps until a connection ends, the online workspaces change (the session slice
    /// announces it) or a reconnect is due: no timer of its own while nothing happens.
    async fn run_realtime(&self) {
        let mut running: HashSet<String> = HashSet::new();
        let mut retry_at: HashMap<String, (Instant, Duration)> = HashMap::new();
        let mut sessions = futures_util::stream::FuturesUnordered::new();
        let mut online = self.session.watch_online();
        loop {
            // Each pass is a wake-up: traced, so that a test can see an idle worker sleep.
            tracing::trace!("realtime supervisor woke");
            // Online workspaces without a connection, from memory; the cache is read only
            // when there is one to connect. Reading marks this change seen; a later one wakes
            // the select below.
            let online_now = online.borrow_and_update().clone();
            let now = Instant::now();
            let to_start: Vec<String> = online_now
                .iter()
                .filter(|id| {
                    !running.contains(*id) && retry_at.get(*id).is_none_or(|(at, _)| *at <= now)
                })
                .cloned()
                .collect();
            // The next reconnect of an online workspace, if one waits.
            let next_retry = retry_at
                .iter()
                .filter(|(id, (at, _))| *at > now && online_now.contains(*id))
                .map(|(_, (at, _))| *at)
                .min();
            for id in to_start {
                let Ok(row) = self.ctx.store.workspace(&id).await else {
                    continue;
                };
                let creds = match row.kind {
                    ServerKind::RocketChat => match self.session.credentials(&row) {
                        Ok(creds) => Some(creds),
                        Err(_) => continue,
                    },
                    ServerKind::Chatwoot => None,
                };
                running.insert(id);
                sessions.push(async move {
                    let outcome = match &creds {
                        Some(creds) => self.realtime_session(&row, creds).await,
                        None => self.chatwoot_session(&row).await,
                    };
                    (row, creds, outcome)
                });
            }
            tokio::select! {
                Some((row, used, outcome)) = futures_util::StreamExt::next(&mut sessions) => {
                    let id = row.id.clone();
                    running.remove(&id);
                    self.unread.set_realtime_live(&id, false);
                    let pause = retry_at.get(&id).map_or(FIRST_RETRY, |(_, p)| (*p * 2).min(MAX_RETRY));
                    match outcome {
                        Ok(()) => {
                            retry_at.remove(&id);
                        }
                        Err(err) => {
                            tracing::info!(workspace = %id, code = ?err.code(), ?pause, "realtime connection ended");
                            // The server refused the token: signed out, as over REST, unless
                            // the session has moved on (signed out, or in again with a new
                            // token) while this connection was ending.
                            let current = match &used {
                                Some(used) => self.session.holds_token(&id, used),
                                None => self.session.held(&row).is_some(),
                            };
                            if err.code() == ErrorCode::SessionExpired && current {
                                self.session.apply_failure(&id, &err).await;
                                self.ctx.events.emit(CoreEvent::WorkspacesChanged);
                            }
                            retry_at.insert(id, (Instant::now() + pause, pause));
                        }
                    }
                }
                changed = online.changed() => {
                    if changed.is_err() {
                        // The session slice is gone: the process is ending.
                        return;
                    }
                }
                () = sleep_until_some(next_retry) => {}
            }
        }
    }

    /// Sends outboxes and retries unreachable workspaces until the process ends.
    async fn run_outbox(&self) {
        // When to look at a workspace again, and its current reconnect pause.
        let mut due: HashMap<String, Instant> = HashMap::new();
        let mut pause: HashMap<String, Duration> = HashMap::new();
        loop {
            let next = due
                .values()
                .min()
                .copied()
                .unwrap_or_else(|| Instant::now() + Duration::from_secs(3600));
            tokio::select! {
                () = self.ctx.woken() => {}
                () = tokio::time::sleep_until(next) => {}
            }
            tokio::time::sleep(COALESCE).await;
            let Ok(rows) = self.ctx.store.workspaces().await else {
                continue;
            };
            for row in rows.iter().filter(|r| r.account.is_some()) {
                let now = Instant::now();
                if due.get(&row.id).is_some_and(|at| *at > now) {
                    continue;
                }
                let connection = self.session.connection_of(&row.id);
                match connection {
                    Some(Connection::Online) => {
                        due.remove(&row.id);
                        let read = self.preferences.take_read(&row.id);
                        let prefs = self
                            .ctx
                            .store
                            .edits(OutboxSlice::Preferences)
                            .has_to_send(&row.id)
                            .await
                            .unwrap_or(false);
                        // Offline profile edits that met a transient failure wait here too.
                        let profile = self
                            .ctx
                            .store
                            .edits(OutboxSlice::Profile)
                            .has_to_send(&row.id)
                            .await
                            .unwrap_or(false);
                        let agent = self
                            .ctx
                            .store
                            .edits(OutboxSlice::Agent)
                            .has_to_send(&row.id)
                            .await
                            .unwrap_or(false);
                        if !read && !prefs && !profile && !agent {
                            continue;
                        }
                        let outcome = async {
                            if agent {
                                self.agent.agent_edits_sync(&row.id).await?;
                            }
                            if profile {
                                self.profile.profile_edits_sync(&row.id).await?;
                            }
                            if read || prefs {
                                self.preferences.sync(&row.id).await?;
                            }
                            Ok(())
                        };
                        let outcome: crate::Result<()> = outcome.await;
                        let Err(err) = outcome else {
                            pause.remove(&row.id);
                            continue;
                        };
                        if read {
                            self.preferences.keep_read(&row.id);
                        }
                        // A server that keeps failing (5xx, a proxy's page) is asked
                        // again after a growing pause, as an unreachable one is.
                        let growing = pause
                            .get(&row.id)
                            .map_or(FIRST_RETRY, |p| (*p * 2).min(MAX_RETRY));
                        pause.insert(row.id.clone(), growing);
                        let wait = match err.code() {
                            ErrorCode::RateLimited => match err.details() {
                                Some(ErrorDetails::Server {
                                    retry_after_seconds: Some(seconds),
                                    ..
                                }) => Duration::from_secs(u64::from(seconds)),
                                _ => MAX_RETRY,
                            },
                            _ => growing,
                        };
                        tracing::info!(workspace = %row.id, code = ?err.code(), ?wait, "preferences not sent yet; trying again later");
                        due.insert(row.id.clone(), now + wait);
                    }
                    Some(Connection::Offline { .. }) => {
                        if due.remove(&row.id).is_none() {
                            // Just went offline: first try after a short pause.
                            due.insert(row.id.clone(), now + FIRST_RETRY);
                            continue;
                        }
                        self.workspaces.restore(row).await;
                        self.ctx.events.emit(CoreEvent::WorkspacesChanged);
                        if self.session.is_online(&row.id) {
                            pause.remove(&row.id);
                        } else {
                            let wait = pause
                                .get(&row.id)
                                .map_or(FIRST_RETRY, |p| (*p * 2).min(MAX_RETRY));
                            pause.insert(row.id.clone(), wait);
                            due.insert(row.id.clone(), Instant::now() + wait);
                        }
                    }
                    _ => {
                        due.remove(&row.id);
                    }
                }
            }
        }
    }
}
