//! Device management (reference §8, Premium: the `device-management` license module): the
//! sessions each sign-in opens, `GET sessions/list` and `POST sessions/logout.me`. Without the
//! module every route answers 401 `unauthorized`, as Rocket.Chat's license check does.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::envelope::{failure, not_logged_in, success};
use crate::profile::caller;
use crate::state::{SandboxState, Session};
use crate::two_factor::iso_date;

impl Session {
    /// `device`, from the user agent: `Product/1.2.3 (OS …)` gives the name, version and OS.
    fn device(&self) -> Value {
        let (product, rest) = self
            .user_agent
            .split_once(' ')
            .unwrap_or((&self.user_agent, ""));
        let (name, version) = product.split_once('/').unwrap_or((product, ""));
        let os = rest
            .trim()
            .strip_prefix('(')
            .and_then(|r| r.split([';', ')']).next())
            .unwrap_or("")
            .trim();
        let (os_name, os_version) = os.split_once(' ').unwrap_or((os, ""));
        json!({
            "type": "browser",
            "name": name,
            "longVersion": version,
            "version": version.split('.').take(2).collect::<Vec<_>>().join("."),
            "os": { "name": os_name, "version": os_version },
        })
    }

    fn json(&self, user_id: &str, host: &str, current: bool) -> Value {
        let mut session = json!({
            "_id": format!("s{}", self.id),
            "sessionId": self.id,
            "userId": user_id,
            "device": self.device(),
            "host": host,
            "ip": self.ip,
            "loginAt": iso_date(self.login_at),
        });
        if current {
            session["current"] = json!(true);
        }
        session
    }
}

/// The license check of every `sessions/*` route.
fn unlicensed() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        axum::Json(json!({ "success": false, "error": "unauthorized" })),
    )
        .into_response()
}

/// `GET /api/v1/sessions/list`: the caller's own sessions, newest first unless `sort` says
/// otherwise (`loginAt`, `device.name`, `device.os.name`), paginated by `offset`/`count`, and
/// searched by `filter` (device name, OS or address).
pub async fn list(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if !state.device_management {
        return unlicensed();
    }
    let Some((index, token)) = caller(&state, &headers) else {
        return not_logged_in();
    };
    let sort: Vec<(String, i64)> = match query.get("sort") {
        None => vec![("loginAt".into(), -1)],
        Some(text) => {
            let parsed: Option<Vec<(String, i64)>> = serde_json::from_str::<Value>(text)
                .ok()
                .and_then(|v| v.as_object().cloned())
                .map(|o| {
                    o.into_iter()
                        .filter_map(|(k, v)| Some((k, v.as_i64()?)))
                        .collect()
                });
            match parsed {
                Some(keys)
                    if !keys.is_empty()
                        && keys.iter().all(|(k, v)| {
                            matches!(k.as_str(), "loginAt" | "device.name" | "device.os.name")
                                && (*v == 1 || *v == -1)
                        }) =>
                {
                    keys
                }
                _ => {
                    return failure(
                        "Invalid sort parameter [error-invalid-sort]",
                        "error-invalid-sort",
                    );
                }
            }
        }
    };
    let inner = state.lock();
    let user_id = inner.users[index].seed.id;
    let host = state
        .site_url
        .split_once("://")
        .map_or(state.site_url.as_str(), |(_, h)| h);
    let filter = query.get("filter").map(|f| f.to_lowercase());
    let mut sessions: Vec<(Value, &Session)> = inner
        .tokens
        .iter()
        .filter(|(_, t)| t.user_id == user_id && !t.personal && !t.expired)
        .filter_map(|(t, owner)| {
            let session = owner.session.as_ref()?;
            Some((session.json(user_id, host, *t == token), session))
        })
        .filter(|(json, _)| {
            filter.as_ref().is_none_or(|f| {
                [
                    &json["device"]["name"],
                    &json["device"]["os"]["name"],
                    &json["ip"],
                ]
                .iter()
                .any(|v| v.as_str().is_some_and(|s| s.to_lowercase().contains(f)))
            })
        })
        .collect();
    sessions.sort_by(|(a, sa), (b, sb)| {
        for (key, direction) in &sort {
            let order = match key.as_str() {
                "loginAt" => sa.login_at.cmp(&sb.login_at),
                "device.name" => a["device"]["name"]
                    .as_str()
                    .cmp(&b["device"]["name"].as_str()),
                _ => a["device"]["os"]["name"]
                    .as_str()
                    .cmp(&b["device"]["os"]["name"].as_str()),
            };
            let order = if *direction < 0 {
                order.reverse()
            } else {
                order
            };
            if order.is_ne() {
                return order;
            }
        }
        std::cmp::Ordering::Equal
    });
    let total = sessions.len();
    let (offset, count) = crate::request::offset_and_count(&query);
    let page: Vec<Value> = sessions
        .into_iter()
        .skip(offset)
        .take(count)
        .map(|(json, _)| json)
        .collect();
    success(json!({ "sessions": page, "count": page.len(), "offset": offset, "total": total }))
}

/// `POST /api/v1/sessions/logout.me` `{sessionId}`: ends one of the caller's own sessions (its
/// login token goes); 404 "Session not found" for anyone else's or an unknown one.
pub async fn logout_me(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !state.device_management {
        return unlicensed();
    }
    let Some((index, _)) = caller(&state, &headers) else {
        return not_logged_in();
    };
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let Some(session_id) = body.get("sessionId").and_then(Value::as_str) else {
        return failure(
            "must have required property 'sessionId' [invalid-params]",
            "invalid-params",
        );
    };
    let mut inner = state.lock();
    let user_id = inner.users[index].seed.id;
    let found = inner.tokens.iter().find_map(|(t, owner)| {
        (owner.user_id == user_id && owner.session.as_ref().is_some_and(|s| s.id == session_id))
            .then(|| t.clone())
    });
    let Some(token) = found else {
        return (
            StatusCode::NOT_FOUND,
            axum::Json(json!({ "success": false, "error": "Session not found" })),
        )
            .into_response();
    };
    inner.tokens.remove(&token);
    success(json!({ "sessionId": session_id }))
}
