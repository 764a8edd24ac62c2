//! The unread model behind the tray, the app badge and the workspace switcher: per workspace,
//! every subscription as the server last described it, loaded once per realtime connection
//! (`subscriptions.get`) and kept current by `<uid>/subscriptions-changed` events. No polling.
//!
//! `rooms-changed` is not needed: Rocket.Chat writes a room's archiving and hiding onto its
//! subscriptions (`archived`, `open`) and announces them as subscription changes.
//!
//! Anything that can change the tray (these events, a workspace's connection, the user's
//! `unreadAlert` preference) marks the summary stale; `UnreadApi::run_unread` recomputes it
//! and emits [`CoreEvent::UnreadChanged`] only when it differs.

use std::collections::HashMap;

use serde_json::{Map, Value};

use std::sync::Mutex;

use crate::Result;
use crate::context::{Context, lock};
use crate::ports::CoreEvent;
use crate::preferences::PreferencesApi;
use crate::rocketchat::RestClient;
use crate::session::SessionApi;
use crate::store::WorkspaceRow;

use crate::workspace::{Connection, ServerKind};

mod model;
pub mod tray_icon;

pub use model::*;

/// One workspace's subscriptions as the count reads them (not the server's whole documents:
/// a workspace of 10,000 rooms would hold them all), and its running count.
#[derive(Default)]
struct WorkspaceRooms {
    /// Subscription id → what the count reads, and when the server last changed it.
    rooms: HashMap<String, HeldRoom>,
    totals: Totals,
}

struct HeldRoom {
    state: RoomState,
    updated_ms: Option<i64>,
}

/// Workspace id → its subscriptions.
type Rooms = HashMap<String, WorkspaceRooms>;

/// What the unread slice keeps in memory: every subscription of every connected workspace,
/// and which workspaces' realtime connections are up (the others' counts are stale).
#[derive(Default)]
pub struct UnreadState {
    rooms: Mutex<Rooms>,
    /// A Chatwoot workspace's counts, as its realtime connection last recounted them.
    chatwoot: Mutex<HashMap<String, Unread>>,
    realtime_live: Mutex<std::collections::HashSet<String>>,
}

/// The unread slice's operations.
#[derive(Clone, Copy)]
pub struct UnreadApi<'a> {
    ctx: &'a Context,
    session: SessionApi<'a>,
    preferences: PreferencesApi<'a>,
    state: &'a UnreadState,
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
    kind: ServerKind,
}

impl<'a> UnreadApi<'a> {
    pub(crate) fn new(
        ctx: &'a Context,
        session: SessionApi<'a>,
        preferences: PreferencesApi<'a>,
        state: &'a UnreadState,
    ) -> Self {
        UnreadApi {
            ctx,
            session,
            preferences,
            state,
        }
    }

    /// A Chatwoot workspace's counts, recounted by its realtime connection.
    pub(crate) fn set_chatwoot_unread(&self, workspace_id: &str, unread: Unread) {
        let changed =
            lock(&self.state.chatwoot).insert(workspace_id.to_owned(), unread) != Some(unread);
        if changed {
            self.ctx.events.unread_stale.notify_one();
        }
    }

    /// Whether a workspace's realtime connection is up; a change recomputes the tray, whose
    /// counts of a workspace without one are marked stale.
    pub(crate) fn set_realtime_live(&self, workspace_id: &str, live: bool) {
        let changed = {
            let mut set = lock(&self.state.realtime_live);
            if live {
                set.insert(workspace_id.to_owned())
            } else {
                set.remove(workspace_id)
            }
        };
        if changed {
            self.ctx.events.unread_stale.notify_one();
        }
    }

    /// What the tray shows now, computed from memory and the cached preferences.
    pub async fn tray_summary(&self) -> Result<TraySummary> {
        Ok(self.summary_of(&self.shown_workspaces().await?))
    }

    /// The signed-in workspaces, in order, with their `unreadAlert` (read from the cache).
    async fn shown_workspaces(&self) -> Result<Vec<Shown>> {
        let rows = self.ctx.store.workspaces().await?;
        let mut shown = Vec::new();
        for row in rows.into_iter().filter(|r| r.account.is_some()) {
            if row.kind == ServerKind::Chatwoot {
                // Chatwoot has no `unreadAlert`: its counts are the conversations the user's
                // alerts cover (`worker/chatwoot.rs`), always shown.
                shown.push(Shown {
                    id: row.id,
                    name: row.name,
                    highlight: true,
                    kind: row.kind,
                });
                continue;
            }
            let highlight = self
                .preferences
                .effective_preferences(&row.id)
                .await
                .ok()
                .and_then(|p| p.get("unreadAlert").and_then(Value::as_bool))
                .unwrap_or(true);
            shown.push(Shown {
                id: row.id,
                name: row.name,
                highlight,
                kind: row.kind,
            });
        }
        Ok(shown)
    }

