//! What the preferences page shows and what is in effect: the catalog's items with the
//! workspace's defaults, the server's stored values and the edits waiting here, each with its
//! sync state; and the values notifications and sounds follow.

use std::collections::BTreeMap;

use serde_json::Value;

use super::PreferencesApi;
use super::rocketchat::defaults_from;
use crate::Result;
use crate::preferences::catalog::{
    self, BUILT_IN_SOUNDS, CATALOG, Kind, LANGUAGES, OMNICHANNEL_ROLES, PreferenceGroup, Spec,
};
use crate::preferences::{
    ChoiceOption, PreferenceItem, PreferenceKind, PreferenceSync, PreferencesView,
};
use crate::rocketchat::parse_version;
use crate::store::{CustomSoundRow, OutboxRow, OutboxSlice, PreferencesData, WorkspaceRow};
use crate::workspace::DataSource;

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

impl PreferencesApi<'_> {
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
        for edit in self
            .ctx
            .store
            .edits(OutboxSlice::Preferences)
            .list(workspace_id)
            .await?
        {
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

    /// The page from what is stored here (one read transaction).
    pub(crate) async fn preferences_view(
        &self,
        row: &WorkspaceRow,
        source: DataSource,
    ) -> Result<PreferencesView> {
        let data = self.ctx.store.preferences_data(&row.id).await?;
        Ok(view_of(row, &data, source))
    }
}

/// The page from `data`: every preference the server accepts, its value (the edit waiting
/// here, else the server's, else the workspace default) and its sync state.
pub(crate) fn view_of(
    row: &WorkspaceRow,
    data: &PreferencesData,
    source: DataSource,
) -> PreferencesView {
    let version = parse_version(&row.server_version);
    let omnichannel = data
        .roles
        .iter()
        .any(|r| OMNICHANNEL_ROLES.contains(&r.as_str()));
    let settings = &data.settings;
    let defaults = defaults_from(settings);
    let custom_sounds = &data.custom_sounds;
    let (stored, fetched_at) = match &data.stored {
        Some((values, at)) => (values.clone(), Some(at.clone())),
        None => (BTreeMap::new(), None),
    };
    let outbox: BTreeMap<String, OutboxRow> = data
        .outbox
        .iter()
        .map(|r| (r.key.clone(), r.clone()))
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
                kind: kind_of(spec, custom_sounds),
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
    PreferencesView {
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
        server_language: settings
            .get("Language")
            .and_then(Value::as_str)
            .filter(|l| !l.is_empty())
            .map(str::to_owned),
    }
}
