use tauri::State;
use tether_core::workspace::WorkspaceSummary;
use tether_core::{IpcError, Tether};

/// Adds a workspace by the address the user typed.
#[tauri::command]
#[specta::specta]
pub async fn workspace_add(
    tether: State<'_, Tether>,
    url: String,
) -> Result<WorkspaceSummary, IpcError> {
    Ok(tether.workspace_add(&url).await?)
}
