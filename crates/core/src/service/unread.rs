//! The unread model behind the tray, the app badge and the workspace switcher: per workspace,
//! every subscription as the server last described it, loaded once per realtime connection
//! (`subscriptions.get`) and kept current by `<uid>/subscriptions-changed` events. No polling.
//!
//! `rooms-changed` is not needed: Rocket.Chat writes a room's archiving and hiding onto its
//! subscriptions (`archived`, `open`) and announces them as subscription changes.
//!
//! Anything that can change the tray (these events, a workspace's connection, the user's
//! `unreadAlert` preference) marks the summary stale; [`Tether::run_unread`] recomputes it
//! and emits [`CoreEvent::UnreadChanged`] only when it differs.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::{Map, Value};

use super::{Tether, lock};
use crate::Result;
use crate::ports::{CoreEvent, EventSink};
use crate::rocketchat::RestClient;
use crate::store::WorkspaceRow;
use crate::unread::{RoomState, TraySummary, WorkspaceUnread, count, summarise};
use crate::workspace::Connection;

/// Subscription id → the subscription's fields, per workspace.
pub(super) type Rooms = HashMap<String, HashMap<String, Map<String, Value>>>;

/// Tether's events on their way to the shell; those that can change the tray also mark its
/// summary stale.
pub(super) struct Events {
    sink: Arc<dyn EventSink>,
    pub(super) unread_stale: tokio::sync::Notify,
    /// The workspaces or their preferences changed: the summary's cached list of workspaces
    /// and their unread-alert choice must be read again (a subscription event needs not).
    workspaces_stale: AtomicBool,
}

impl Events {
    pub(super) fn new(sink: Arc<dyn EventSink>) -> Self {
        let events = Events {
            sink,
            unread_stale: tokio::sync::Notify::new(),
            workspaces_stale: AtomicBool::new(true),
        };
        // The first summary is computed as soon as the background work starts.
        events.unread_stale.notify_one();
        events
    }

    pub(super) fn emit(&self, event: CoreEvent) {
        if matches!(
            event,
            CoreEvent::WorkspacesChanged | CoreEvent::PreferencesUpdated { .. }
        ) {
            self.workspaces_stale.store(true, Ordering::Release);
            self.unread_stale.notify_one();
        }
        self.sink.emit(event);
    }
}

/// When a subscription last changed, in ms: REST sends an ISO string, DDP `{"$date": ms}`.
fn updated_ms(sub: &Map<String, Value>) -> Option<i64> {
    match sub.get("_updatedAt")? {
        Value::String(text) => chrono::DateTime::parse_from_rfc3339(text)
            .ok()
            .map(|d| d.timestamp_millis()),
        other => other.get("$date")?.as_i64(),
    }
}

/// A signed-in workspace as the summary needs it: id, name, the user's `unreadAlert`.
struct Shown {
    id: String,
    name: String,
    highlight: bool,
}

impl Tether {
    /// What the tray shows now, computed from memory and the cached preferences.
    pub async fn tray_summary(&self) -> Result<TraySummary> {
        Ok(self.summary_of(&self.shown_workspaces().await?))
    }

    /// The signed-in workspaces, in order, with their `unreadAlert` (read from the cache).
    async fn shown_workspaces(&self) -> Result<Vec<Shown>> {
        let rows = self.store.workspaces().await?;
        let mut shown = Vec::new();
        for row in rows.into_iter().filter(|r| r.account.is_some()) {
            let highlight = self
                .effective_preferences(&row.id)
                .await
                .ok()
                .and_then(|p| p.get("unreadAlert").and_then(Value::as_bool))
                .unwrap_or(true);
            shown.push(Shown {
                id: row.id,
                name: row.name,
                highlight,
            });
        }
        Ok(shown)
    }

