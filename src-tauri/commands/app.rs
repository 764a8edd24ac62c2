use tauri::State;
use tether_core::unread::TraySummary;
use tether_core::workspace::AppSnapshot;
use tether_core::{IpcError, Tether};

/// Everything the UI needs to draw its frame: workspaces and keyring health.
#[tauri::command]
#[specta::specta]
pub async fn app_snapshot(tether: State<'_, Tether>) -> Result<AppSnapshot, IpcError> {
    Ok(tether.snapshot().await?)
}

/// What waits unread in each workspace (the switcher's counts), as the tray shows it.
#[tauri::command]
#[specta::specta]
pub async fn unread_summary(tether: State<'_, Tether>) -> Result<TraySummary, IpcError> {
    Ok(tether.tray_summary().await?)
}
