//! A Chatwoot agent's own settings (issue 23): profile, password, audio alerts, notification
//! flags, availability, the personal access token.

use tauri::State;
use tether_core::agent::{AgentProfileEdit, AgentSaved, AgentToken};
use tether_core::workspace::{AgentAudio, AgentView};
use tether_core::{IpcError, Sensitive, Tether};

/// The pages' data from the cache: instant, and available offline.
#[tauri::command]
#[specta::specta]
pub async fn agent_load(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<AgentView, IpcError> {
    Ok(tether.agent().cached(&workspace_id).await?)
}

/// Reads the profile and notification flags from the server (and caches them).
#[tauri::command]
#[specta::specta]
pub async fn agent_refresh(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<AgentView, IpcError> {
    Ok(tether.agent().refresh(&workspace_id).await?)
}

/// "Update profile": only the changed fields.
#[tauri::command]
#[specta::specta]
pub async fn agent_save_profile(
    tether: State<'_, Tether>,
    workspace_id: String,
    edit: AgentProfileEdit,
) -> Result<AgentSaved, IpcError> {
    Ok(tether.agent().save_profile(&workspace_id, edit).await?)
}

/// Changes the password (the server checks the current one and its policy).
#[tauri::command]
#[specta::specta]
pub async fn agent_change_password(
    tether: State<'_, Tether>,
    workspace_id: String,
    current: String,
    password: String,
    confirmation: String,
) -> Result<(), IpcError> {
    Ok(tether
        .agent()
        .change_password(
            &workspace_id,
            Sensitive::new(current),
            Sensitive::new(password),
            Sensitive::new(confirmation),
        )
        .await?)
}

/// Saves the audio alerts (only Tether's keys of `ui_settings`).
#[tauri::command]
#[specta::specta]
pub async fn agent_save_audio(
    tether: State<'_, Tether>,
    workspace_id: String,
    audio: AgentAudio,
) -> Result<AgentView, IpcError> {
    Ok(tether.agent().save_audio(&workspace_id, audio).await?)
}

/// Saves the e-mail and push notification flags of the shown account.
#[tauri::command]
#[specta::specta]
pub async fn agent_save_flags(
    tether: State<'_, Tether>,
    workspace_id: String,
    email: Vec<String>,
    push: Vec<String>,
) -> Result<AgentView, IpcError> {
    Ok(tether
        .agent()
        .save_flags(&workspace_id, email, push)
        .await?)
}

/// Sets the availability (online, busy, offline) in the shown account.
#[tauri::command]
#[specta::specta]
pub async fn agent_set_availability(
    tether: State<'_, Tether>,
    workspace_id: String,
    availability: String,
) -> Result<AgentView, IpcError> {
    Ok(tether
        .agent()
        .set_availability(&workspace_id, &availability)
        .await?)
}

/// Sets "go offline automatically" in the shown account.
#[tauri::command]
#[specta::specta]
pub async fn agent_set_auto_offline(
    tether: State<'_, Tether>,
    workspace_id: String,
    on: bool,
) -> Result<AgentView, IpcError> {
    Ok(tether.agent().set_auto_offline(&workspace_id, on).await?)
}

/// Shows another of the user's accounts.
#[tauri::command]
#[specta::specta]
pub async fn agent_choose_account(
    tether: State<'_, Tether>,
    workspace_id: String,
    account_id: String,
) -> Result<AgentView, IpcError> {
    Ok(tether
        .agent()
        .choose_account(&workspace_id, &account_id)
        .await?)
}

/// The alert tone's volume (Tether's own).
#[tauri::command]
#[specta::specta]
pub async fn agent_set_volume(
    tether: State<'_, Tether>,
    workspace_id: String,
    volume: u8,
) -> Result<AgentView, IpcError> {
    Ok(tether.agent().set_volume(&workspace_id, volume).await?)
}

/// Plays a Chatwoot tone as a preview.
#[tauri::command]
#[specta::specta]
pub async fn agent_preview_tone(
    tether: State<'_, Tether>,
    workspace_id: String,
    tone: String,
    volume: Option<u8>,
) -> Result<(), IpcError> {
    Ok(tether
        .agent()
        .preview_tone(&workspace_id, &tone, volume)
        .await?)
}

/// The personal access token, when the user asks to see or copy it.
#[tauri::command]
#[specta::specta]
pub async fn agent_get_token(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<AgentToken, IpcError> {
    Ok(tether.agent().token(&workspace_id).await?)
}

/// Resets the personal access token (integrations using the old one stop working).
#[tauri::command]
#[specta::specta]
pub async fn agent_reset_token(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<AgentToken, IpcError> {
    Ok(tether.agent().reset_token(&workspace_id).await?)
}

/// Decides a waiting edit: the user's value (sent now) or the server's (the edit is dropped).
#[tauri::command]
#[specta::specta]
pub async fn agent_resolve(
    tether: State<'_, Tether>,
    workspace_id: String,
    key: String,
    keep_mine: bool,
) -> Result<AgentView, IpcError> {
    Ok(tether
        .agent()
        .resolve(&workspace_id, &key, keep_mine)
        .await?)
}

/// Uploads a new profile image (the file's bytes as base64).
#[tauri::command]
#[specta::specta]
pub async fn agent_upload_avatar(
    tether: State<'_, Tether>,
    workspace_id: String,
    file_name: String,
    data_base64: String,
) -> Result<AgentView, IpcError> {
    let bytes = super::picture_bytes(&data_base64)?;
    Ok(tether
        .agent()
        .set_avatar(&workspace_id, bytes, &file_name)
        .await?)
}

/// Removes the profile image.
#[tauri::command]
#[specta::specta]
pub async fn agent_remove_avatar(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<AgentView, IpcError> {
    Ok(tether.agent().remove_avatar(&workspace_id).await?)
}

/// Two-factor's state and the signed-in devices, where the server has them.
#[tauri::command]
#[specta::specta]
pub async fn agent_get_security(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<tether_core::agent::AgentSecurity, IpcError> {
    Ok(tether.agent().security(&workspace_id).await?)
}

/// Starts turning two-factor on: the secret as a QR code and as text.
#[tauri::command]
#[specta::specta]
pub async fn agent_two_factor_begin(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<tether_core::security::TotpSetup, IpcError> {
    Ok(tether.agent().two_factor_begin(&workspace_id).await?)
}

/// Turns two-factor on with the app's code: the backup codes, shown once.
#[tauri::command]
#[specta::specta]
pub async fn agent_two_factor_confirm(
    tether: State<'_, Tether>,
    workspace_id: String,
    code: String,
) -> Result<tether_core::security::BackupCodes, IpcError> {
    Ok(tether
        .agent()
        .two_factor_confirm(&workspace_id, &code)
        .await?)
}

/// Turns two-factor off with the app's code and the password.
#[tauri::command]
#[specta::specta]
pub async fn agent_two_factor_disable(
    tether: State<'_, Tether>,
    workspace_id: String,
    code: String,
    password: String,
) -> Result<(), IpcError> {
    Ok(tether
        .agent()
        .two_factor_disable(&workspace_id, &code, Sensitive::new(password))
        .await?)
}

/// Signs another device out.
#[tauri::command]
#[specta::specta]
pub async fn agent_sign_out_device(
    tether: State<'_, Tether>,
    workspace_id: String,
    device_id: String,
) -> Result<(), IpcError> {
    Ok(tether
        .agent()
        .sign_out_device(&workspace_id, &device_id)
        .await?)
}
