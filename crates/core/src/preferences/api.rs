//! Account > Preferences, offline-first: edits go to the cache's outbox at once (also offline)
//! and reach the server in one coalesced `users.setPreferences`, merged three ways per key.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use serde_json::Value;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use crate::context::Context;
use crate::ports::CoreEvent;
use crate::preferences::catalog::{
    self, BUILT_IN_SOUNDS, CATALOG, Kind, LANGUAGES, OMNICHANNEL_ROLES, PreferenceGroup, Spec,
};
use crate::preferences::{
    ChoiceOption, DataExport, PreferenceItem, PreferenceKind, PreferenceSync, PreferencesView,
};
use crate::rocketchat::parse_version;
use crate::session::SessionApi;
use crate::store::{CustomSoundRow, OutboxRow, WorkspaceRow};
use crate::workspace::DataSource;
use crate::{Error, Result};

/// What the preferences slice keeps in memory: one sync at a time per workspace, the
/// workspaces whose preferences the worker should read, and when Tether last sent each key
/// (to tell its own echo from another device's change).
#[derive(Default)]
pub struct PreferencesState {
    pub(crate) sync_locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    pub(crate) reads: Mutex<HashSet<String>>,
    pub(crate) sent_at: Mutex<HashMap<(String, String), tokio::time::Instant>>,
}

/// The preferences slice's operations.
#[derive(Clone, Copy)]
pub struct PreferencesApi<'a> {
    pub(crate) ctx: &'a Context,
    pub(crate) session: SessionApi<'a>,
    pub(crate) state: &'a PreferencesState,
}

/// The public settings the page reads: every default, and whether data download is on.
fn setting_ids() -> Vec<String> {
    CATALOG
        .iter()
        .map(|s| format!("Accounts_Default_User_Preferences_{}", s.key))
        .chain(["UserData_EnableDownload".to_owned()])
        .collect()
}

/// The server's stored values, normalised, restricted to the catalog's keys.
pub(crate) fn normalised(stored: serde_json::Map<String, Value>) -> BTreeMap<String, Value> {
    stored
        .into_iter()
        .filter(|(k, _)| catalog::spec(k).is_some())
        // `getPreferences` echoes `language` even when the user never chose one.
        .filter(|(k, v)| !(k == "language" && v.as_str().is_none_or(str::is_empty)))
        .map(|(k, v)| {
            let v = catalog::normalise(&k, &v);
            (k, v)
        })
        .collect()
}

fn kind_of(spec: &Spec, custom_sounds: &[CustomSoundRow]) -> PreferenceKind {
    let options = |list: &[(&str, &str)]| {
        list.iter()
            .map(|(value, label)| ChoiceOption {
                value: catalog::normalise(spec.key, &Value::String((*value).to_owned())),
                label: (*label).to_owned(),
            })
            .collect()
    };
    match spec.kind {
        Kind::Toggle => PreferenceKind::Toggle,
        Kind::Number { min, max, unit } => PreferenceKind::Number {
            min: i32::try_from(min).unwrap_or(i32::MIN),
            max: i32::try_from(max).unwrap_or(i32::MAX),
            unit: unit.to_owned(),
        },
        Kind::Choice(list) => PreferenceKind::Choice {
            options: options(list),
        },
        Kind::Language => PreferenceKind::Choice {
            options: options(LANGUAGES),
        },
        Kind::Sound => {
            let mut all: Vec<ChoiceOption> = vec![ChoiceOption {
                value: Value::String("none".into()),
                label: "No sound".into(),
            }];
            all.extend(options(BUILT_IN_SOUNDS));
            all.extend(custom_sounds.iter().map(|s| ChoiceOption {
                value: Value::String(s.id.clone()),
                label: s.name.clone(),
            }));
            PreferenceKind::Sound { options: all }
        }
        Kind::Words => PreferenceKind::Words,
    }
}

