use tauri::State;
use tether_core::workspace::{WorkspaceImages, WorkspaceSummary};
use tether_core::{IpcError, Tether};

/// Adds a workspace by the address the user typed.
#[tauri::command]
#[specta::specta]
pub async fn workspace_add(
    tether: State<'_, Tether>,
    url: String,
) -> Result<WorkspaceSummary, IpcError> {
    Ok(tether.workspaces().add(&url).await?)
}

/// Trusts exactly the certificate the server at `url` presented (the fingerprint the user saw).
#[tauri::command]
#[specta::specta]
pub async fn workspace_trust_certificate(
    tether: State<'_, Tether>,
    url: String,
    fingerprint: String,
) -> Result<(), IpcError> {
    Ok(tether
        .workspaces()
        .trust_certificate(&url, &fingerprint)
        .await?)
}

/// Removes a workspace with its session, token and cached data.
#[tauri::command]
#[specta::specta]
pub async fn workspace_remove(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<(), IpcError> {
    Ok(tether.workspaces().remove(&workspace_id).await?)
}

/// Every workspace's icon and avatar, as `data:` URLs.
#[tauri::command]
#[specta::specta]
pub async fn workspace_get_images(
    tether: State<'_, Tether>,
) -> Result<Vec<WorkspaceImages>, IpcError> {
    Ok(tether.workspaces().images().await?)
}
