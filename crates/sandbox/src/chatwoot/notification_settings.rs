//! `GET`/`PUT /api/v1/accounts/{account_id}/notification_settings`: the e-mail and push flags of
//! one user in one account (reference chatwoot-api.md B5; upstream
//! `notification_settings_controller.rb`, `notification_setting.rb`, `show.json.jbuilder`).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::auth::account_access;
use super::envelope::error;
use super::state::ChatwootState;

/// `Notification::NOTIFICATION_TYPES`, in flag order (B5).
pub const NOTIFICATION_TYPES: &[&str] = &[
    "conversation_creation",
    "conversation_assignment",
    "assigned_conversation_new_message",
    "conversation_mention",
    "participating_conversation_new_message",
    "sla_missed_first_response",
    "sla_missed_next_response",
    "sla_missed_resolution",
];

/// A user's flags in one account, when nothing was chosen yet: assignments only (AccountUser).
pub fn defaults() -> (Vec<String>, Vec<String>) {
    (
        vec!["email_conversation_assignment".into()],
        vec!["push_conversation_assignment".into()],
    )
}

fn all(prefix: &str) -> Vec<String> {
    NOTIFICATION_TYPES
        .iter()
        .map(|t| format!("{prefix}_{t}"))
        .collect()
}

fn body(user_id: u64, account_id: u64, email: &[String], push: &[String]) -> Value {
    // Flags are bits: the server lists the chosen ones in flag order, whatever order they came in.
    let in_order = |prefix: &str, chosen: &[String]| -> Vec<String> {
        all(prefix)
            .into_iter()
            .filter(|f| chosen.contains(f))
            .collect()
    };
    json!({
        "id": user_id * 100 + account_id,
        "user_id": user_id,
        "account_id": account_id,
        "all_email_flags": all("email"),
        "selected_email_flags": in_order("email", email),
        "all_push_flags": all("push"),
        "selected_push_flags": in_order("push", push),
    })
}

pub async fn show(
    State(state): State<ChatwootState>,
    Path(account_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let (user_id, account_id) = match account_access(&state, &headers, &account_id) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let inner = state.lock();
    let (email, push) = inner
        .notification_settings
        .get(&(user_id, account_id))
        .cloned()
        .unwrap_or_else(defaults);
    axum::Json(body(user_id, account_id, &email, &push)).into_response()
}

/// Both lists are assigned: one left out is cleared. An unknown flag name is not validated
/// into a 422: FlagShihTzu raises, and Rails answers 500.
pub async fn update(
    State(state): State<ChatwootState>,
    Path(account_id): Path<String>,
    headers: HeaderMap,
    raw: axum::body::Bytes,
) -> Response {
    let (user_id, account_id) = match account_access(&state, &headers, &account_id) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let request: Value = serde_json::from_slice(&raw).unwrap_or(Value::Null);
    let root = match request.get("notification_settings") {
        Some(Value::Object(root)) if !root.is_empty() => root.clone(),
        _ => {
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "param is missing or the value is empty: notification_settings",
            );
        }
    };
    let list = |key: &str, prefix: &str| -> Result<Vec<String>, ()> {
        let Some(items) = root.get(key) else {
            return Ok(Vec::new());
        };
        let items = items.as_array().ok_or(())?;
        let known = all(prefix);
        items
            .iter()
            .map(|v| {
                v.as_str()
                    .filter(|f| known.iter().any(|k| k == f))
                    .map(str::to_owned)
                    .ok_or(())
            })
            .collect()
    };
    let (Ok(email), Ok(push)) = (
        list("selected_email_flags", "email"),
        list("selected_push_flags", "push"),
    ) else {
        return error(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error");
    };
    let response = body(user_id, account_id, &email, &push);
    state
        .lock()
        .notification_settings
        .insert((user_id, account_id), (email, push));
    axum::Json(response).into_response()
}