/// The workspace's default of every preference: its `Accounts_Default_User_Preferences_*`
/// settings as last read, else Rocket.Chat's registered defaults.
fn defaults_from(settings: &HashMap<String, Value>) -> BTreeMap<String, Value> {
    CATALOG
        .iter()
        .filter_map(|spec| {
            let id = format!("Accounts_Default_User_Preferences_{}", spec.key);
            let value = settings
                .get(&id)
                .filter(|v| !v.is_null())
                .map(|v| catalog::normalise(spec.key, v))
                .or_else(|| spec.default.map(|f| f()))?;
            Some((spec.key.to_owned(), value))
        })
        .collect()
}

/// `createdAt` as the server sends it: an ISO string, or EJSON `{"$date": ms}`.
pub(crate) fn parse_date(value: &Value) -> Option<DateTime<Utc>> {
    match value {
        Value::String(s) => DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|d| d.with_timezone(&Utc)),
        Value::Object(o) => o
            .get("$date")
            .and_then(Value::as_i64)
            .and_then(DateTime::from_timestamp_millis),
        _ => None,
    }
}

impl<'a> PreferencesApi<'a> {
    pub(crate) fn new(
        ctx: &'a Context,
        session: SessionApi<'a>,
        state: &'a PreferencesState,
    ) -> Self {
        PreferencesApi {
            ctx,
            session,
            state,
        }
    }

