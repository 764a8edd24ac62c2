use tauri::State;
use tether_core::unread::TraySummary;
use tether_core::workspace::AppSnapshot;
use tether_core::{IpcError, Tether};

/// Everything the UI needs to draw its frame: workspaces and keyring health.
#[tauri::command]
#[specta::specta]
pub async fn app_snapshot(tether: State<'_, Tether>) -> Result<AppSnapshot, IpcError> {
    Ok(tether.workspaces().snapshot().await?)
}

/// What waits unread in each workspace (the switcher's counts), as the tray shows it.
#[tauri::command]
#[specta::specta]
pub async fn unread_summary(tether: State<'_, Tether>) -> Result<TraySummary, IpcError> {
    Ok(tether.unread().tray_summary().await?)
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
pub async fn ui_mark(mark: String) {
    crate::webkit::bench_mark(&mark);
}
