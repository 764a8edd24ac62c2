//! TEST-ONLY routes under `/_sandbox/`: not part of Rocket.Chat, never recorded.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::state::SandboxState;

/// TEST-ONLY routes, not part of Rocket.Chat, served only when the sandbox is started with
/// `test_routes` (the `--test-routes` flag). They let tests read the "emailed" 2FA codes and
/// age login tokens past `Accounts_LoginExpiration`.
pub const TEST_PREFIX: &str = "/_sandbox/";

/// TEST-ONLY: `GET /_sandbox/outbox?username=` → every email sent to that user, oldest first.
pub async fn outbox(
    State(state): State<SandboxState>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let inner = state.lock();
    let emails: Vec<Value> = inner
        .outbox
        .iter()
        .filter(|e| query.get("username").is_none_or(|u| *u == e.username))
        .map(|e| json!({ "to": e.to, "username": e.username, "code": e.code, "sentAt": e.sent_at_ms as u64 }))
        .collect();
    axum::Json(json!({ "emails": emails })).into_response()
}

/// TEST-ONLY: `POST /_sandbox/expire-sessions {"username"}` → that user's login tokens (not
/// personal access tokens) are past `Accounts_LoginExpiration`.
pub async fn expire_sessions(State(state): State<SandboxState>, body: Bytes) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let username = body
        .get("username")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let mut inner = state.lock();
    let Some(id) = inner
        .users
        .iter()
        .find(|u| u.profile.username == username)
        .map(|u| u.seed.id)
    else {
        return (StatusCode::NOT_FOUND, "no such user").into_response();
    };
    let mut expired = 0;
    for token in inner.tokens.values_mut() {
        if token.user_id == id && !token.personal {
            token.expired = true;
            expired += 1;
        }
    }
    axum::Json(json!({ "expired": expired })).into_response()
}
