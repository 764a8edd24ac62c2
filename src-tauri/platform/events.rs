//! Delivers core events to the webview as one typed Tauri event.

use tauri::AppHandle;
use tauri_specta::Event;
use tether_core::ports::{CoreEvent, EventSink};

use super::ui_events::TetherEvent;

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
