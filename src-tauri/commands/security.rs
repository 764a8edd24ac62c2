//! Security commands: personal access tokens, each guarded by the shared second-factor flow.

use tauri::State;
use tether_core::service::{AccessTokens, Guarded, NewAccessToken};
use tether_core::workspace::Confirmation;
use tether_core::{IpcError, Tether};

/// The account's personal access tokens (`allowed: false` hides the section).
#[tauri::command]
#[specta::specta]
pub async fn access_tokens(
    tether: State<'_, Tether>,
    workspace_id: String,
) -> Result<AccessTokens, IpcError> {
    Ok(tether.access_tokens(&workspace_id).await?)
}

/// Makes a token; the answer shows it once.
#[tauri::command]
#[specta::specta]
pub async fn access_token_create(
    tether: State<'_, Tether>,
    workspace_id: String,
    name: String,
    require_two_factor: bool,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<NewAccessToken>, IpcError> {
    Ok(tether
        .access_token_create(&workspace_id, &name, require_two_factor, confirmation)
        .await?)
}

/// Gives a token a new secret.
#[tauri::command]
#[specta::specta]
pub async fn access_token_regenerate(
    tether: State<'_, Tether>,
    workspace_id: String,
    name: String,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<NewAccessToken>, IpcError> {
    Ok(tether
        .access_token_regenerate(&workspace_id, &name, confirmation)
        .await?)
}

/// Deletes a token.
#[tauri::command]
#[specta::specta]
pub async fn access_token_delete(
    tether: State<'_, Tether>,
    workspace_id: String,
    name: String,
    confirmation: Option<Confirmation>,
) -> Result<Guarded<()>, IpcError> {
    Ok(tether
        .access_token_delete(&workspace_id, &name, confirmation)
        .await?)
}
