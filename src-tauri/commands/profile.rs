use tauri::State;
use tether_core::workspace::ProfileView;
use tether_core::{IpcError, Tether};

/// The cached profile: instant, and available offline.
#[tauri::command]
#[specta::specta]
pub async fn profile_cached(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<Option<ProfileView>, IpcError> {
    Ok(tether.profile_cached(&workspace_id).await?)
}

/// Reads the profile from the server (and caches it).
#[tauri::command]
#[specta::specta]
pub async fn profile_refresh(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<ProfileView, IpcError> {
    Ok(tether.profile_refresh(&workspace_id).await?)
}
