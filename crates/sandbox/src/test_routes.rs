//! TEST-ONLY routes under `/_sandbox/` ([`crate::TEST_PREFIX`]): not part of Rocket.Chat, never
//! recorded, served only when the sandbox is started with `test_routes` (the `--test-routes`
//! flag). They let tests read the "emailed" 2FA codes and age login tokens past
//! `Accounts_LoginExpiration`.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::state::SandboxState;

fn user_id(inner: &crate::state::Inner, username: &str) -> Option<&'static str> {
    inner
        .users
        .iter()
        .find(|u| u.profile.username == username)
        .map(|u| u.seed.id)
}

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
        .map(|e| json!({ "kind": e.kind, "to": e.to, "username": e.username, "code": e.code, "sentAt": e.sent_at_ms as u64 }))
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
    let Some(id) = user_id(&inner, username) else {
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

/// TEST-ONLY: `GET /_sandbox/rooms` → every room with its owners and members (user ids).
pub async fn rooms(State(state): State<SandboxState>) -> Response {
    let inner = state.lock();
    let rooms: Vec<Value> = inner
        .rooms
        .iter()
        .map(|r| json!({ "name": r.name, "fname": r.fname, "owners": r.owners, "members": r.members }))
        .collect();
    axum::Json(json!({ "rooms": rooms })).into_response()
}

/// TEST-ONLY: `GET /_sandbox/picture.png` → a small PNG (a 2×2 image), for setting an avatar
/// from a URL; `/_sandbox/picture.svg` → an SVG, which avatars from a URL may not be.
pub async fn picture(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    let (content_type, bytes): (&str, &[u8]) = match name.as_str() {
        "picture.png" => ("image/png", crate::seed::SAMPLE_PNG),
        "picture.svg" => (
            "image/svg+xml",
            br#"<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>"#,
        ),
        _ => return (StatusCode::NOT_FOUND, "no such picture").into_response(),
    };
    (
        [(axum::http::header::CONTENT_TYPE, content_type)],
        bytes.to_vec(),
    )
        .into_response()
}

/// TEST-ONLY: `GET /_sandbox/tokens?username=` → every live token of that user (login and
/// personal), for tests that search the client's files and logs for them.
pub async fn tokens(
    State(state): State<SandboxState>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let inner = state.lock();
    let username = query.get("username").map_or("", String::as_str);
    let Some(id) = user_id(&inner, username) else {
        return (StatusCode::NOT_FOUND, "no such user").into_response();
    };
    let tokens: Vec<&String> = inner
        .tokens
        .iter()
        .filter(|(_, t)| t.user_id == id)
        .map(|(token, _)| token)
        .collect();
    axum::Json(json!({ "tokens": tokens })).into_response()
}

/// TEST-ONLY: `POST /_sandbox/messages {"to", "from", "room", "text", "mention"}` → posts a
/// message; `to` gets a realtime `<uid>/notification` when Rocket.Chat would send one.
/// Answers `{"notified": bool}`, or 404 for an unknown user or room.
pub async fn post_message(State(state): State<SandboxState>, body: Bytes) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let field = |name: &str| body.get(name).and_then(Value::as_str).unwrap_or_default();
    let mention = body
        .get("mention")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    match crate::subscriptions::post_message(
        &state,
        field("to"),
        field("from"),
        field("room"),
        field("text"),
        mention,
    ) {
        Some(notified) => axum::Json(json!({ "notified": notified })).into_response(),
        None => (
            StatusCode::NOT_FOUND,
            "no such user or room, or not a member",
        )
            .into_response(),
    }
}
