//! The events the shell sends the UI. Their own module, below both the event sink (which
//! forwards core's events) and the tray (which asks for a workspace): neither imports the other
//! for them.

use serde::{Deserialize, Serialize};
use tauri_specta::Event;
use tether_core::ports::CoreEvent;

/// The one event the UI listens to; its payload says what changed.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, Event)]
pub struct TetherEvent(pub CoreEvent);

/// The tray menu asks the window to show a workspace.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, Event)]
pub struct OpenWorkspace {
    /// Tether's id of the workspace.
    pub workspace_id: String,
}

/// The update status changed (a check, the download's progress, an install).
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, Event)]
pub struct UpdateChanged(pub crate::updates::UpdateOverview);
