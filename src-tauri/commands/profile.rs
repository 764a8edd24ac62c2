use tauri::State;
use tether_core::workspace::{
    Confirmation, DeleteAccountStep, ProfileChanges, ProfileRules, ProfileSaveStep, ProfileView,
    UsernameCheck,
};
use tether_core::{IpcError, Tether};

/// The cached profile: instant, and available offline.
#[tauri::command]
#[specta::specta]
pub async fn profile_load(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<Option<ProfileView>, IpcError> {
    Ok(tether.profile().cached(&workspace_id).await?)
}

/// Reads the profile from the server (and caches it).
#[tauri::command]
#[specta::specta]
pub async fn profile_refresh(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<ProfileView, IpcError> {
    Ok(tether.profile().refresh(&workspace_id).await?)
}

/// What the workspace lets the user change (read-only fields show why).
#[tauri::command]
#[specta::specta]
pub async fn profile_get_rules(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<ProfileRules, IpcError> {
    Ok(tether.profile().rules(&workspace_id).await?)
}

/// Saves what changed; an email or password change first answers with the second factor the
/// server asks for, then is saved again with the confirmation.
#[tauri::command]
#[specta::specta]
pub async fn profile_save(
    tether: State<'_, Tether>,
    workspace_id: String,
    changes: ProfileChanges,
    confirmation: Option<Confirmation>,
) -> Result<ProfileSaveStep, IpcError> {
    Ok(tether
        .profile()
        .save(&workspace_id, changes, confirmation)
        .await?)
}

/// Logs out every other place this account is signed in; this device stays signed in.
#[tauri::command]
#[specta::specta]
pub async fn profile_sign_out_other_sessions(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<(), IpcError> {
    Ok(tether
        .profile()
        .sign_out_other_sessions(&workspace_id)
        .await?)
}

/// Settles a conflict between an offline edit and the server: keep mine (send it) or theirs.
#[tauri::command]
#[specta::specta]
pub async fn profile_resolve(
    tether: State<'_, Tether>,
    workspace_id: String,
    field: String,
    keep_mine: bool,
) -> Result<ProfileView, IpcError> {
    Ok(tether
        .profile()
        .resolve(&workspace_id, &field, keep_mine)
        .await?)
}

/// Uploads a new avatar. The picture comes as base64 (the webview reads the chosen file); Rust
/// checks its format and size against the workspace's limit before sending it.
#[tauri::command]
#[specta::specta]
pub async fn profile_upload_avatar(
    tether: State<'_, Tether>,
    workspace_id: String,
    file_name: String,
    data_base64: String,
) -> Result<ProfileView, IpcError> {
    let bytes = super::picture_bytes(&data_base64)?;
    Ok(tether
        .profile()
        .avatar_upload(&workspace_id, bytes, &file_name)
        .await?)
}

/// Sets the avatar from a picture's address on the web (the server downloads it).
#[tauri::command]
#[specta::specta]
pub async fn profile_set_avatar_url(
    tether: State<'_, Tether>,
    workspace_id: String,
    url: String,
) -> Result<ProfileView, IpcError> {
    Ok(tether
        .profile()
        .avatar_from_url(&workspace_id, &url)
        .await?)
}

/// Back to the default avatar (initials).
#[tauri::command]
#[specta::specta]
pub async fn profile_reset_avatar(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<ProfileView, IpcError> {
    Ok(tether.profile().avatar_reset(&workspace_id).await?)
}

/// Whether a username is free, for feedback while typing.
#[tauri::command]
#[specta::specta]
pub async fn profile_check_username(
    tether: State<'_, Tether>,
    workspace_id: String,
    username: String,
) -> Result<UsernameCheck, IpcError> {
    Ok(tether
        .profile()
        .username_check(&workspace_id, &username)
        .await?)
}

/// Sends the verification email again.
#[tauri::command]
#[specta::specta]
pub async fn profile_send_verification_email(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<(), IpcError> {
    Ok(tether
        .profile()
        .send_verification_email(&workspace_id)
        .await?)
}

/// Deletes the user's own account; the first answer may list rooms the user is the last owner
/// of, and the deletion then goes on only with `confirm_relinquish`.
#[tauri::command]
#[specta::specta]
pub async fn profile_delete_account(
    tether: State<'_, Tether>,
    workspace_id: String,
    password: Option<String>,
    confirm_relinquish: bool,
) -> Result<DeleteAccountStep, IpcError> {
    Ok(tether
        .profile()
        .delete_own_account(&workspace_id, password, confirm_relinquish)
        .await?)
}
