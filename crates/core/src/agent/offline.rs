//! A Chatwoot agent's edits through the one outbox (issue 23 item 8): name, display name,
//! audio alerts, and per account the notification flags, availability and auto-offline. Every
//! such save is written to the outbox first (durable before anything is sent), then sent when
//! the server can be reached: now, or by the worker when it is back. Sending merges each key
//! three ways against what the server has then (`outbox::merge_key`): a key changed on the
//! server meanwhile becomes a conflict for the user, never overwritten; a value the server
//! refuses waits with its reason (or, for a save the user is looking at, lands on its field).

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::AgentApi;
use crate::chatwoot::audio::AudioSettings;
use crate::chatwoot::{Availability, ChatwootAuth, ChatwootClient, ChatwootUser, ProfileChanges};
use crate::outbox::{KeyMerge, merge_key};
use crate::ports::{ChangeOrigin, CoreEvent};
use crate::store::{OutboxRow, OutboxSlice, WorkspaceRow};
use crate::workspace::{AgentAudio, AgentNotificationFlags, AgentPending, AgentProfile, AgentView};
use crate::{Error, Result};

/// What a send did with the edits it was asked to send.
#[derive(Default)]
pub(super) struct Sent {
    /// Keys the server refused, with its error.
    pub(super) refused: Vec<(String, Error)>,
}

/// The server's value of an offline-editable key, from what the server said.
pub(super) fn server_value(
    key: &str,
    profile: &AgentProfile,
    flags: Option<&AgentNotificationFlags>,
) -> Option<Value> {
    let (name, account) = key.split_once(':').unwrap_or((key, ""));
    let in_account = profile.accounts.iter().find(|a| a.id == account);
    match name {
        "name" => Some(json!(profile.name)),
        "display_name" => Some(json!(profile.display_name)),
        "audio" => serde_json::to_value(&profile.audio).ok(),
        "flags" => flags
            .filter(|f| f.account_id == account)
            .map(|f| flags_value(&f.email, &f.push)),
        "availability" => in_account.map(|a| json!(a.availability)),
        "auto_offline" => in_account.map(|a| json!(a.auto_offline)),
        _ => None,
    }
}

/// A flags edit's value: both lists, sorted (the server's order is not the user's choice).
pub(super) fn flags_value(email: &[String], push: &[String]) -> Value {
    let sorted = |list: &[String]| {
        let mut list = list.to_vec();
        list.sort();
        list
    };
    json!({ "email": sorted(email), "push": sorted(push) })
}

