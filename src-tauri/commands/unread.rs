use tauri::State;
use tether_core::unread::TraySummary;
use tether_core::{IpcError, Tether};

/// What waits unread in each workspace (the switcher's counts), as the tray shows it.
#[tauri::command]
#[specta::specta]
pub async fn unread_get_summary(tether: State<'_, Tether>) -> Result<TraySummary, IpcError> {
    Ok(tether.unread().tray_summary().await?)
}
