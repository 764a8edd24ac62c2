//! Security commands: the password policy, two-factor authentication, the encryption key,
//! device sessions and personal access tokens. Guarded operations answer `Guarded`: done, or
//! the server's second-factor challenge to answer in the next call.

use tauri::State;
use tether_core::security::password_policy::{PasswordPolicy, RuleCheck};
use tether_core::security::{
    AccessTokens, BackupCodes, DeviceSessions, NewAccessToken, SecurityOverview, TotpSetup,
    save_backup_codes,
};
use tether_core::session::Guarded;
use tether_core::workspace::Confirmation;
use tether_core::{IpcError, Sensitive, Tether};

/// The account's personal access tokens (`allowed: false` hides the section).
#[tauri::command]
#[specta::specta]
pub async fn security_list_tokens(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<AccessTokens, IpcError> {
    Ok(tether.security().access_tokens(&workspace_id).await?)
}

/// Makes a token; the answer shows it once.
#[tauri::command]
#[specta::specta]
pub async fn security_create_token(
    tether: State<'_, Tether>,
    workspace_id: String,
    name: String,
    require_two_factor: bool,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<NewAccessToken>, IpcError> {
    Ok(tether
        .security()
        .access_token_create(&workspace_id, &name, require_two_factor, confirmation)
        .await?)
}

/// Gives a token a new secret.
#[tauri::command]
#[specta::specta]
pub async fn security_regenerate_token(
    tether: State<'_, Tether>,
    workspace_id: String,
    name: String,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<NewAccessToken>, IpcError> {
    Ok(tether
        .security()
        .access_token_regenerate(&workspace_id, &name, confirmation)
        .await?)
}

/// Deletes a token.
#[tauri::command]
#[specta::specta]
pub async fn security_delete_token(
    tether: State<'_, Tether>,
    workspace_id: String,
    name: String,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<()>, IpcError> {
    Ok(tether
        .security()
        .access_token_delete(&workspace_id, &name, confirmation)
        .await?)
}

/// The workspace's password policy (`pw.getPolicy`).
#[tauri::command]
#[specta::specta]
pub async fn security_get_password_policy(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<PasswordPolicy, IpcError> {
    Ok(tether.security().password_policy(&workspace_id).await?)
}

/// Each rule of a policy, met or not by what is typed (local: no server call).
#[tauri::command]
#[specta::specta]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Tauri commands take their arguments by value"
)]
pub fn security_check_password(
    policy: PasswordPolicy,
    password: String,
) -> Result<Vec<RuleCheck>, IpcError> {
    Ok(policy.check(&password))
}

/// What the Security page shows.
#[tauri::command]
#[specta::specta]
pub async fn security_get_overview(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<SecurityOverview, IpcError> {
    Ok(tether.security().overview(&workspace_id).await?)
}

/// Starts turning on authenticator 2FA: the secret and its QR code.
#[tauri::command]
#[specta::specta]
pub async fn security_enable_totp(
    tether: State<'_, Tether>,
    workspace_id: String,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<TotpSetup>, IpcError> {
    Ok(tether
        .security()
        .totp_enable(&workspace_id, confirmation)
        .await?)
}

/// Confirms the secret with a code from the app; the backup codes, once.
#[tauri::command]
#[specta::specta]
pub async fn security_confirm_totp(
    tether: State<'_, Tether>,
    workspace_id: String,
    code: String,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<BackupCodes>, IpcError> {
    Ok(tether
        .security()
        .totp_confirm(&workspace_id, &code, confirmation)
        .await?)
}

/// Turns authenticator 2FA off with a code or a backup code.
#[tauri::command]
#[specta::specta]
pub async fn security_disable_totp(
    tether: State<'_, Tether>,
    workspace_id: String,
    code: String,
) -> Result<(), IpcError> {
    Ok(tether.security().totp_disable(&workspace_id, &code).await?)
}

/// New backup codes.
#[tauri::command]
#[specta::specta]
pub async fn security_regenerate_backup_codes(
    tether: State<'_, Tether>,
    workspace_id: String,
    code: String,
) -> Result<BackupCodes, IpcError> {
    Ok(tether
        .security()
        .totp_regenerate_codes(&workspace_id, &code)
        .await?)
}

/// Saves backup codes as a text file in the Downloads folder; its path.
#[tauri::command]
#[specta::specta]
pub async fn security_save_backup_codes(
    tether: State<'_, Tether>,
    workspace_id: String,
    codes: Vec<String>,
) -> Result<String, IpcError> {
    let summary = tether
        .workspaces()
        .snapshot()
        .await?
        .workspaces
        .into_iter()
        .find(|w| w.id == workspace_id)
        .ok_or_else(|| tether_core::Error::WorkspaceNotFound(workspace_id.clone()))?;
    let account = summary.account.map(|a| a.username).unwrap_or_default();
    let dir = dirs::download_dir()
        .or_else(dirs::home_dir)
        .unwrap_or_else(std::env::temp_dir);
    let path = tauri::async_runtime::spawn_blocking(move || {
        save_backup_codes(&dir, &summary.name, &account, &codes)
    })
    .await
    .map_err(|e| tether_core::Error::Io(std::io::Error::other(e.to_string())))??;
    Ok(path.display().to_string())
}

/// Turns email 2FA on or off (off asks a second factor every time).
#[tauri::command]
#[specta::specta]
pub async fn security_set_email_two_factor(
    tether: State<'_, Tether>,
    workspace_id: String,
    enabled: bool,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<()>, IpcError> {
    Ok(tether
        .security()
        .email_two_factor_set(&workspace_id, enabled, confirmation)
        .await?)
}

/// Changes the end-to-end encryption password (the key is re-encrypted here).
#[tauri::command]
#[specta::specta]
pub async fn security_change_encryption_password(
    tether: State<'_, Tether>,
    workspace_id: String,
    current_password: String,
    new_password: String,
) -> Result<(), IpcError> {
    Ok(tether
        .security()
        .encryption_password_change(
            &workspace_id,
            Sensitive::new(current_password),
            Sensitive::new(new_password),
        )
        .await?)
}

/// Resets the end-to-end encryption key: every session ends, this one too.
#[tauri::command]
#[specta::specta]
pub async fn security_reset_encryption_key(
    tether: State<'_, Tether>,
    workspace_id: String,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<()>, IpcError> {
    Ok(tether
        .security()
        .encryption_key_reset(&workspace_id, confirmation)
        .await?)
}

/// The devices signed in to the account (where the workspace lists them).
#[tauri::command]
#[specta::specta]
pub async fn security_list_devices(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<DeviceSessions, IpcError> {
    Ok(tether.security().device_sessions(&workspace_id).await?)
}

/// Signs one device out.
#[tauri::command]
#[specta::specta]
pub async fn security_sign_out_device(
    tether: State<'_, Tether>,
    workspace_id: String,
    session_id: String,
) -> Result<DeviceSessions, IpcError> {
    Ok(tether
        .security()
        .device_session_sign_out(&workspace_id, &session_id)
        .await?)
}
