use tauri::State;
use tether_core::preferences::{DataExport, PreferencesView};
use tether_core::{IpcError, Tether};

/// The Preferences page from the cache: instant, and available offline.
#[tauri::command]
#[specta::specta]
pub async fn preferences_load(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<PreferencesView, IpcError> {
    Ok(tether.preferences().cached(&workspace_id).await?)
}

/// Reads defaults and preferences from the server, sends waiting edits, returns the page.
#[tauri::command]
#[specta::specta]
pub async fn preferences_refresh(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<PreferencesView, IpcError> {
    Ok(tether.preferences().refresh(&workspace_id).await?)
}

/// Changes one preference: checked, kept durably (also offline), sent in the background.
#[tauri::command]
#[specta::specta]
pub async fn preferences_set(
    tether: State<'_, Tether>,
    workspace_id: String,
    key: String,
    value: serde_json::Value,
) -> Result<PreferencesView, IpcError> {
    Ok(tether.preferences().set(&workspace_id, &key, value).await?)
}

/// Sets a preference back to the workspace's default.
#[tauri::command]
#[specta::specta]
pub async fn preferences_reset(
    tether: State<'_, Tether>,
    workspace_id: String,
    key: String,
) -> Result<PreferencesView, IpcError> {
    Ok(tether.preferences().reset(&workspace_id, &key).await?)
}

/// Settles a conflict: keep mine (send it) or take the server's; also drops a refused edit.
#[tauri::command]
#[specta::specta]
pub async fn preferences_resolve(
    tether: State<'_, Tether>,
    workspace_id: String,
    key: String,
    keep_mine: bool,
) -> Result<PreferencesView, IpcError> {
    Ok(tether
        .preferences()
        .resolve(&workspace_id, &key, keep_mine)
        .await?)
}

/// "Download my data" (HTML) or, with `full_export`, "Export my data" (JSON).
#[tauri::command]
#[specta::specta]
pub async fn preferences_download_data(
    tether: State<'_, Tether>,
    workspace_id: String,
    full_export: bool,
) -> Result<DataExport, IpcError> {
    Ok(tether
        .preferences()
        .data_download(&workspace_id, full_export)
        .await?)
}