    /// The summary of `shown` from memory: connection states and subscriptions.
    fn summary_of(&self, shown: &[Shown]) -> TraySummary {
        let mut workspaces = Vec::new();
        for row in shown {
            let highlight = row.highlight;
            let connection = self.session.connection_of(&row.id);
            let attention = matches!(
                connection,
                Some(Connection::SignedOut { .. } | Connection::CertificateUntrusted { .. })
            );
            // A workspace that needs the user has no counts Tether can vouch for.
            let unread = if attention {
                Unread::default()
            } else if row.kind == ServerKind::Chatwoot {
                lock(&self.state.chatwoot)
                    .get(&row.id)
                    .copied()
                    .unwrap_or_default()
            } else {
                // Kept current as events arrive: no recount of the rooms here.
                lock(&self.state.rooms)
                    .get(&row.id)
                    .map(|held| held.totals.unread(highlight))
                    .unwrap_or_default()
            };
            let stale = !attention && !lock(&self.state.realtime_live).contains(&row.id);
            workspaces.push(WorkspaceUnread {
                workspace_id: row.id.clone(),
                name: row.name.clone(),
                unread,
                highlight,
                attention,
                stale,
            });
        }
        summarise(workspaces, &self.ctx.words())
    }

    /// Recomputes the tray's summary whenever it may have changed, and emits it when it did.
    /// A subscription event is counted from memory; the cache is read only when workspaces or
    /// preferences changed.
    pub(crate) async fn run_unread(&self) {
        let mut last: Option<TraySummary> = None;
        let mut shown = Vec::new();
        loop {
            self.ctx.events.unread_stale.notified().await;
            if self.ctx.events.take_workspaces_stale() {
                match self.shown_workspaces().await {
                    Ok(list) => shown = list,
                    Err(err) => {
                        // Try again at the next change.
                        self.ctx.events.keep_workspaces_stale();
                        tracing::warn!(%err, "the workspaces for the unread summary could not be read");
                        continue;
                    }
                }
            }
            let summary = self.summary_of(&shown);
            if last.as_ref() != Some(&summary) {
                last = Some(summary.clone());
                self.ctx.events.emit(CoreEvent::UnreadChanged { summary });
            }
        }
    }

    /// Loads every subscription of a freshly connected workspace (`subscriptions.get`).
    pub(crate) async fn unread_load(&self, row: &WorkspaceRow, client: &RestClient) -> Result<()> {
        let creds = self.session.credentials(row)?;
        let subs = client.subscriptions(&creds).await?;
        let mut held = WorkspaceRooms::default();
        for fields in subs {
            let Some(id) = fields.get("_id").and_then(Value::as_str) else {
                continue;
            };
            let state = RoomState::from_fields(&fields);
            held.totals.add(&state);
            let updated_ms = updated_ms(&fields);
            held.rooms
                .insert(id.to_owned(), HeldRoom { state, updated_ms });
        }
        let by_id = held;
        tracing::debug!(workspace = %row.id, rooms = by_id.rooms.len(), "subscriptions loaded");
        lock(&self.state.rooms).insert(row.id.clone(), by_id);
        self.ctx.events.unread_stale.notify_one();
        Ok(())
    }

    /// Applies one `<uid>/subscriptions-changed` event: `inserted`/`updated` merge the fields
    /// sent (an event older than what is held is ignored); `removed` forgets the room.
    pub(crate) fn unread_apply(&self, workspace_id: &str, args: &[Value]) {
        let (Some(kind), Some(Value::Object(sub))) =
            (args.first().and_then(Value::as_str), args.get(1))
        else {
            return;
        };
        let Some(id) = sub.get("_id").and_then(Value::as_str) else {
            return;
        };
        let mut rooms = lock(&self.state.rooms);
        let held = rooms.entry(workspace_id.to_owned()).or_default();
        match kind {
            "removed" => {
                if let Some(gone) = held.rooms.remove(id) {
                    held.totals.remove(&gone.state);
                }
            }
            "inserted" | "updated" => {
                let updated = updated_ms(sub);
                match held.rooms.get_mut(id) {
                    Some(room) => {
                        if let (Some(old), Some(new)) = (room.updated_ms, updated)
                            && new < old
                        {
                            return;
                        }
                        held.totals.remove(&room.state);
                        room.state.merge(sub);
                        held.totals.add(&room.state);
                        if updated.is_some() {
                            room.updated_ms = updated;
                        }
                    }
                    None => {
                        let state = RoomState::from_fields(sub);
                        held.totals.add(&state);
                        held.rooms.insert(
                            id.to_owned(),
                            HeldRoom {
                                state,
                                updated_ms: updated,
                            },
                        );
                    }
                }
            }
            _ => return,
        }
        drop(rooms);
        self.ctx.events.unread_stale.notify_one();
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