    /// The Preferences page from the cache: instant, and available offline.
    pub async fn cached(&self, workspace_id: &str) -> Result<PreferencesView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        self.preferences_view(&row, DataSource::Store).await
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
        self.sync_preferences(&row, &creds).await?;
        // The server answered an authenticated call: the workspace is reachable again.
        self.session.mark_online(&row.id);
        self.preferences_view(&row, DataSource::Server).await
    }

    /// Sends the outbox now (the background worker calls this; so do tests).
    pub async fn sync(&self, workspace_id: &str) -> Result<PreferencesView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        self.sync_preferences(&row, &creds).await?;
        self.preferences_view(&row, DataSource::Server).await
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
        let custom: Vec<String> = self
            .ctx
            .store
            .custom_sounds(&row.id)
            .await?
            .into_iter()
            .map(|s| s.id)
            .collect();
        let value =
            catalog::validate(spec, &value, &custom).map_err(|message| Error::InvalidInput {
                field: spec.key,
                message,
            })?;
        let defaults = self.preference_defaults(&row.id).await?;
        let stored = self
            .ctx
            .store
            .server_preferences(&row.id)
            .await?
            .map(|(values, _)| values)
            .unwrap_or_default();
        let theirs = stored.get(key).or_else(|| defaults.get(key)).cloned();
        let pending = self
            .ctx
            .store
            .preference_outbox(&row.id)
            .await?
            .into_iter()
            .any(|r| r.key == key);
        // With no edit waiting, choosing the value the server has changes nothing. With one
        // waiting, the new value is recorded even when it matches the cached server value: that
        // copy may be stale (an earlier send may have landed just before Tether died), and the
        // next sync's merge decides against what the server really holds.
        if pending || Some(&value) != theirs.as_ref() {
            self.ctx
                .store
                .put_preference_edit(
                    &row.id,
                    key,
                    &value,
                    defaults.get(key),
                    self.ctx.clock.now(),
                )
                .await?;
        }
        self.preferences_changed(&row.id);
        self.preferences_view(&row, DataSource::Store).await
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
            .preference_outbox(&row.id)
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
            self.ctx.store.keep_preference_edit(&row.id, key).await?;
        } else {
            self.ctx.store.drop_preference_edit(&row.id, key).await?;
        }
        self.preferences_changed(&row.id);
        self.preferences_view(&row, DataSource::Store).await
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
        let outbox = self.ctx.store.preference_outbox(workspace_id).await?;
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

    fn preferences_changed(&self, workspace_id: &str) {
        self.ctx.events.emit(CoreEvent::PreferencesUpdated {
            workspace_id: workspace_id.to_owned(),
        });
        self.ctx.wake_worker();
    }

    /// Every preference's value as the user has it now: the edit waiting here, else the
    /// server's, else the workspace default. What notifications and sounds follow.
    pub(crate) async fn effective_preferences(
        &self,
        workspace_id: &str,
    ) -> Result<BTreeMap<String, Value>> {
        Ok(self.preferences_here_and_there(workspace_id).await?.0)
    }

    /// The preferences as the user has them here (edits waiting included), and as the server
    /// has them (its stored value, else the workspace default), from one read of each.
    pub(crate) async fn preferences_here_and_there(
        &self,
        workspace_id: &str,
    ) -> Result<(BTreeMap<String, Value>, BTreeMap<String, Value>)> {
        let mut server = self.preference_defaults(workspace_id).await?;
        if let Some((stored, _)) = self.ctx.store.server_preferences(workspace_id).await? {
            server.extend(stored);
        }
        let mut here = server.clone();
        for edit in self.ctx.store.preference_outbox(workspace_id).await? {
            here.insert(edit.key, edit.value);
        }
        Ok((here, server))
    }

    /// The workspace's default of every preference (see [`defaults_from`]).
    pub(crate) async fn preference_defaults(
        &self,
        workspace_id: &str,
    ) -> Result<BTreeMap<String, Value>> {
        Ok(defaults_from(
            &self.ctx.store.public_settings(workspace_id).await?,
        ))
    }

    pub(crate) async fn preferences_view(
        &self,
        row: &WorkspaceRow,
        source: DataSource,
    ) -> Result<PreferencesView> {
        let version = parse_version(&row.server_version);
        let roles = self
            .ctx
            .store
            .profile(&row.id)
            .await?
            .map(|(p, _)| p.roles)
            .unwrap_or_default();
        let omnichannel = roles
            .iter()
            .any(|r| OMNICHANNEL_ROLES.contains(&r.as_str()));
        let settings = self.ctx.store.public_settings(&row.id).await?;
        let defaults = defaults_from(&settings);
        let custom_sounds = self.ctx.store.custom_sounds(&row.id).await?;
        let (stored, fetched_at) = match self.ctx.store.server_preferences(&row.id).await? {
            Some((values, at)) => (values, Some(at)),
            None => (BTreeMap::new(), None),
        };
        let outbox: BTreeMap<String, OutboxRow> = self
            .ctx
            .store
            .preference_outbox(&row.id)
            .await?
            .into_iter()
            .map(|r| (r.key.clone(), r))
            .collect();
        let items: Vec<PreferenceItem> = CATALOG
            .iter()
            .filter(|spec| catalog::accepted_by(spec, version))
            .filter(|spec| spec.group != PreferenceGroup::Omnichannel || omnichannel)
            .map(|spec| {
                let edit = outbox.get(spec.key);
                let server = stored.get(spec.key);
                let sync = match edit {
                    None => PreferenceSync::Synced,
                    Some(OutboxRow {
                        conflict: Some(theirs),
                        ..
                    }) => PreferenceSync::Conflict {
                        theirs: theirs.clone(),
                    },
                    Some(OutboxRow {
                        refused: Some(message),
                        ..
                    }) => PreferenceSync::Refused {
                        message: message.clone(),
                    },
                    Some(_) => PreferenceSync::Pending,
                };
                PreferenceItem {
                    key: spec.key.to_owned(),
                    group: spec.group,
                    label: spec.label.to_owned(),
                    help: spec.help.to_owned(),
                    kind: kind_of(spec, &custom_sounds),
                    value: edit
                        .map(|e| e.value.clone())
                        .or_else(|| server.cloned())
                        .or_else(|| defaults.get(spec.key).cloned()),
                    default: defaults.get(spec.key).cloned(),
                    user_set: edit.is_some() || server.is_some(),
                    sync,
                }
            })
            .collect();
        let count = |f: fn(&OutboxRow) -> bool| {
            u32::try_from(outbox.values().filter(|r| f(r)).count()).unwrap_or(u32::MAX)
        };
        Ok(PreferencesView {
            pending: count(|r| r.conflict.is_none() && r.refused.is_none()),
            conflicts: count(|r| r.conflict.is_some()),
            refused: count(|r| r.conflict.is_none() && r.refused.is_some()),
            items,
            source,
            fetched_at,
            data_download: settings
                .get("UserData_EnableDownload")
                .and_then(Value::as_bool)
                .unwrap_or(true),
        })
    }
}
