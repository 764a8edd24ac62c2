//! Delivers core events to the webview as one typed Tauri event.

use serde::{Deserialize, Serialize};
use tauri::AppHandle;
use tauri_specta::Event;
use tether_core::ports::{CoreEvent, EventSink};

/// The one event the UI listens to; its payload says what changed.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, Event)]
pub struct TetherEvent(pub CoreEvent);

/// The tray menu asks the window to show a workspace.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, Event)]
pub struct OpenWorkspace {
    /// Tether's id of the workspace.
    pub workspace_id: String,
}

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
        match &event {
            CoreEvent::UnreadChanged { summary } => {
                super::tray::show_summary(&self.app, summary.clone());
            }
            CoreEvent::DoNotDisturbChanged => {
                super::tray::refresh(&self.app, super::tray::Reread::DoNotDisturb);
            }
            _ => {}
        }
        if let Err(err) = TetherEvent(event).emit(&self.app) {
            tracing::warn!(%err, "could not deliver an event to the UI");
        }
    }
}