    /// The summary of `shown` from memory: connection states and subscriptions.
    fn summary_of(&self, shown: &[Shown]) -> TraySummary {
        let mut workspaces = Vec::new();
        for row in shown {
            let highlight = row.highlight;
            let connection = self
                .sessions()
                .get(&row.id)
                .and_then(|s| s.connection.clone());
            let attention = matches!(
                connection,
                Some(Connection::SignedOut { .. } | Connection::CertificateUntrusted { .. })
            );
            // A workspace that needs the user has no counts Tether can vouch for.
            let unread = if attention {
                crate::unread::Unread::default()
            } else {
                let rooms: Vec<RoomState> = lock(&self.rooms)
                    .get(&row.id)
                    .map(|subs| {
                        subs.values()
                            .map(|s| RoomState::parse(&Value::Object(s.clone())))
                            .collect()
                    })
                    .unwrap_or_default();
                count(&rooms, highlight)
            };
            let stale = !attention && !lock(&self.realtime_live).contains(&row.id);
            workspaces.push(WorkspaceUnread {
                workspace_id: row.id.clone(),
                name: row.name.clone(),
                unread,
                highlight,
                attention,
                stale,
            });
        }
        summarise(workspaces)
    }

    /// Recomputes the tray's summary whenever it may have changed, and emits it when it did.
    /// A subscription event is counted from memory; the cache is read only when workspaces or
    /// preferences changed.
    pub(super) async fn run_unread(&self) {
        let mut last: Option<TraySummary> = None;
        let mut shown = Vec::new();
        loop {
            self.events.unread_stale.notified().await;
            if self.events.workspaces_stale.swap(false, Ordering::AcqRel) {
                match self.shown_workspaces().await {
                    Ok(list) => shown = list,
                    Err(err) => {
                        // Try again at the next change.
                        self.events.workspaces_stale.store(true, Ordering::Release);
                        tracing::warn!(%err, "the workspaces for the unread summary could not be read");
                        continue;
                    }
                }
            }
            let summary = self.summary_of(&shown);
            if last.as_ref() != Some(&summary) {
                last = Some(summary.clone());
                self.events.emit(CoreEvent::UnreadChanged { summary });
            }
        }
    }

    /// Loads every subscription of a freshly connected workspace (`subscriptions.get`).
    pub(super) async fn unread_load(&self, row: &WorkspaceRow, client: &RestClient) -> Result<()> {
        let creds = self.credentials(row)?;
        let subs = client.subscriptions(&creds).await?;
        let by_id: HashMap<String, Map<String, Value>> = subs
            .into_iter()
            .filter_map(|sub| match sub {
                Value::Object(map) => Some((map.get("_id")?.as_str()?.to_owned(), map)),
                _ => None,
            })
            .collect();
        tracing::debug!(workspace = %row.id, rooms = by_id.len(), "subscriptions loaded");
        lock(&self.rooms).insert(row.id.clone(), by_id);
        self.events.unread_stale.notify_one();
        Ok(())
    }

    /// Applies one `<uid>/subscriptions-changed` event: `inserted`/`updated` merge the fields
    /// sent (an event older than what is held is ignored); `removed` forgets the room.
    pub(super) fn unread_apply(&self, workspace_id: &str, args: &[Value]) {
        let (Some(kind), Some(Value::Object(sub))) =
            (args.first().and_then(Value::as_str), args.get(1))
        else {
            return;
        };
        let Some(id) = sub.get("_id").and_then(Value::as_str) else {
            return;
        };
        let mut rooms = lock(&self.rooms);
        let subs = rooms.entry(workspace_id.to_owned()).or_default();
        match kind {
            "removed" => {
                subs.remove(id);
            }
            "inserted" | "updated" => {
                let held = subs.entry(id.to_owned()).or_default();
                if let (Some(old), Some(new)) = (updated_ms(held), updated_ms(sub))
                    && new < old
                {
                    return;
                }
                for (key, value) in sub {
                    held.insert(key.clone(), value.clone());
                }
            }
            _ => return,
        }
        drop(rooms);
        self.events.unread_stale.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn both_date_forms_are_read() {
        let rest = json!({"_updatedAt": "2026-11-23T10:00:00.000Z"});
        let ddp = json!({"_updatedAt": {"$date": 1_795_428_000_000_i64}});
        assert_eq!(
            updated_ms(rest.as_object().unwrap()),
            Some(1_795_428_000_000)
        );
        assert_eq!(
            updated_ms(ddp.as_object().unwrap()),
            Some(1_795_428_000_000)
        );
        assert_eq!(updated_ms(json!({}).as_object().unwrap()), None);
    }
}
