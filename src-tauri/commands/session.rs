use tauri::State;
use tether_core::workspace::{SecondFactorChallenge, SignInStep, WorkspaceSummary};
use tether_core::{IpcError, Sensitive, Tether};

/// Signs in with username (or email) and password. The password is wrapped at once and is
/// never stored; only the resulting token is kept, in the OS keyring. When the account has a
/// second factor the answer is the server's challenge: finish with `session_submit_code`.
#[tauri::command]
#[specta::specta]
pub async fn session_sign_in(
    tether: State<'_, Tether>,
    workspace_id: String,
    username: String,
    password: String,
) -> Result<SignInStep, IpcError> {
    let password = Sensitive::new(password);
    Ok(tether
        .session()
        .sign_in_password(&workspace_id, &username, password)
        .await?)
}

/// Finishes a sign-in with an authenticator, backup or emailed code.
#[tauri::command]
#[specta::specta]
pub async fn session_submit_code(
    tether: State<'_, Tether>,
    workspace_id: String,
    code: String,
) -> Result<SignInStep, IpcError> {
    Ok(tether.session().sign_in_code(&workspace_id, &code).await?)
}

/// Emails a new sign-in code.
#[tauri::command]
#[specta::specta]
pub async fn session_resend_email_code(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<SecondFactorChallenge, IpcError> {
    Ok(tether
        .session()
        .sign_in_resend_email_code(&workspace_id)
        .await?)
}

/// Abandons a sign-in that was waiting for its code.
#[tauri::command]
#[specta::specta]
#[allow(
    clippy::needless_pass_by_value,
    reason = "Tauri commands take owned arguments"
)]
pub fn session_cancel_sign_in(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<(), IpcError> {
    tether.session().sign_in_cancel(&workspace_id);
    Ok(())
}

/// Signs in with a personal access token and its user id. The token is wrapped at once and
/// goes to the keyring.
#[tauri::command]
#[specta::specta]
pub async fn session_sign_in_with_token(
    tether: State<'_, Tether>,
    workspace_id: String,
    user_id: String,
    token: String,
) -> Result<SignInStep, IpcError> {
    let token = Sensitive::new(token);
    Ok(tether
        .session()
        .sign_in_token(&workspace_id, &user_id, token)
        .await?)
}

/// Tries to reach a workspace again with its stored session.
#[tauri::command]
#[specta::specta]
pub async fn session_reconnect(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<WorkspaceSummary, IpcError> {
    Ok(tether.workspaces().reconnect(&workspace_id).await?)
}

/// Signs out of a workspace; its cached data stays.
#[tauri::command]
#[specta::specta]
pub async fn session_sign_out(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<WorkspaceSummary, IpcError> {
    Ok(tether.session().sign_out(&workspace_id).await?)
}
