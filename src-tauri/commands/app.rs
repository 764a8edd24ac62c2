use tauri::State;
use tether_core::workspace::AppSnapshot;
use tether_core::{IpcError, Tether};

/// Everything the UI needs to draw its frame: workspaces and keyring health.
#[tauri::command]
#[specta::specta]
pub async fn app_get_snapshot(tether: State<'_, Tether>) -> Result<AppSnapshot, IpcError> {
    Ok(tether.workspaces().snapshot().await?)
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
