//! Everything the preferences page is built from, read in one read transaction: one
//! consistent picture, and one visit to the file instead of one per table and per use.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use super::outbox::{OutboxSlice, outbox_in};
use super::preferences::server_preferences_in;
use super::profile::profile_in;
use super::settings::public_settings_in;
use super::sounds::custom_sounds_in;
use super::{CustomSoundRow, OutboxRow, Store};
use crate::Result;

/// A workspace's preferences as stored here.
#[derive(Debug, Clone)]
pub struct PreferencesData {
    /// The workspace's public settings (the defaults among them).
    pub settings: HashMap<String, Value>,
    /// Its custom sounds (choices of the sound preferences).
    pub custom_sounds: Vec<CustomSoundRow>,
    /// The server's stored values and when they were read; `None` if never read.
    pub stored: Option<(BTreeMap<String, Value>, String)>,
    /// The edits waiting here, by key.
    pub outbox: Vec<OutboxRow>,
    /// The user's roles (omnichannel preferences are for agents and managers).
    pub roles: Vec<String>,
}

impl PreferencesData {
    /// Puts an edit's row (as [`super::Edits::put`] returned it) in place of the
    /// key's old one.
    pub fn with_edit(mut self, row: OutboxRow) -> Self {
        match self.outbox.binary_search_by(|r| r.key.cmp(&row.key)) {
            Ok(at) => self.outbox[at] = row,
            Err(at) => self.outbox.insert(at, row),
        }
        self
    }
}

impl Store {
    /// A workspace's preferences as stored here, in one read transaction.
    pub async fn preferences_data(&self, workspace_id: &str) -> Result<PreferencesData> {
        let mut tx = self.pool.begin().await?;
        let settings = public_settings_in(&mut tx, workspace_id).await?;
        let custom_sounds = custom_sounds_in(&mut tx, workspace_id).await?;
        let stored = server_preferences_in(&mut tx, workspace_id).await?;
        let outbox = outbox_in(&mut tx, workspace_id, OutboxSlice::Preferences).await?;
        let roles = profile_in(&mut tx, workspace_id)
            .await?
            .map(|(p, _)| p.roles)
            .unwrap_or_default();
        tx.commit().await?;
        Ok(PreferencesData {
            settings,
            custom_sounds,
            stored,
            outbox,
            roles,
        })
    }
}
