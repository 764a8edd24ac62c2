//! The preferences outbox's sync: read what the server stores, merge per key (base, mine,
//! theirs), send what only this device changed in one `users.setPreferences`, keep conflicts
//! for the user. A transient failure leaves every edit waiting (the worker retries with a
//! growing pause); only the server's refusal of a value refuses that value, and one refused
//! key does not refuse the rest of its batch.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use serde_json::Value;

use super::PreferencesApi;
use super::rocketchat::normalised;
use crate::context::lock;
use crate::outbox::merge;
use crate::ports::{ChangeOrigin, CoreEvent};
use crate::rocketchat::Credentials;
use crate::store::{OutboxRow, OutboxSlice, WorkspaceRow};
use crate::{ErrorCode, Result};

/// A realtime event about a key Tether sent within this long may be the echo of its own write.
const ECHO_WINDOW: Duration = Duration::from_secs(30);

impl PreferencesApi<'_> {
    /// Asks the worker to read a workspace's preferences from the server (and merge) soon.
    pub(crate) fn request_read(&self, workspace_id: &str) {
        lock(&self.state.reads).insert(workspace_id.to_owned());
        self.ctx.wake_worker();
    }

    /// Remembers that Tether is sending these keys now.
    pub(crate) fn note_sent<'a>(&self, workspace_id: &str, keys: impl Iterator<Item = &'a String>) {
        let now = Instant::now();
        let mut sent = lock(&self.state.sent_at);
        sent.retain(|_, at| now.duration_since(*at) < ECHO_WINDOW);
        for key in keys {
            sent.insert((workspace_id.to_owned(), key.clone()), now);
        }
    }

    /// Whether Tether sent this key within the echo window.
    pub(crate) fn sent_recently(&self, workspace_id: &str, key: &str) -> bool {
        lock(&self.state.sent_at)
            .get(&(workspace_id.to_owned(), key.to_owned()))
            .is_some_and(|at| at.elapsed() < ECHO_WINDOW)
    }

    /// Whether the worker was asked to read this workspace's preferences (and forgets it).
    pub(crate) fn take_read(&self, workspace_id: &str) -> bool {
        lock(&self.state.reads).remove(workspace_id)
    }

    /// The read failed: ask again at the worker's next pass.
    pub(crate) fn keep_read(&self, workspace_id: &str) {
        lock(&self.state.reads).insert(workspace_id.to_owned());
    }

    pub(crate) fn sync_lock(&self, workspace_id: &str) -> Arc<tokio::sync::Mutex<()>> {
        lock(&self.state.sync_locks)
            .entry(workspace_id.to_owned())
            .or_default()
            .clone()
    }

    /// One sync of a workspace's outbox: read what the server stores, merge per key, send what
    /// only this device changed in one `users.setPreferences`, keep conflicts for the user.
    /// Only one sync per workspace runs at a time.
    pub(crate) async fn sync_preferences(
        &self,
        row: &WorkspaceRow,
        creds: &Credentials,
        origin: ChangeOrigin,
    ) -> Result<()> {
        let edits = self.ctx.store.edits(OutboxSlice::Preferences);
        let lock = self.sync_lock(&row.id);
        let _guard = lock.lock().await;
        let client = self.session.client(row)?;
        let stored = match client.get_preferences(creds).await {
            Ok(stored) => normalised(stored),
            Err(err) => {
                self.session.note_failure(row, &err).await;
                return Err(err);
            }
        };
        let now = self.ctx.clock.now();
        self.ctx
            .store
            .put_server_preferences(&row.id, &stored, now)
            .await?;
        let outbox = edits.list(&row.id).await?;
        if outbox.is_empty() {
            self.ctx.events.emit(CoreEvent::PreferencesUpdated {
                workspace_id: row.id.clone(),
                origin,
            });
            return Ok(());
        }
        let defaults = self.preference_defaults(&row.id).await?;
        let effective = |key: &str| stored.get(key).or_else(|| defaults.get(key)).cloned();
        // Refused edits wait for the user; everything else is merged.
        let live: Vec<&OutboxRow> = outbox.iter().filter(|r| r.refused.is_none()).collect();
        let theirs: BTreeMap<String, Value> = live
            .iter()
            .filter_map(|r| effective(&r.key).map(|v| (r.key.clone(), v)))
            .collect();
        // A value sent before a crash and found on the server is ours (`base_against`).
        let mut base = BTreeMap::new();
        for r in &live {
            let was = edits.base_against(&row.id, r, theirs.get(&r.key)).await?;
            base.insert(r.key.clone(), was);
        }
        let mine = live
            .iter()
            .map(|r| (r.key.clone(), Some(r.value.clone())))
            .collect();
        let plan = merge(&base, &mine, &theirs);
        let revision = |key: &str| live.iter().find(|r| r.key == key).map_or(0, |r| r.revision);
        for key in plan.settled.iter().chain(&plan.taken) {
            edits.settle(&row.id, key, revision(key)).await?;
        }
        for key in &plan.conflicts {
            edits
                .mark_conflict(&row.id, key, revision(key), theirs.get(key))
                .await?;
        }
        // One request for the whole batch. A refused batch whose culprit the server does not
        // name (its validator's messages carry no key) is sent again key by key, so one
        // refused value never refuses the others.
        let mut batches = vec![plan.send.clone()];
        while let Some(batch) = batches.pop() {
            if batch.is_empty() {
                continue;
            }
            let data: serde_json::Map<String, Value> = batch.clone().into_iter().collect();
            edits.mark_sent(&row.id, &batch).await?;
            self.note_sent(&row.id, batch.keys());
            match client.set_preferences(creds, &data).await {
                Ok(after) => {
                    self.ctx
                        .store
                        .put_server_preferences(&row.id, &normalised(after), self.ctx.clock.now())
                        .await?;
                    for (key, value) in &batch {
                        // Edited again while this was sent: the newer edit stays, now made
                        // against what the server just took.
                        if !edits.settle(&row.id, key, revision(key)).await? {
                            edits.rebase(&row.id, key, Some(value)).await?;
                        }
                    }
                }
                // The network, the server or a proxy failed, or the session ended: nothing was
                // refused; every edit waits for the next try.
                Err(err) if err.is_transient() || err.code() == ErrorCode::SessionExpired => {
                    self.session.note_failure(row, &err).await;
                    return Err(err);
                }
                Err(err) => {
                    let named = refused_key(&err).filter(|k| batch.contains_key(*k));
                    match named {
                        Some(key) if batch.len() > 1 => {
                            let key = key.to_owned();
                            self.refuse_preference(row, &key, revision(&key), &err)
                                .await?;
                            let mut rest = batch;
                            rest.remove(&key);
                            batches.push(rest);
                        }
                        None if batch.len() > 1 => {
                            batches
                                .extend(batch.into_iter().map(|kv| std::iter::once(kv).collect()));
                        }
                        _ => {
                            for key in batch.keys() {
                                self.refuse_preference(row, key, revision(key), &err)
                                    .await?;
                            }
                        }
                    }
                }
            }
        }
        self.ctx.events.emit(CoreEvent::PreferencesUpdated {
            workspace_id: row.id.clone(),
            origin,
        });
        Ok(())
    }

    /// Keeps a refused edit with the server's reason, for the user to change or drop.
    async fn refuse_preference(
        &self,
        row: &WorkspaceRow,
        key: &str,
        revision: i64,
        err: &crate::Error,
    ) -> Result<()> {
        tracing::warn!(workspace = %row.id, key, code = ?err.code(), "the server refused a preference edit");
        self.ctx
            .store
            .edits(OutboxSlice::Preferences)
            .mark_refused(&row.id, key, revision, &err.to_string(), None)
            .await?;
        Ok(())
    }
}

/// The key a `users.setPreferences` refusal names, when it names one: the route's own checks
/// do (`invalid-idle-time-limit-value`, reference §4.1); the validator's messages do not.
fn refused_key(err: &crate::Error) -> Option<&'static str> {
    let crate::Error::Api(api) = err else {
        return None;
    };
    match api.server_code()? {
        "invalid-idle-time-limit-value" => Some("idleTimeLimit"),
        _ => None,
    }
}
