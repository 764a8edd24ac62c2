//! Account > Preferences, offline-first: edits go to the store's outbox at once (also offline)
//! and reach the server in one coalesced `users.setPreferences`, merged three ways per key.

use serde_json::Value;

use super::PreferencesApi;
use super::rocketchat::{defaults_from, parse_date, setting_ids};
use super::view::view_of;
use crate::ports::{ChangeOrigin, CoreEvent};
use crate::preferences::catalog::{self, Spec};
use crate::preferences::{DataExport, PreferencesView};
use crate::rocketchat::parse_version;
use crate::store::{OutboxSlice, WorkspaceRow};
use crate::workspace::DataSource;
use crate::{Error, Result};

impl PreferencesApi<'_> {
    /// The Preferences page from the cache: instant, and available offline.
    pub async fn cached(&self, workspace_id: &str) -> Result<PreferencesView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        self.preferences_view(&row, DataSource::Cache).await
    }

    /// Reads the workspace's defaults and the user's preferences from the server, sends the
    /// edits waiting in the outbox, and returns the page.
    pub async fn refresh(&self, workspace_id: &str) -> Result<PreferencesView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        let client = self.session.client(&row)?;
        let ids = setting_ids();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        match client.settings_public(&ids).await {
            Ok(settings) => {
                let pairs: Vec<_> = settings.into_iter().map(|s| (s.id, s.value)).collect();
                self.ctx
                    .store
                    .put_public_settings(&row.id, &pairs, self.ctx.clock.now())
                    .await?;
            }
            Err(err) => {
                self.session.note_failure(&row, &err).await;
                return Err(err);
            }
        }
        self.sync_preferences(&row, &creds, ChangeOrigin::Command)
            .await?;
        // The server answered an authenticated call: the workspace is reachable again.
        self.session.mark_online(&row.id);
        self.preferences_view(&row, DataSource::Server).await
    }

    /// Sends the outbox now (the background worker calls this; so do tests). It builds no
    /// page: whoever shows one hears `PreferencesUpdated` and reads it from the store.
    pub async fn sync(&self, workspace_id: &str) -> Result<()> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        self.sync_preferences(&row, &creds, ChangeOrigin::Background)
            .await
    }

    /// Changes one preference: checked, then written to the outbox durably (also offline), then
    /// sent in the background. Bad values never reach the outbox: the error names the key as
    /// its field.
    pub async fn set(
        &self,
        workspace_id: &str,
        key: &str,
        value: Value,
    ) -> Result<PreferencesView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let spec = self.editable_spec(&row, key)?;
        // Read once: the checks, the edit's base and the page all come from this.
        let data = self.ctx.store.preferences_data(&row.id).await?;
        let custom: Vec<String> = data.custom_sounds.iter().map(|s| s.id.clone()).collect();
        let value =
            catalog::validate(spec, &value, &custom).map_err(|message| Error::InvalidInput {
                field: spec.key,
                message,
            })?;
        let defaults = defaults_from(&data.settings);
        let theirs = data
            .stored
            .as_ref()
            .and_then(|(values, _)| values.get(key))
            .or_else(|| defaults.get(key))
            .cloned();
        let pending = data.outbox.iter().any(|r| r.key == key);
        // With no edit waiting, choosing the value the server has changes nothing. With one
        // waiting, the new value is recorded even when it matches the cached server value: that
        // copy may be stale (an earlier send may have landed just before Tether died), and the
        // next sync's merge decides against what the server really holds.
        let data = if pending || Some(&value) != theirs.as_ref() {
            let edit = self
                .ctx
                .store
                .edits(OutboxSlice::Preferences)
                .put(
                    &row.id,
                    key,
                    &value,
                    defaults.get(key),
                    self.ctx.clock.now(),
                )
                .await?;
            data.with_edit(edit)
        } else {
            data
        };
        self.preferences_changed(&row.id);
        Ok(view_of(&row, &data, DataSource::Cache))
    }

    /// Sets a preference back to the workspace's default. Rocket.Chat cannot unset a stored
    /// preference (`saveUserPreferences` refuses `null`), so the default's value is stored.
    pub async fn reset(&self, workspace_id: &str, key: &str) -> Result<PreferencesView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let spec = self.editable_spec(&row, key)?;
        let default = self
            .preference_defaults(&row.id)
            .await?
            .remove(key)
            .ok_or_else(|| Error::InvalidInput {
                field: spec.key,
                message: format!("“{}” has no workspace default to go back to.", spec.label),
            })?;
        self.set(workspace_id, key, default).await
    }

    /// Settles a conflict (keep mine: send it; take theirs: drop the edit) or drops a refused
    /// edit (`keep_mine` false).
    pub async fn resolve(
        &self,
        workspace_id: &str,
        key: &str,
        keep_mine: bool,
    ) -> Result<PreferencesView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let edit = self
            .ctx
            .store
            .edits(OutboxSlice::Preferences)
            .list(&row.id)
            .await?
            .into_iter()
            .find(|r| r.key == key && (r.conflict.is_some() || r.refused.is_some()))
            .ok_or_else(|| Error::InvalidInput {
                field: "key",
                message: format!("There is no conflict on “{key}” to decide."),
            })?;
        if keep_mine {
            if edit.conflict.is_none() {
                return Err(Error::InvalidInput {
                    field: "key",
                    message: "The server refused this value: change it, or drop the change.".into(),
                });
            }
            self.ctx
                .store
                .edits(OutboxSlice::Preferences)
                .keep(&row.id, key)
                .await?;
        } else {
            self.ctx
                .store
                .edits(OutboxSlice::Preferences)
                .discard(&row.id, key)
                .await?;
        }
        self.preferences_changed(&row.id);
        self.preferences_view(&row, DataSource::Cache).await
    }

    /// "Download my data" (`full_export` false, HTML) or "Export my data" (true, JSON with
    /// messages). The server allows one of each per 24 hours; a repeat returns the earlier one.
    pub async fn data_download(&self, workspace_id: &str, full_export: bool) -> Result<DataExport> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        self.session
            .require_online(&row, "requesting your data", "data_download")?;
        let creds = self.session.credentials(&row)?;
        let answer = match self
            .session
            .client(&row)?
            .request_data_download(&creds, full_export)
            .await
        {
            Ok(answer) => answer,
            Err(err) => {
                self.session.note_failure(&row, &err).await;
                return Err(err);
            }
        };
        let created = answer.operation.created_at.as_ref().and_then(parse_date);
        Ok(DataExport {
            requested: answer.requested,
            full_export: answer.operation.full_export,
            status: answer.operation.status,
            created_at: created.map(|d| d.to_rfc3339()),
            next_allowed_at: created.map(|d| (d + chrono::Duration::hours(24)).to_rfc3339()),
            url: answer.url,
            pending_before: answer.pending_before,
        })
    }

    /// A `<uid>/userData` event from the realtime connection. Realtime events and REST answers
    /// are not ordered with each other, so an event is written straight into the cache only for
    /// a key with no edit waiting here and not sent by Tether in the last 30 seconds (else it
    /// may be the late echo of our own earlier value and would roll the cache back). For those
    /// keys the worker instead reads the server (one ordered `getPreferences`) and merges.
    pub(crate) async fn apply_user_data(&self, workspace_id: &str, event: &Value) -> Result<()> {
        let mut changed = false;
        let mut read = false;
        let outbox = self
            .ctx
            .store
            .edits(OutboxSlice::Preferences)
            .list(workspace_id)
            .await?;
        let updates = [("diff", true), ("unset", false)];
        for (part, set) in updates {
            let Some(fields) = event.get(part).and_then(Value::as_object) else {
                continue;
            };
            for (path, value) in fields {
                let key = path.strip_prefix("settings.preferences.").unwrap_or(path);
                if catalog::spec(key).is_none() {
                    continue;
                }
                if outbox.iter().any(|r| r.key == key) || self.sent_recently(workspace_id, key) {
                    read = true;
                    continue;
                }
                let value = set.then(|| catalog::normalise(key, value));
                self.ctx
                    .store
                    .put_server_preference(workspace_id, key, value.as_ref())
                    .await?;
                changed = true;
            }
        }
        if changed {
            self.ctx.events.emit(CoreEvent::PreferencesUpdated {
                workspace_id: workspace_id.to_owned(),
                origin: ChangeOrigin::Background,
            });
        }
        if read {
            self.request_read(workspace_id);
        }
        Ok(())
    }

    fn editable_spec(&self, row: &WorkspaceRow, key: &str) -> Result<&'static Spec> {
        let spec = catalog::spec(key).ok_or_else(|| Error::InvalidInput {
            field: "key",
            message: format!("“{key}” is not a preference Tether knows."),
        })?;
        if !catalog::accepted_by(spec, parse_version(&row.server_version)) {
            return Err(Error::InvalidInput {
                field: spec.key,
                message: format!(
                    "{} runs Rocket.Chat {}, which does not have “{}” (it needs {}.{} or newer).",
                    row.name, row.server_version, spec.label, spec.since.0, spec.since.1
                ),
            });
        }
        Ok(spec)
    }

    /// A command changed the outbox: the tray may change, the worker has something to send.
    fn preferences_changed(&self, workspace_id: &str) {
        self.ctx.events.emit(CoreEvent::PreferencesUpdated {
            workspace_id: workspace_id.to_owned(),
            origin: ChangeOrigin::Command,
        });
        self.ctx.wake_worker();
    }
}
