use tauri::State;
use tether_core::workspace::AppSnapshot;
use tether_core::{ErrorCode, IpcError, Tether};

use crate::DataDir;
use crate::updates::Updates;

/// Everything the UI needs to draw its frame: workspaces and keyring health.
#[tauri::command]
#[specta::specta]
pub async fn app_get_snapshot(tether: State<'_, Tether>) -> Result<AppSnapshot, IpcError> {
    Ok(tether.workspaces().snapshot().await?)
}

/// The language the window shows (a BCP 47 tag), for Tether's words outside it: the tray's
/// menu and tooltip follow at once. Answers the language Tether speaks closest to it.
#[tauri::command]
#[specta::specta]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Tauri hands a command its arguments by value"
)]
pub async fn app_set_language(
    tether: State<'_, Tether>,
    locale: String,
) -> Result<String, IpcError> {
    Ok(tether.context().set_language(&locale).to_owned())
}

/// Ctrl+W (⌘W): closes the window as its close button does, so it goes to the tray where
/// there is one (the `CloseRequested` handler in `lib.rs` decides), and quits otherwise.
#[tauri::command]
#[specta::specta]
pub async fn app_close_window(window: tauri::WebviewWindow) -> Result<(), IpcError> {
    // It fails only when the event loop is gone, i.e. Tether is quitting anyway.
    if let Err(err) = window.close() {
        tracing::warn!(%err, "the window could not be closed");
    }
    Ok(())
}

/// A milestone of the UI (the Profile page drawn from the cache), for the benchmarks' launcher:
/// written to stdout only when `TETHER_BENCH_MARKS` is set. Async, so that Tauri runs it off the
/// main (GTK) thread, as every other command.
#[tauri::command]
#[specta::specta]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Tauri hands a command its arguments by value"
)]
pub async fn app_mark(mark: String) -> Result<(), IpcError> {
    crate::webkit::bench_mark(&mark);
    Ok(())
}

/// "Copy diagnostics": versions, platform, desktop services and the workspaces' server versions,
/// with no address, user or secret (`diagnostics.rs`).
#[tauri::command]
#[specta::specta]
pub async fn app_get_diagnostics(
    tether: State<'_, Tether>,
    updates: State<'_, Updates>,
) -> Result<String, IpcError> {
    let snapshot = tether.workspaces().snapshot().await?;
    let overview = updates.overview();
    // D-Bus calls block: off the async threads.
    let services = tauri::async_runtime::spawn_blocking(crate::diagnostics::desktop_services)
        .await
        .unwrap_or_default();
    Ok(crate::diagnostics::render(&crate::diagnostics::Facts {
        version: &overview.current_version,
        webview: tauri::webview_version().ok(),
        os: crate::diagnostics::os_name(),
        desktop: crate::diagnostics::desktop_name(),
        services,
        snapshot: &snapshot,
        updates: &overview,
    }))
}

/// "Open the log folder": the data folder, where `tether.log` is.
#[tauri::command]
#[specta::specta]
pub async fn app_open_log_folder(data: State<'_, DataDir>) -> Result<(), IpcError> {
    crate::platform::opener::open_folder(&data.0).map_err(|err| IpcError {
        code: ErrorCode::Storage,
        message: format!(
            "The log folder ({}) could not be opened: {err}",
            data.0.display()
        ),
        details: None,
    })
}
