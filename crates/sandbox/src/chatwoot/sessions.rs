//! `GET /api/v1/profile/sessions` and `DELETE /api/v1/profile/sessions/{id}`: the agent's
//! signed-in devices (reference chatwoot-api.md B2 "Active sessions"; upstream
//! `app/controllers/api/v1/profile/sessions_controller.rb` and its `index.json.jbuilder`).
//! Only on servers that have it (`ChatwootConfig::sessions_api`); elsewhere Rails' 404.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::auth::{caller, session_of};
use super::envelope::{error, not_found, rails_404};
use super::state::{ChatwootState, Session};

/// The browser and platform the `browser` gem reads from a User-Agent, approximated: the
/// first product token (`Tether/0.4.0`) and the platform named in it, else "Unknown".
fn described(session: &Session, current: Option<u64>) -> Value {
    let ua = session.user_agent.as_str();
    let (browser, version) = ua
        .split_whitespace()
        .next()
        .and_then(|product| product.split_once('/'))
        .unwrap_or(("Unknown Browser", "0"));
    let platform = ["Linux", "Windows", "Macintosh", "Android", "iPhone"]
        .into_iter()
        .find(|p| ua.contains(p))
        .map_or("Unknown", |p| if p == "Macintosh" { "Mac" } else { p });
    json!({
        "id": session.id,
        "browser_name": browser,
        "browser_version": version,
        "device_name": null,
        "platform_name": platform,
        "platform_version": null,
        "ip_address": session.ip,
        "city": null,
        "country": null,
        "country_code": null,
        "last_activity_at": session.created_at,
        "created_at": session.created_at,
        "current": Some(session.id) == current,
    })
}

/// Newest first; `current` marks the session whose `client` made the request.
pub async fn index(State(state): State<ChatwootState>, headers: HeaderMap) -> Response {
    if !state.sessions_api {
        return rails_404();
    }
    let user_id = match caller(&state, &headers) {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    let inner = state.lock();
    let current = session_of(&inner, &headers).map(|s| s.id);
    let mut mine: Vec<&Session> = inner
        .sessions
        .iter()
        .filter(|s| s.user_id == user_id)
        .collect();
    mine.sort_by_key(|s| std::cmp::Reverse(s.id));
    let listed: Vec<Value> = mine.into_iter().map(|s| described(s, current)).collect();
    axum::Json(listed).into_response()
}

/// Signs one device out; never the one asking.
pub async fn destroy(
    State(state): State<ChatwootState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    if !state.sessions_api {
        return rails_404();
    }
    let user_id = match caller(&state, &headers) {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    let mut inner = state.lock();
    let current = session_of(&inner, &headers).map(|s| s.id);
    let Some(position) = inner
        .sessions
        .iter()
        .position(|s| s.user_id == user_id && s.id.to_string() == id)
    else {
        return not_found();
    };
    if Some(inner.sessions[position].id) == current {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "You cannot revoke the current session.",
        );
    }
    inner.sessions.remove(position);
    StatusCode::OK.into_response()
}
