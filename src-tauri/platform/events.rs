//! Delivers core events to the webview as one typed Tauri event.

use serde::{Deserialize, Serialize};
use tauri::AppHandle;
use tauri_specta::Event;
use tether_core::ports::{CoreEvent, EventSink};

/// The one event the UI listens to; its payload says what changed.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, Event)]
pub struct TetherEvent(pub CoreEvent);

/// [`EventSink`] over Tauri events.
pub struct TauriEventSink {
    app: AppHandle,
}

impl TauriEventSink {
    /// A sink emitting on `app`.
    pub fn new(app: AppHandle) -> Self {
        Self { app }
    }
}

impl EventSink for TauriEventSink {
    fn emit(&self, event: CoreEvent) {
        if let Err(err) = TetherEvent(event).emit(&self.app) {
            tracing::warn!(%err, "could not deliver an event to the UI");
        }
    }
}