/// The list in a flags value.
fn list(value: &Value, which: &str) -> Vec<String> {
    value[which]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The page shows the user's waiting values over the server's.
pub(super) fn apply_pending(view: &mut AgentView, rows: &[OutboxRow]) {
    for edit in rows {
        let (name, account) = edit.key.split_once(':').unwrap_or((&edit.key, ""));
        if let Some(profile) = view.profile.as_mut() {
            let text = edit.value.as_str().map(str::to_owned);
            match name {
                "name" => profile.name = text.unwrap_or_default(),
                "display_name" => profile.display_name = text.unwrap_or_default(),
                "audio" => {
                    if let Ok(audio) = serde_json::from_value::<AgentAudio>(edit.value.clone()) {
                        profile.audio = audio;
                    }
                }
                "availability" | "auto_offline" => {
                    if let Some(a) = profile.accounts.iter_mut().find(|a| a.id == account) {
                        match (name, &edit.value) {
                            ("availability", Value::String(v)) => a.availability.clone_from(v),
                            ("auto_offline", Value::Bool(v)) => a.auto_offline = *v,
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        if name == "flags"
            && let Some(flags) = view.flags.as_mut().filter(|f| f.account_id == account)
        {
            flags.email = list(&edit.value, "email");
            flags.push = list(&edit.value, "push");
        }
        view.pending.push(AgentPending {
            key: edit.key.clone(),
            value: edit.value.clone(),
            conflict: edit
                .conflict
                .clone()
                .map(|theirs| theirs.unwrap_or(Value::Null)),
            refused: edit.refused.clone(),
        });
    }
}

impl AgentApi<'_> {
    /// Writes edits to the outbox (durable before anything is sent), each against the server's
    /// value as last read, then sends them unless the workspace is offline. Returns the keys
    /// the server refused now, their rows removed: the error goes to the user's field.
    pub(super) async fn save_through_outbox(
        &self,
        row: &WorkspaceRow,
        values: Vec<(String, Value)>,
    ) -> Result<Sent> {
        let edits = self.ctx.store.edits(OutboxSlice::Agent);
        let profile = self.ctx.store.agent_profile(&row.id).await?.map(|(p, _)| p);
        for (key, value) in &values {
            let account = key.split_once(':').map(|(_, a)| a);
            let flags = match account {
                Some(account) => self.ctx.store.agent_flags(&row.id, account).await?,
                None => None,
            };
            let base = profile
                .as_ref()
                .and_then(|p| server_value(key, p, flags.as_ref()));
            edits
                .put(&row.id, key, value, base.as_ref(), self.ctx.clock.now())
                .await?;
        }
        if self.session.is_offline(&row.id) {
            return Ok(Sent::default());
        }
        match self.send_edits(row).await {
            Ok(sent) => {
                let mut mine = Sent::default();
                for (key, err) in sent.refused {
                    if values.iter().any(|(k, _)| *k == key) {
                        edits.discard(&row.id, &key).await?;
                        mine.refused.push((key, err));
                    }
                }
                Ok(mine)
            }
            // Kept: sent when the server is back (the worker tries again).
            Err(err) if err.is_transient() => {
                self.ctx.wake_worker();
                Ok(Sent::default())
            }
            Err(err) => Err(err),
        }
    }

    /// Sends what the outbox holds for a workspace now (the worker's and a reconnection's
    /// call). A refusal is kept with its reason; a transient failure is returned, edits kept.
    pub(crate) async fn agent_edits_sync(&self, workspace_id: &str) -> Result<()> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let edits = self.ctx.store.edits(OutboxSlice::Agent);
        // Nothing to send is nothing to say: a page reads again on this event, and reading
        // (`refresh`) comes here first.
        if !edits.has_to_send(&row.id).await? {
            return Ok(());
        }
        let sent = self.send_edits(&row).await?;
        for (key, err) in sent.refused {
            let revision = edits
                .list(&row.id)
                .await?
                .into_iter()
                .find(|e| e.key == key)
                .map(|e| e.revision);
            if let Some(revision) = revision {
                edits
                    .mark_refused(&row.id, &key, revision, &err.to_string(), None)
                    .await?;
            }
        }
        self.ctx.events.emit(CoreEvent::ProfileUpdated {
            workspace_id: row.id.clone(),
            origin: ChangeOrigin::Background,
        });
        Ok(())
    }

    /// Decides a conflict: the user's value (sent now) or the server's (the edit is dropped).
    pub async fn resolve(
        &self,
        workspace_id: &str,
        key: &str,
        keep_mine: bool,
    ) -> Result<AgentView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let edits = self.ctx.store.edits(OutboxSlice::Agent);
        if !edits.list(&row.id).await?.iter().any(|e| e.key == key) {
            return Err(Error::InvalidInput {
                field: "key",
                message: format!("There is no waiting change of “{key}” to decide."),
            });
        }
        if keep_mine && edits.keep(&row.id, key).await? {
            self.agent_edits_sync(&row.id).await?;
        } else if !keep_mine {
            edits.discard(&row.id, key).await?;
        }
        self.view_of(&row.id, false).await
    }

    /// Merges every waiting edit with the server's values now and sends what should go.
    async fn send_edits(&self, row: &WorkspaceRow) -> Result<Sent> {
        let edits = self.ctx.store.edits(OutboxSlice::Agent);
        let waiting: Vec<OutboxRow> = edits
            .list(&row.id)
            .await?
            .into_iter()
            .filter(|e| e.refused.is_none())
            .collect();
        if waiting.is_empty() {
            return Ok(Sent::default());
        }
        let (row, auth, client) = self.session.chatwoot_parts(&row.id).await?;
        let user = self
            .session
            .noted(&row, client.profile(&auth).await)
            .await?;
        let server = AgentProfile::from(&user);
        let mut flags: BTreeMap<String, AgentNotificationFlags> = BTreeMap::new();
        for edit in &waiting {
            if let Some(account) = edit.key.strip_prefix("flags:")
                && !flags.contains_key(account)
                && let Ok(id) = account.parse::<u64>()
            {
                let read = client.notification_flags(&auth, id).await;
                let read = super::flags_view(id, self.session.noted(&row, read).await?);
                // What the server has now is cached before anything is sent (a send then
                // caches its own answer over it).
                self.ctx
                    .store
                    .put_agent_flags(&row.id, &read, self.ctx.clock.now())
                    .await?;
                flags.insert(account.to_owned(), read);
            }
        }
        let mut to_send = Vec::new();
        for edit in waiting {
            let account = edit.key.split_once(':').map(|(_, a)| a.to_owned());
            let theirs = server_value(
                &edit.key,
                &server,
                account.as_deref().and_then(|a| flags.get(a)),
            );
            if let Some(seen) = &edit.conflict {
                if *seen != theirs {
                    edits
                        .mark_conflict(&row.id, &edit.key, edit.revision, theirs.as_ref())
                        .await?;
                }
                continue;
            }
            let base = edits.base_against(&row.id, &edit, theirs.as_ref()).await?;
            match merge_key(base.as_ref(), Some(&edit.value), theirs.as_ref()) {
                KeyMerge::AlreadyThere | KeyMerge::Take => {
                    edits.settle(&row.id, &edit.key, edit.revision).await?;
                }
                KeyMerge::Conflict => {
                    edits
                        .mark_conflict(&row.id, &edit.key, edit.revision, theirs.as_ref())
                        .await?;
                }
                KeyMerge::Send => to_send.push(edit),
            }
        }
        let sending: BTreeMap<String, Value> = to_send
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        edits.mark_sent(&row.id, &sending).await?;
        let mut sent = Sent::default();
        self.send_profile_keys(&row, &auth, &client, &user, &to_send, &mut sent)
            .await?;
        for edit in to_send.iter().filter(|e| e.key.contains(':')) {
            let outcome = self.send_account_key(&row, &auth, &client, edit).await;
            self.settle_one(&row, edit, outcome, &mut sent).await?;
        }
        Ok(sent)
    }

    /// Name, display name and audio travel in one profile save; audio as the server's whole
    /// `ui_settings` with only Tether's keys changed (reference B4).
    async fn send_profile_keys(
        &self,
        row: &WorkspaceRow,
        auth: &ChatwootAuth,
        client: &ChatwootClient,
        user: &ChatwootUser,
        to_send: &[OutboxRow],
        sent: &mut Sent,
    ) -> Result<()> {
        let keys: Vec<&OutboxRow> = to_send.iter().filter(|e| !e.key.contains(':')).collect();
        if keys.is_empty() {
            return Ok(());
        }
        let mut changes = ProfileChanges::default();
        for edit in &keys {
            let text = edit.value.as_str().map(str::to_owned);
            match edit.key.as_str() {
                "name" => changes.name = text,
                "display_name" => changes.display_name = text,
                "audio" => {
                    if let Ok(audio) = serde_json::from_value::<AgentAudio>(edit.value.clone()) {
                        let mut ui = user.ui_settings.clone();
                        AudioSettings::from(&audio).merge_into(&mut ui);
                        changes.ui_settings = Some(ui);
                    }
                }
                _ => {}
            }
        }
        let outcome = client.update_profile(auth, &changes).await;
        match self.session.noted(row, outcome).await {
            Ok(saved) => {
                self.keep_user(row, &saved, ChangeOrigin::Command).await?;
                for edit in keys {
                    self.ctx
                        .store
                        .edits(OutboxSlice::Agent)
                        .settle(&row.id, &edit.key, edit.revision)
                        .await?;
                }
                Ok(())
            }
            Err(err) if err.is_transient() => Err(err),
            Err(err) => {
                // One answer for the group: the field it names, else the first key.
                let field = err.field();
                let key = keys
                    .iter()
                    .find(|e| field.as_deref() == Some(e.key.as_str()))
                    .or(keys.first())
                    .map(|e| e.key.clone())
                    .unwrap_or_default();
                sent.refused.push((key, err));
                Ok(())
            }
        }
    }

    async fn send_account_key(
        &self,
        row: &WorkspaceRow,
        auth: &ChatwootAuth,
        client: &ChatwootClient,
        edit: &OutboxRow,
    ) -> Result<()> {
        let (name, account) = edit.key.split_once(':').unwrap_or_default();
        let account: u64 = account.parse().map_err(|_| Error::InvalidInput {
            field: "account",
            message: format!("“{account}” is not a Chatwoot account id."),
        })?;
        let saved = match name {
            "flags" => {
                let email = list(&edit.value, "email");
                let push = list(&edit.value, "push");
                let saved = client
                    .save_notification_flags(auth, account, &email, &push)
                    .await;
                let saved = self.session.noted(row, saved).await?;
                self.ctx
                    .store
                    .put_agent_flags(
                        &row.id,
                        &super::flags_view(account, saved),
                        self.ctx.clock.now(),
                    )
                    .await?;
                return Ok(());
            }
            "availability" => {
                let value = match edit.value.as_str() {
                    Some("busy") => Availability::Busy,
                    Some("offline") => Availability::Offline,
                    _ => Availability::Online,
                };
                client.set_availability(auth, account, value).await
            }
            _ => {
                let on = edit.value.as_bool().unwrap_or(true);
                client.set_auto_offline(auth, account, on).await
            }
        };
        let saved = self.session.noted(row, saved).await?;
        self.keep_user(row, &saved, ChangeOrigin::Command).await
    }

    async fn settle_one(
        &self,
        row: &WorkspaceRow,
        edit: &OutboxRow,
        outcome: Result<()>,
        sent: &mut Sent,
    ) -> Result<()> {
        match outcome {
            Ok(()) => {
                self.ctx
                    .store
                    .edits(OutboxSlice::Agent)
                    .settle(&row.id, &edit.key, edit.revision)
                    .await?;
                Ok(())
            }
            Err(err) if err.is_transient() => Err(err),
            Err(err) => {
                sent.refused.push((edit.key.clone(), err));
                Ok(())
            }
        }
    }
}
