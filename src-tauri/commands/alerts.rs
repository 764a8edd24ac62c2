use tauri::State;
use tether_core::alerts::{DoNotDisturb, QuietFor};
use tether_core::{IpcError, Tether};

/// Shows a test notification, or says with a code why it cannot be shown.
#[tauri::command]
#[specta::specta]
pub async fn alerts_test_notification(
    tether: State<'_, Tether>,
    workspace_id: Option<String>,
    require_interaction: bool,
) -> Result<(), IpcError> {
    Ok(tether
        .alerts()
        .notification_test(workspace_id.as_deref(), require_interaction)
        .await?)
}

/// Plays a sound (a preview): at `volume` 0–100, or the user's own volume when absent.
#[tauri::command]
#[specta::specta]
pub async fn alerts_play_sound(
    tether: State<'_, Tether>,
    workspace_id: Option<String>,
    sound_id: String,
    volume: Option<u8>,
) -> Result<(), IpcError> {
    Ok(tether
        .alerts()
        .sound_play(workspace_id.as_deref(), &sound_id, volume)
        .await?)
}

/// Tether's own do-not-disturb.
#[tauri::command]
#[specta::specta]
pub async fn alerts_get_do_not_disturb(
    tether: State<'_, Tether>,
) -> Result<DoNotDisturb, IpcError> {
    Ok(tether.alerts().do_not_disturb().await?)
}

/// Mutes Tether for an hour or until tomorrow, or turns that off.
#[tauri::command]
#[specta::specta]
pub async fn alerts_set_do_not_disturb(
    tether: State<'_, Tether>,
    choice: QuietFor,
) -> Result<DoNotDisturb, IpcError> {
    Ok(tether.alerts().set_do_not_disturb(choice).await?)
}

/// The UI tells which workspace the window shows (for "mute focused conversations").
#[tauri::command]
#[specta::specta]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Tauri hands a command its state by value"
)]
pub fn alerts_set_shown_workspace(
    tether: State<'_, Tether>,
    workspace_id: Option<String>,
) -> Result<(), IpcError> {
    tether.alerts().set_shown_workspace(workspace_id);
    Ok(())
}
