use tauri::State;
use tether_core::workspace::{
    ProfileChanges, ProfileConfirmation, ProfileRules, ProfileSaveStep, ProfileView,
};
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

/// What the workspace lets the user change (read-only fields show why).
#[tauri::command]
#[specta::specta]
pub async fn profile_rules(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<ProfileRules, IpcError> {
    Ok(tether.profile_rules(&workspace_id).await?)
}

/// Saves what changed; an email or password change first answers with the second factor the
/// server asks for, then is saved again with the confirmation.
#[tauri::command]
#[specta::specta]
pub async fn profile_save(
    tether: State<'_, Tether>,
    workspace_id: String,
    changes: ProfileChanges,
    confirmation: Option<ProfileConfirmation>,
) -> Result<ProfileSaveStep, IpcError> {
    Ok(tether
        .profile_save(&workspace_id, changes, confirmation)
        .await?)
}

/// Logs out every other place this account is signed in; this device stays signed in.
#[tauri::command]
#[specta::specta]
pub async fn profile_sign_out_other_sessions(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<(), IpcError> {
    Ok(tether.sign_out_other_sessions(&workspace_id).await?)
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
        .profile_resolve(&workspace_id, &field, keep_mine)
        .await?)
}
