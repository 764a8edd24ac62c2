//! Account > Preferences: the catalog of preferences, the three-way merge of offline edits, and
//! the types the page shows.
//!
//! How an edit travels: [`PreferencesApi::set`] validates the value against the
//! catalog and writes it to the store's outbox (one row per key, so repeated edits coalesce) in
//! one durable SQLite transaction; the page's value is the outbox's value over the server's
//! last known one. [`PreferencesApi::sync`] then reads the server's stored values,
//! merges per key ([`crate::outbox::merge()`]), sends every key to send in one `users.setPreferences`, and marks
//! each sent row done only if it was not edited again meanwhile (its revision is unchanged).

mod api;
pub mod catalog;

mod rocketchat;
mod sync;
mod view;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use catalog::PreferenceGroup;
pub(crate) use rocketchat::parse_date;

use crate::context::Context;
use crate::session::SessionApi;
use crate::workspace::DataSource;

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
}

/// One allowed value of a choice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct ChoiceOption {
    /// The value sent to the server.
    pub value: Value,
    /// Its label.
    pub label: String,
}

/// What kind of value a preference takes, for the UI to draw its field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PreferenceKind {
    /// A switch.
    Toggle,
    /// A whole number.
    Number {
        /// Smallest allowed.
        min: i32,
        /// Largest allowed.
        max: i32,
        /// Unit shown after the field.
        unit: String,
    },
    /// One of a list (languages too).
    Choice {
        /// The allowed values.
        options: Vec<ChoiceOption>,
    },
    /// A notification sound: `none`, the built-in sounds, then the workspace's own; choosing
    /// one previews it.
    Sound {
        /// The allowed values.
        options: Vec<ChoiceOption>,
    },
    /// Words typed comma-separated, stored as a list.
    Words,
}

/// Where a preference's shown value stands with the server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum PreferenceSync {
    /// The server has it.
    Synced,
    /// Changed here; waiting for the server.
    Pending,
    /// Changed here and, meanwhile, to something else on the server: the user decides.
    Conflict {
        /// The server's value now.
        theirs: Option<Value>,
    },
    /// The server refused the value; it is kept here until the user changes or drops it.
    Refused {
        /// The server's reason, in words.
        message: String,
    },
}

/// One preference as the page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct PreferenceItem {
    /// The server's key.
    pub key: String,
    /// Where it is shown.
    pub group: PreferenceGroup,
    /// Label.
    pub label: String,
    /// What it does.
    pub help: String,
    /// How to edit it.
    pub kind: PreferenceKind,
    /// The value in effect for the user (a pending edit, else the server's, else the default).
    pub value: Option<Value>,
    /// The workspace's default (`Accounts_Default_User_Preferences_<key>`), when it has one.
    pub default: Option<Value>,
    /// Whether the user chose the value (stored on the server, or edited here), as opposed to
    /// following the workspace default.
    pub user_set: bool,
    /// Sync state.
    pub sync: PreferenceSync,
}

/// The Preferences page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct PreferencesView {
    /// Every preference the workspace's version accepts, in page order.
    pub items: Vec<PreferenceItem>,
    /// Whether this came from the cache or was just read from the server.
    pub source: DataSource,
    /// When the server's values were last read (RFC 3339); `None` if never.
    pub fetched_at: Option<String>,
    /// How many edits wait to be sent.
    pub pending: u32,
    /// How many edits conflict with a change made elsewhere (they wait for the user).
    pub conflicts: u32,
    /// How many edits the server refused (they wait for the user).
    pub refused: u32,
    /// Whether the workspace offers "Download my data" (`UserData_EnableDownload`).
    pub data_download: bool,
    /// The workspace's own language (its public `Language` setting): what an empty `language`
    /// preference means (reference §4.2, "`''` = server default"). `None` until read.
    pub server_language: Option<String>,
}

/// The state of a data export ("Download my data" / "Export my data", reference §5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct DataExport {
    /// Whether this request started a new export; `false`: one from the last 24 hours stands.
    pub requested: bool,
    /// Messages included (JSON export) or personal data only (HTML).
    pub full_export: bool,
    /// The operation's status as the server says (`preparing`, `pending`, …, `completed`).
    pub status: String,
    /// When the operation was requested (RFC 3339), when the server says.
    pub created_at: Option<String>,
    /// When a new export may be requested (24 hours after `created_at`), when known.
    pub next_allowed_at: Option<String>,
    /// The download path once completed.
    pub url: Option<String>,
    /// Exports queued before this one, when the server says.
    pub pending_before: Option<u32>,
}
