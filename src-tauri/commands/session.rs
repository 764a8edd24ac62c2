use tauri::State;
use tether_core::workspace::WorkspaceSummary;
use tether_core::{IpcError, Sensitive, Tether};

/// Signs in with username (or email) and password. The password is wrapped at once and is
/// never stored; only the resulting token is kept, in the OS keyring.
#[tauri::command]
#[specta::specta]
pub async fn session_sign_in(
    tether: State<'_, Tether>,
    workspace_id: String,
    username: String,
    password: String,
) -> Result<WorkspaceSummary, IpcError> {
    let password = Sensitive::new(password);
    Ok(tether
        .sign_in_password(&workspace_id, &username, password)
        .await?)
}

/// Signs out of a workspace; its cached data stays.
#[tauri::command]
#[specta::specta]
pub async fn session_sign_out(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<WorkspaceSummary, IpcError> {
    Ok(tether.sign_out(&workspace_id).await?)
}
