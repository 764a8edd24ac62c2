//! Administration › Users commands (reference §10): what the caller may do, the list, a user,
//! New user / Edit user, and the actions menu. Edit and the resets are guarded: they answer
//! `Guarded`, done or the server's second-factor challenge.

use tauri::State;
use tether_core::admin_users::{
    ActiveOutcome, AdminOverview, AdminPermissions, AdminUserDetails, DeleteOutcome, UserForm,
    UserPage, UserQuery,
};
use tether_core::session::Guarded;
use tether_core::workspace::Confirmation;
use tether_core::{IpcError, Tether};

/// What the caller may do on the Users page (the Administration section shows with `view`).
#[tauri::command]
#[specta::specta]
pub async fn admin_get_access(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<AdminPermissions, IpcError> {
    Ok(tether.admin_users().access(&workspace_id).await?)
}

/// The Users page's header: permissions, roles, seats, SMTP, the Pending count.
#[tauri::command]
#[specta::specta]
pub async fn admin_get_overview(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<AdminOverview, IpcError> {
    Ok(tether.admin_users().overview(&workspace_id).await?)
}

/// A page of the list (from the cache when the server cannot be reached).
#[tauri::command]
#[specta::specta]
pub async fn admin_list_users(
    tether: State<'_, Tether>,
    workspace_id: String,
    query: UserQuery,
) -> Result<UserPage, IpcError> {
    Ok(tether.admin_users().list(&workspace_id, &query).await?)
}

/// One user's details.
#[tauri::command]
#[specta::specta]
pub async fn admin_get_user(
    tether: State<'_, Tether>,
    workspace_id: String,
    user_id: String,
) -> Result<AdminUserDetails, IpcError> {
    Ok(tether
        .admin_users()
        .details(&workspace_id, &user_id)
        .await?)
}

/// New user.
#[tauri::command]
#[specta::specta]
pub async fn admin_create_user(
    tether: State<'_, Tether>,
    workspace_id: String,
    form: UserForm,
) -> Result<AdminUserDetails, IpcError> {
    Ok(tether.admin_users().create(&workspace_id, &form).await?)
}

/// Edit user: only what changed.
#[tauri::command]
#[specta::specta]
pub async fn admin_update_user(
    tether: State<'_, Tether>,
    workspace_id: String,
    user_id: String,
    changes: UserForm,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<AdminUserDetails>, IpcError> {
    Ok(tether
        .admin_users()
        .update(&workspace_id, &user_id, &changes, confirmation)
        .await?)
}

/// Another user's avatar from a file (base64).
#[tauri::command]
#[specta::specta]
pub async fn admin_upload_avatar(
    tether: State<'_, Tether>,
    workspace_id: String,
    user_id: String,
    file_name: String,
    data_base64: String,
) -> Result<(), IpcError> {
    let bytes = super::picture_bytes(&data_base64)?;
    Ok(tether
        .admin_users()
        .avatar_upload(&workspace_id, &user_id, &file_name, bytes)
        .await?)
}

/// Another user's avatar from an address.
#[tauri::command]
#[specta::specta]
pub async fn admin_set_avatar_url(
    tether: State<'_, Tether>,
    workspace_id: String,
    user_id: String,
    url: String,
) -> Result<(), IpcError> {
    Ok(tether
        .admin_users()
        .avatar_from_url(&workspace_id, &user_id, &url)
        .await?)
}

/// Another user's avatar back to their initials.
#[tauri::command]
#[specta::specta]
pub async fn admin_reset_avatar(
    tether: State<'_, Tether>,
    workspace_id: String,
    user_id: String,
) -> Result<(), IpcError> {
    Ok(tether
        .admin_users()
        .avatar_reset(&workspace_id, &user_id)
        .await?)
}

/// Activate / Deactivate (the last owner's rooms first, then `confirm_relinquish`).
#[tauri::command]
#[specta::specta]
pub async fn admin_set_active(
    tether: State<'_, Tether>,
    workspace_id: String,
    user_id: String,
    active: bool,
    confirm_relinquish: bool,
) -> Result<ActiveOutcome, IpcError> {
    Ok(tether
        .admin_users()
        .set_active(&workspace_id, &user_id, active, confirm_relinquish)
        .await?)
}

/// Delete (the last owner's rooms first, then `confirm_relinquish`).
#[tauri::command]
#[specta::specta]
pub async fn admin_delete_user(
    tether: State<'_, Tether>,
    workspace_id: String,
    user_id: String,
    confirm_relinquish: bool,
) -> Result<DeleteOutcome, IpcError> {
    Ok(tether
        .admin_users()
        .delete(&workspace_id, &user_id, confirm_relinquish)
        .await?)
}

/// Make Admin / Remove Admin.
#[tauri::command]
#[specta::specta]
pub async fn admin_set_admin(
    tether: State<'_, Tether>,
    workspace_id: String,
    username: String,
    admin: bool,
) -> Result<(), IpcError> {
    Ok(tether
        .admin_users()
        .set_admin(&workspace_id, &username, admin)
        .await?)
}

/// Reset TOTP.
#[tauri::command]
#[specta::specta]
pub async fn admin_reset_totp(
    tether: State<'_, Tether>,
    workspace_id: String,
    user_id: String,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<()>, IpcError> {
    Ok(tether
        .admin_users()
        .reset_totp(&workspace_id, &user_id, confirmation)
        .await?)
}

/// Reset E2E key.
#[tauri::command]
#[specta::specta]
pub async fn admin_reset_e2e_key(
    tether: State<'_, Tether>,
    workspace_id: String,
    user_id: String,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<()>, IpcError> {
    Ok(tether
        .admin_users()
        .reset_e2e_key(&workspace_id, &user_id, confirmation)
        .await?)
}

/// Resend the welcome email.
#[tauri::command]
#[specta::specta]
pub async fn admin_send_welcome_email(
    tether: State<'_, Tether>,
    workspace_id: String,
    email: String,
) -> Result<(), IpcError> {
    Ok(tether
        .admin_users()
        .send_welcome_email(&workspace_id, &email)
        .await?)
}

/// Invite: the addresses (split on spaces, commas, semicolons), all checked before sending.
#[tauri::command]
#[specta::specta]
pub async fn admin_invite_users(
    tether: State<'_, Tether>,
    workspace_id: String,
    emails: String,
) -> Result<Vec<String>, IpcError> {
    Ok(tether.admin_users().invite(&workspace_id, &emails).await?)
}

/// Direct message: opens the DM in the browser, as a notification's click does.
#[tauri::command]
#[specta::specta]
pub async fn admin_open_direct_message(
    tether: State<'_, Tether>,
    workspace_id: String,
    username: String,
) -> Result<(), IpcError> {
    let url = tether
        .admin_users()
        .direct_message_url(&workspace_id, &username)
        .await?;
    crate::platform::opener::open_in_browser(&url);
    Ok(())
}
