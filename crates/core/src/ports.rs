//! Ports: the small traits through which core reaches the platform.
//!
//! The desktop shell implements them (OS keyring, Tauri events, the system clock); tests
//! implement them in memory. Later issues add `Notifier` and `SoundPlayer` here.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Sensitive;

/// Where a secret lives: one entry per workspace and user, so two accounts never share one.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SecretKey {
    /// Tether's id of the workspace.
    pub workspace_id: String,
    /// The server's id of the user.
    pub user_id: String,
}

impl SecretKey {
    /// The keyring "account" string for this key.
    pub fn account(&self) -> String {
        format!("{}/{}", self.workspace_id, self.user_id)
    }
}

/// Why a secret store call failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SecretError {
    /// No keyring service can be reached (e.g. no Secret Service on the session bus).
    #[error("the system keyring is not available: {0}")]
    Unavailable(String),
    /// The keyring answered but refused or failed the operation.
    #[error("the system keyring failed: {0}")]
    Failed(String),
}

/// Stores auth tokens. The desktop implementation is the OS keyring; nothing else may hold
/// tokens at rest (never SQLite, files or logs).
pub trait SecretStore: Send + Sync {
    /// Reads a secret; `Ok(None)` when there is no entry.
    fn get(&self, key: &SecretKey) -> Result<Option<Sensitive<String>>, SecretError>;
    /// Creates or replaces a secret.
    fn set(&self, key: &SecretKey, secret: &Sensitive<String>) -> Result<(), SecretError>;
    /// Deletes a secret; deleting a missing entry is not an error.
    fn delete(&self, key: &SecretKey) -> Result<(), SecretError>;
}

/// A secret store in memory: for tests, and as the session-only fallback when the OS keyring
/// cannot be reached.
#[derive(Default)]
pub struct MemorySecretStore {
    entries: Mutex<HashMap<SecretKey, Sensitive<String>>>,
}

impl SecretStore for MemorySecretStore {
    fn get(&self, key: &SecretKey) -> Result<Option<Sensitive<String>>, SecretError> {
        Ok(self.lock()?.get(key).cloned())
    }
    fn set(&self, key: &SecretKey, secret: &Sensitive<String>) -> Result<(), SecretError> {
        self.lock()?.insert(key.clone(), secret.clone());
        Ok(())
    }
    fn delete(&self, key: &SecretKey) -> Result<(), SecretError> {
        self.lock()?.remove(key);
        Ok(())
    }
}

impl MemorySecretStore {
    fn lock(
        &self,
    ) -> Result<std::sync::MutexGuard<'_, HashMap<SecretKey, Sensitive<String>>>, SecretError> {
        self.entries
            .lock()
            .map_err(|_| SecretError::Failed("memory store poisoned".into()))
    }
}

/// The time source, so tests can control it.
pub trait Clock: Send + Sync {
    /// The current time.
    fn now(&self) -> DateTime<Utc>;
}

/// The real clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// Something the UI should know about. Core decides *what* happened; the shell decides how to
/// deliver it (a Tauri event, a test recorder).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CoreEvent {
    /// The list of workspaces, their accounts or their connection state changed.
    WorkspacesChanged,
    /// A fresher profile for this workspace is in the cache.
    ProfileUpdated {
        /// Tether's id of the workspace.
        workspace_id: String,
    },
    /// The preferences of this workspace changed in the cache (an edit, a sync, a conflict).
    PreferencesUpdated {
        /// Tether's id of the workspace.
        workspace_id: String,
    },
    /// A workspace icon or avatar was stored: read them again (they are not part of the
    /// workspace list, so list changes do not need them re-read).
    ImagesChanged,
}

/// Delivers [`CoreEvent`]s to whoever shows them.
pub trait EventSink: Send + Sync {
    /// Delivers one event; must not block.
    fn emit(&self, event: CoreEvent);
}

/// An event sink that remembers what it was given (tests).
#[derive(Default)]
pub struct RecordingEventSink {
    events: Mutex<Vec<CoreEvent>>,
}

impl RecordingEventSink {
    /// Everything emitted so far.
    pub fn events(&self) -> Vec<CoreEvent> {
        self.events.lock().map(|e| e.clone()).unwrap_or_default()
    }
}

impl EventSink for RecordingEventSink {
    fn emit(&self, event: CoreEvent) {
        if let Ok(mut events) = self.events.lock() {
            events.push(event);
        }
    }
}
