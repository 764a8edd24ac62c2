//! Ports: the small traits through which core reaches the platform.
//!
//! The desktop shell implements them (OS keyring, Tauri events, the system clock); tests
//! implement them in memory.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

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
        /// Who changed it: a page does not read back what its own command just returned.
        origin: ChangeOrigin,
    },
    /// The preferences of this workspace changed in the cache (an edit, a sync, a conflict).
    PreferencesUpdated {
        /// Tether's id of the workspace.
        workspace_id: String,
        /// Who changed it: a page does not read back what its own command just returned.
        origin: ChangeOrigin,
    },
    /// A workspace icon or avatar was stored: read them again (they are not part of the
    /// workspace list, so list changes do not need them re-read).
    ImagesChanged,
    /// Tether's own do-not-disturb was switched on or off.
    DoNotDisturbChanged,
    /// What waits unread changed: the tray, the app badge and the switcher's counts.
    UnreadChanged {
        /// Everything they show.
        summary: crate::workspace::TraySummary,
    },
}

/// Where a change came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ChangeOrigin {
    /// A command: its caller already has the result it returned.
    Command,
    /// The background work, the server or another device (a sync, a realtime event, a
    /// reconnection): whoever shows the data reads it again.
    Background,
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

/// A desktop notification to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesktopNotification {
    /// The title line.
    pub summary: String,
    /// The text.
    pub body: String,
    /// Stays until the user dismisses it (critical urgency and no timeout on Linux).
    pub require_interaction: bool,
    /// Opened in the user's browser when the notification is clicked.
    pub open_url: Option<String>,
}

/// Why a desktop notification could not be shown. Each maps to its own [`crate::ErrorCode`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotifyError {
    /// No notification service answers (no session bus, or nothing owns the notification
    /// service on it).
    #[error("{0}")]
    ServiceMissing(String),
    /// The desktop's settings turn notifications off for Tether.
    #[error("{0}")]
    Disabled(String),
    /// The desktop's do-not-disturb mode is on; the notification would not show.
    #[error("{0}")]
    DoNotDisturb(String),
    /// The notification service did not answer in time.
    #[error("{0}")]
    Timeout(String),
    /// Any other failure of the notification service.
    #[error("{0}")]
    Failed(String),
}

/// Shows desktop notifications (notify-rust in the shell; a recorder in tests). Blocking: core
/// calls it off the async runtime.
pub trait Notifier: Send + Sync {
    /// Says whether a notification could be seen now, and why not: no service, turned off
    /// for Tether, the desktop's do-not-disturb, no answer. The test notification's (and the
    /// tray notice's) diagnostics; real notifications are not held back by it.
    fn check(&self) -> Result<(), NotifyError> {
        Ok(())
    }
    /// Hands a notification to the desktop's service. Returns once the service accepted it.
    /// The desktop's do-not-disturb is the service's business: it holds the notification back
    /// and keeps it in its history.
    fn show(&self, notification: &DesktopNotification) -> Result<(), NotifyError>;
    /// Whether the desktop's do-not-disturb is on now (Tether then plays no notification
    /// sounds).
    fn desktop_quiet(&self) -> bool {
        false
    }
}

/// A sound ready to play.
#[derive(Debug, Clone, PartialEq)]
pub enum Clip {
    /// Mono samples in -1.0..=1.0 (Tether's synthesised built-in sounds).
    Pcm {
        /// Samples per second.
        rate: u32,
        /// The samples.
        samples: Arc<[f32]>,
    },
    /// An audio file as the workspace serves it (a custom sound: mp3, ogg, wav, flac).
    Encoded {
        /// The file's bytes.
        bytes: Arc<[u8]>,
    },
}

/// Why a sound could not be played.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SoundError {
    /// No audio output device can be opened.
    #[error("{0}")]
    NoDevice(String),
    /// The sound file cannot be decoded.
    #[error("{0}")]
    Undecodable(String),
}

/// Plays sounds (rodio in the shell, keeping the output open; a recorder in tests).
pub trait SoundPlayer: Send + Sync {
    /// Starts playing `clip` at `volume` (0.0–1.0) and returns at once; sounds may overlap.
    fn play(&self, clip: &Clip, volume: f32) -> Result<(), SoundError>;
}

/// The notifier and sound player of a process without a desktop (core's default until the
/// shell provides real ones): every call says so.
pub struct NoDesktop;

impl Notifier for NoDesktop {
    fn show(&self, _: &DesktopNotification) -> Result<(), NotifyError> {
        Err(NotifyError::ServiceMissing(
            "This process has no desktop notification service.".into(),
        ))
    }
}

impl SoundPlayer for NoDesktop {
    fn play(&self, _: &Clip, _: f32) -> Result<(), SoundError> {
        Err(SoundError::NoDevice(
            "This process has no audio output.".into(),
        ))
    }
}

/// A notifier and sound player that remember what they were asked (tests).
#[derive(Default)]
pub struct RecordingDesktop {
    notifications: Mutex<Vec<DesktopNotification>>,
    sounds: Mutex<Vec<(Clip, f32)>>,
    quiet: std::sync::atomic::AtomicBool,
}

impl RecordingDesktop {
    /// Puts the recorded desktop in (or out of) do-not-disturb.
    pub fn set_desktop_quiet(&self, quiet: bool) {
        self.quiet.store(quiet, std::sync::atomic::Ordering::SeqCst);
    }

    /// Every notification shown so far.
    pub fn notifications(&self) -> Vec<DesktopNotification> {
        self.notifications
            .lock()
            .map(|n| n.clone())
            .unwrap_or_default()
    }
    /// Every sound played so far, with its volume.
    pub fn sounds(&self) -> Vec<(Clip, f32)> {
        self.sounds.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

impl Notifier for RecordingDesktop {
    fn show(&self, notification: &DesktopNotification) -> Result<(), NotifyError> {
        if let Ok(mut n) = self.notifications.lock() {
            n.push(notification.clone());
        }
        Ok(())
    }

    fn desktop_quiet(&self) -> bool {
        self.quiet.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl SoundPlayer for RecordingDesktop {
    fn play(&self, clip: &Clip, volume: f32) -> Result<(), SoundError> {
        if let Ok(mut s) = self.sounds.lock() {
            s.push((clip.clone(), volume));
        }
        Ok(())
    }
}
