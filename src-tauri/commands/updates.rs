//! The About page's update section. Download and install stay in Rust: the webview is granted
//! none of the updater plugin's own commands (capabilities/default.json).

use tauri::{AppHandle, State};
use tether_core::IpcError;

use crate::updates::{Channel, Trigger, UpdateOverview, Updates};

/// Where updates stand, the settings and how this copy was installed.
#[tauri::command]
#[specta::specta]
pub async fn updates_get(updates: State<'_, Updates>) -> Result<UpdateOverview, IpcError> {
    Ok(updates.overview())
}

/// "Check for updates".
#[tauri::command]
#[specta::specta]
pub async fn updates_check(
    app: AppHandle,
    updates: State<'_, Updates>,
) -> Result<UpdateOverview, IpcError> {
    updates.check(&app, Trigger::Manual).await
}

/// Downloads the offered update; progress arrives as `UpdateChanged` events.
#[tauri::command]
#[specta::specta]
pub async fn updates_download(updates: State<'_, Updates>) -> Result<UpdateOverview, IpcError> {
    updates.download().await
}

/// Cancels the download under way.
#[tauri::command]
#[specta::specta]
pub async fn updates_cancel(updates: State<'_, Updates>) -> Result<(), IpcError> {
    updates.cancel();
    Ok(())
}

/// "Install and restart": installs the downloaded package, then starts the new Tether.
#[tauri::command]
#[specta::specta]
pub async fn updates_install(app: AppHandle, updates: State<'_, Updates>) -> Result<(), IpcError> {
    let version = updates.install().await?;
    tracing::info!(%version, "update installed; restarting");
    app.restart()
}

/// "Skip this version".
#[tauri::command]
#[specta::specta]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Tauri hands a command its arguments by value"
)]
pub async fn updates_skip(
    updates: State<'_, Updates>,
    version: String,
) -> Result<UpdateOverview, IpcError> {
    updates.skip(&version)
}

/// The channel (stable or beta) and automatic checks.
#[tauri::command]
#[specta::specta]
pub async fn updates_set_preferences(
    updates: State<'_, Updates>,
    channel: Channel,
    automatic: bool,
) -> Result<UpdateOverview, IpcError> {
    updates.set_preferences(channel, automatic)
}
