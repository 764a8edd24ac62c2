//! Offline profile edits: kept in the one outbox while the workspace cannot be reached (as the
//! preferences' edits are, with the same guarantees: revision, sent value, conflict, refusal),
//! merged three ways per field when it can be reached, sent, and settled against what the
//! server then keeps. A field changed on the server meanwhile is
//! a conflict for the user; a value the server refuses or does not keep waits with the reason;
//! a transient failure (network, 5xx, a proxy's page, a rate limit) leaves every edit waiting.

use std::collections::BTreeMap;

use serde_json::Value;

use super::ProfileApi;
use super::outcome::not_kept;
use crate::outbox::{KeyMerge, merge_key};
use crate::ports::{ChangeOrigin, CoreEvent};
use crate::rocketchat::Credentials;
use crate::store::{OutboxSlice, WorkspaceRow};
use crate::workspace::{Profile, ProfileChanges, ProfileSaveStep, ProfileView};
use crate::{Error, Result};

impl ProfileApi<'_> {
    /// Sends the offline profile edits now (the worker's retry): reads the profile, settles
    /// what changed meanwhile, sends the rest. A transient failure is returned, edits kept.
    pub(crate) async fn profile_edits_sync(&self, workspace_id: &str) -> Result<()> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        let me = self.session.client(&row)?.me(&creds).await?;
        let server = Profile::from(&me);
        if self.sync_pending(&row, &creds, &server).await? {
            // The whole refresh, not only `/me`: it also fetches a changed avatar, which caching
            // the new `avatarETag` here alone would skip.
            self.refresh_for(&row.id, ChangeOrigin::Background).await?;
        }
        Ok(())
    }

    /// Sends the offline edits whose field did not change on the server meanwhile; an edit whose
    /// field did change becomes a conflict for the user to decide (never overwritten). `server`
    /// is the profile just read from the server. Returns whether anything was sent; a transient
    /// failure is returned as the error, with every edit still waiting.
    pub(crate) async fn sync_pending(
        &self,
        row: &WorkspaceRow,
        creds: &Credentials,
        server: &Profile,
    ) -> Result<bool> {
        let edits = self.ctx.store.edits(OutboxSlice::Profile);
        let mut batch: BTreeMap<String, Value> = BTreeMap::new();
        let mut revisions: BTreeMap<String, i64> = BTreeMap::new();
        for edit in edits
            .list(&row.id)
            .await?
            .into_iter()
            .filter(|e| e.refused.is_none())
        {
            let theirs = as_json(&server.field(&edit.key));
            if let Some(seen) = &edit.conflict {
                // Waiting for the user: keep the server's latest value beside it.
                if seen.as_ref() != Some(&theirs) {
                    edits
                        .mark_conflict(&row.id, &edit.key, edit.revision, Some(&theirs))
                        .await?;
                }
                continue;
            }
            // A value sent before a crash and found on the server is ours (`base_against`).
            let base = edits.base_against(&row.id, &edit, Some(&theirs)).await?;
            match merge_key(base.as_ref(), Some(&edit.value), Some(&theirs)) {
                // The server has it (sent before a crash, or the same change elsewhere), or the
                // edit went back to where it started while the server moved on.
                KeyMerge::AlreadyThere | KeyMerge::Take => {
                    edits.settle(&row.id, &edit.key, edit.revision).await?;
                }
                KeyMerge::Conflict => {
                    edits
                        .mark_conflict(&row.id, &edit.key, edit.revision, Some(&theirs))
                        .await?;
                }
                KeyMerge::Send => {
                    revisions.insert(edit.key.clone(), edit.revision);
                    batch.insert(edit.key, edit.value);
                }
            }
        }
        if batch.is_empty() {
            return Ok(false);
        }
        let data = Value::Object(
            batch
                .iter()
                .map(|(field, value)| (wire_key(field).to_owned(), value.clone()))
                .collect(),
        );
        // Recorded before it goes: found on the server after a crash, it is known to be ours.
        edits.mark_sent(&row.id, &batch).await?;
        let answer = self
            .session
            .client(row)?
            .update_own_basic_info(creds, data.clone(), None, None)
            .await;
        match answer {
            Ok(saved) => {
                // Settled as an online save is: what the server kept decides.
                let missed = not_kept(&data, &saved);
                for (field, value) in &batch {
                    let revision = revisions.get(field).copied().unwrap_or_default();
                    match missed.iter().find(|m| m.field == *field) {
                        Some(m) => {
                            edits
                                .mark_refused(
                                    &row.id,
                                    field,
                                    revision,
                                    &m.message,
                                    Some(&as_json(&m.kept)),
                                )
                                .await?;
                        }
                        // Edited again while this was sent: the newer edit stays, now made
                        // against what the server just took.
                        None => {
                            if !edits.settle(&row.id, field, revision).await? {
                                edits.rebase(&row.id, field, Some(value)).await?;
                            }
                        }
                    }
                }
                Ok(true)
            }
            Err(err) if err.is_transient() => Err(err),
            Err(err) if err.code() == crate::ErrorCode::SessionExpired => Err(err),
            Err(err) => {
                // The server refused the batch (a rule changed, a value it will not take): each
                // edit waits with the reason and the server's value, for the user to decide.
                tracing::warn!(workspace = %row.id, code = ?err.code(), "the server refused offline edits");
                let reason = err.to_string();
                for field in batch.keys() {
                    let revision = revisions.get(field).copied().unwrap_or_default();
                    let theirs = as_json(&server.field(field));
                    edits
                        .mark_refused(&row.id, field, revision, &reason, Some(&theirs))
                        .await?;
                }
                Ok(false)
            }
        }
    }

    /// Settles a conflict or refusal of an offline edit: keep the user's value (sent now, and
    /// compared with what the server keeps) or the server's (the edit is dropped).
    pub async fn resolve(
        &self,
        workspace_id: &str,
        field: &str,
        keep_mine: bool,
    ) -> Result<ProfileView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let edits = self.ctx.store.edits(OutboxSlice::Profile);
        let edit = edits
            .list(&row.id)
            .await?
            .into_iter()
            .find(|e| e.key == field)
            .ok_or_else(|| Error::InvalidInput {
                field: "field",
                message: format!("There is no pending change of “{field}” to decide."),
            })?;
        if keep_mine {
            let creds = self.session.credentials(&row)?;
            let data = serde_json::json!({ wire_key(&edit.key): edit.value });
            let saved = self
                .session
                .client(&row)?
                .update_own_basic_info(&creds, data.clone(), None, None)
                .await?;
            if let Some(missed) = not_kept(&data, &saved).into_iter().next() {
                edits
                    .mark_refused(
                        &row.id,
                        field,
                        edit.revision,
                        &missed.message,
                        Some(&as_json(&missed.kept)),
                    )
                    .await?;
                return self.refresh(&row.id).await;
            }
        }
        edits.discard(&row.id, field).await?;
        match self.refresh(&row.id).await {
            Ok(view) => Ok(view),
            Err(_) if !keep_mine => self
                .cached(&row.id)
                .await?
                .ok_or_else(|| Error::NotSignedIn(row.name.clone())),
            Err(err) => Err(err),
        }
    }

    /// Keeps offline-editable changes on this computer until the server is back. Fields the
    /// server cannot take (`bio` and `statusType` before Rocket.Chat 6.4) are refused here,
    /// not queued to fail later.
    pub(crate) async fn queue_offline(
        &self,
        row: &WorkspaceRow,
        server: &Profile,
        shown: &Profile,
        changes: &ProfileChanges,
        bio_and_status: bool,
    ) -> Result<ProfileSaveStep> {
        let needs_server = [
            (
                "username",
                changes.username.as_deref(),
                Some(shown.username.as_str()),
            ),
            (
                "email",
                changes.email.as_deref(),
                shown.emails.first().map(|e| e.address.as_str()),
            ),
        ]
        .into_iter()
        .find(|(_, new, old)| new.is_some_and(|n| Some(n) != *old))
        .map(|(field, _, _)| field)
        .or(changes
            .new_password
            .as_deref()
            .filter(|p| !p.is_empty())
            .map(|_| "new_password"));
        if let Some(field) = needs_server {
            let (action, field) = match field {
                "username" => ("changing the username", "username"),
                "email" => ("changing the email address", "email"),
                _ => ("changing the password", "new_password"),
            };
            return Err(Error::NeedsServer {
                workspace: row.name.clone(),
                action,
                field,
            });
        }
        let wanted = [
            ("name", &changes.name),
            ("nickname", &changes.nickname),
            ("bio", &changes.bio),
            ("status", &changes.status),
            ("status_text", &changes.status_text),
        ];
        let changed: Vec<(&str, &str)> = wanted
            .into_iter()
            .filter_map(|(field, value)| Some((field, value.as_deref()?)))
            .filter(|(field, value)| *value != shown.field(field))
            .collect();
        if !bio_and_status
            && let Some((field, _)) = changed
                .iter()
                .find(|(field, _)| matches!(*field, "bio" | "status"))
        {
            return Err(Error::InvalidInput {
                field: if *field == "bio" { "bio" } else { "status" },
                message: super::OLD_SERVER_BIO_STATUS.into(),
            });
        }
        let now = self.ctx.clock.now();
        let edits = self.ctx.store.edits(OutboxSlice::Profile);
        for (field, value) in changed {
            if value == server.field(field) {
                // Back to what the server has: nothing to send.
                edits.discard(&row.id, field).await?;
            } else {
                let base = as_json(&server.field(field));
                edits
                    .put(&row.id, field, &as_json(value), Some(&base), now)
                    .await?;
            }
        }
        self.ctx.events.emit(CoreEvent::ProfileUpdated {
            workspace_id: row.id.clone(),
            origin: ChangeOrigin::Command,
        });
        let view = self
            .cached(&row.id)
            .await?
            .ok_or_else(|| Error::NotSignedIn(row.name.clone()))?;
        Ok(ProfileSaveStep::Queued { profile: view })
    }
}

/// The `data` key of `users.updateOwnBasicInfo` for an offline-editable field.
pub(crate) fn wire_key(field: &str) -> &str {
    match field {
        "status" => "statusType",
        "status_text" => "statusText",
        other => other,
    }
}

/// A profile field's value as the outbox keeps it (JSON).
pub(crate) fn as_json(text: &str) -> Value {
    Value::String(text.to_owned())
}

/// A profile field's value from the outbox.
pub(crate) fn as_text(value: &Value) -> String {
    value
        .as_str()
        .map_or_else(|| value.to_string(), str::to_owned)
}
