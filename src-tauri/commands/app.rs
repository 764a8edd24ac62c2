use tauri::State;
use tether_core::workspace::AppSnapshot;
use tether_core::{IpcError, Tether};

/// Everything the UI needs to draw its frame: workspaces and keyring health.
#[tauri::command]
#[specta::specta]
pub async fn app_snapshot(tether: State<'_, Tether>) -> Result<AppSnapshot, IpcError> {
    Ok(tether.snapshot().await?)
}
