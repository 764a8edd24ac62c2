//! Signing in and who is asking (reference chatwoot-api.md B1): devise_token_auth's
//! `/auth/sign_in` with Chatwoot's MFA step, `validate_token`, `sign_out`, and the two ways an
//! `/api/v1/*` request is authenticated (a personal `api_access_token`, or session headers).

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use serde_json::{Value, json};

use super::envelope::{error, retry_later, sign_in_first, token_auth_error};
use super::state::{
    ChatwootState, MAX_SESSIONS, MFA_TOKEN_LIFETIME, PendingMfa, SESSION_LIFESPAN_SECS, Session,
    ip_key,
};
use super::user::user_json;

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty())
}

fn new_secret() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

fn now_secs() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The user an `/api/v1/*` request acts as. With an `api_access_token` header only the token
/// is checked (`access_token_auth_helper.rb`); otherwise the devise_token_auth headers.
pub fn caller(state: &ChatwootState, headers: &HeaderMap) -> Result<u64, Response> {
    let inner = state.lock();
    if let Some(token) = header(headers, "api_access_token") {
        return inner
            .users
            .iter()
            .find(|u| u.access_token == token)
            .map(|u| u.id)
            .ok_or_else(|| error(StatusCode::UNAUTHORIZED, "Invalid Access Token"));
    }
    session_of(&inner, headers)
        .map(|s| s.user_id)
        .ok_or_else(sign_in_first)
}

/// An account-scoped route's caller and account (`ensure_current_account_helper.rb`, B11): an
/// account that does not exist is a 404; one the caller is not a member of, a 401.
pub fn account_access(
    state: &ChatwootState,
    headers: &HeaderMap,
    account_id: &str,
) -> Result<(u64, u64), Response> {
    let user_id = caller(state, headers)?;
    let account = account_id
        .parse::<u64>()
        .ok()
        .filter(|id| super::seed::ACCOUNTS.iter().any(|a| a.id == *id))
        .ok_or_else(super::envelope::not_found)?;
    let member = state
        .lock()
        .users
        .iter()
        .any(|u| u.id == user_id && u.accounts.iter().any(|a| a.account_id == account));
    if !member {
        return Err(error(
            StatusCode::UNAUTHORIZED,
            "You are not authorized to access this account",
        ));
    }
    Ok((user_id, account))
}

pub fn session_of<'a>(inner: &'a super::state::Inner, headers: &HeaderMap) -> Option<&'a Session> {
    let (token, client, uid) = (
        header(headers, "access-token")?,
        header(headers, "client")?,
        header(headers, "uid")?,
    );
    inner.sessions.iter().find(|s| {
        s.token == token
            && s.client == client
            && s.expiry > now_secs()
            && inner
                .users
                .iter()
                .any(|u| u.id == s.user_id && u.email.eq_ignore_ascii_case(uid))
    })
}

/// `POST /auth/sign_in`: email and password, or the MFA step (`mfa_token` with `otp_code` or
/// `backup_code`). rack-attack allows 5 per 5 minutes per address and 10 per 15 minutes per
/// email, counting every attempt, the MFA step included (B12).
pub async fn sign_in(
    State(state): State<ChatwootState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let device = Device {
        user_agent: header(&headers, "user-agent")
            .unwrap_or_default()
            .to_owned(),
        ip: peer.ip().to_string(),
    };
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let email = body["email"].as_str().unwrap_or_default().to_lowercase();
    let by_ip = state.throttled(
        ip_key("login/ip", peer.ip()),
        5,
        Duration::from_secs(5 * 60),
    );
    let by_email = !email.is_empty()
        && state.throttled(
            format!("login/email:{email}"),
            10,
            Duration::from_secs(15 * 60),
        );
    if by_ip || by_email {
        return retry_later();
    }
    if let Some(mfa_token) = body["mfa_token"].as_str() {
        return second_factor(&state, mfa_token, &body, device);
    }
    let password = body["password"].as_str().unwrap_or_default();
    let user = {
        let inner = state.lock();
        inner
            .users
            .iter()
            .find(|u| u.email.eq_ignore_ascii_case(&email) && u.password == password)
            .map(|u| (u.id, u.totp_secret.is_some()))
    };
    let Some((user_id, has_mfa)) = user else {
        return token_auth_error(
            StatusCode::UNAUTHORIZED,
            "Invalid login credentials. Please try again.",
        );
    };
    if has_mfa {
        let token = format!("mfa.{}", new_secret());
        state.lock().pending_mfa.push(PendingMfa {
            token: token.clone(),
            user_id,
            until: Instant::now() + MFA_TOKEN_LIFETIME,
        });
        return (
            StatusCode::PARTIAL_CONTENT,
            axum::Json(json!({ "mfa_required": true, "mfa_token": token })),
        )
            .into_response();
    }
    signed_in(&state, user_id, device)
}

/// Where a sign-in came from.
struct Device {
    user_agent: String,
    ip: String,
}

fn second_factor(state: &ChatwootState, mfa_token: &str, body: &Value, device: Device) -> Response {
    let user_id = {
        let mut inner = state.lock();
        let now = Instant::now();
        inner.pending_mfa.retain(|p| p.until > now);
        inner
            .pending_mfa
            .iter()
            .find(|p| p.token == mfa_token)
            .map(|p| p.user_id)
    };
    let Some(user_id) = user_id else {
        return error(StatusCode::UNAUTHORIZED, "Invalid or expired MFA token");
    };
    let accepted = {
        let mut inner = state.lock();
        let Some(user) = inner.users.iter_mut().find(|u| u.id == user_id) else {
            return error(StatusCode::UNAUTHORIZED, "Invalid or expired MFA token");
        };
        if let Some(code) = body["otp_code"].as_str() {
            user.totp_secret
                .as_deref()
                .is_some_and(|secret| crate::two_factor::totp_matches(secret, code))
        } else if let Some(code) = body["backup_code"].as_str() {
            // A used code is overwritten with XXXXXXXX (B6).
            match user
                .backup_codes
                .iter_mut()
                .find(|c| c.as_str() != "XXXXXXXX" && c.eq_ignore_ascii_case(code.trim()))
            {
                Some(used) => {
                    *used = "XXXXXXXX".into();
                    true
                }
                None => false,
            }
        } else {
            false
        }
    };
    if !accepted {
        return error(StatusCode::BAD_REQUEST, "Invalid verification code");
    }
    state.lock().pending_mfa.retain(|p| p.token != mfa_token);
    signed_in(state, user_id, device)
}

/// A new session: 200 `{data: <user JSON>}` with the devise_token_auth headers.
fn signed_in(state: &ChatwootState, user_id: u64, device: Device) -> Response {
    let (session, data, uid) = {
        let mut inner = state.lock();
        inner.next_session_id += 1;
        let session = Session {
            id: inner.next_session_id,
            user_id,
            token: new_secret(),
            client: new_secret(),
            expiry: now_secs() + SESSION_LIFESPAN_SECS,
            user_agent: device.user_agent,
            ip: device.ip,
            created_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        };
        inner.sessions.push(session.clone());
        // `max_number_of_devices`: the oldest of this user's sessions goes.
        let mine = inner
            .sessions
            .iter()
            .filter(|s| s.user_id == user_id)
            .count();
        if mine > MAX_SESSIONS
            && let Some(oldest) = inner.sessions.iter().position(|s| s.user_id == user_id)
        {
            inner.sessions.remove(oldest);
        }
        let Some(user) = inner.users.iter().find(|u| u.id == user_id) else {
            return sign_in_first();
        };
        (session, user_json(user), user.email.clone())
    };
    let mut response = axum::Json(json!({ "data": data })).into_response();
    let expiry = session.expiry.to_string();
    let bearer = json!({
        "access-token": session.token,
        "token-type": "Bearer",
        "client": session.client,
        "expiry": expiry,
        "uid": uid,
    });
    let authorization = format!(
        "Bearer {}",
        base64::engine::general_purpose::STANDARD.encode(bearer.to_string())
    );
    let headers = response.headers_mut();
    for (name, value) in [
        ("access-token", session.token.as_str()),
        ("token-type", "Bearer"),
        ("client", session.client.as_str()),
        ("expiry", expiry.as_str()),
        ("uid", uid.as_str()),
        ("authorization", authorization.as_str()),
    ] {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(name, value);
        }
    }
    response
}

/// `GET /auth/validate_token`: the session's user, or devise_token_auth's 401.
pub async fn validate_token(State(state): State<ChatwootState>, headers: HeaderMap) -> Response {
    let inner = state.lock();
    let user =
        session_of(&inner, &headers).and_then(|s| inner.users.iter().find(|u| u.id == s.user_id));
    match user {
        Some(user) => {
            let mut data = user_json(user);
            data["created_at"] = json!("2026-01-05T09:00:00.000Z");
            axum::Json(json!({ "payload": { "success": true, "data": data } })).into_response()
        }
        None => token_auth_error(StatusCode::UNAUTHORIZED, "Invalid login credentials"),
    }
}

/// `DELETE /auth/sign_out`: ends this session only.
pub async fn sign_out(State(state): State<ChatwootState>, headers: HeaderMap) -> Response {
    let mut inner = state.lock();
    let Some(found) = session_of(&inner, &headers).cloned() else {
        return token_auth_error(
            StatusCode::NOT_FOUND,
            "User was not found or was not logged in.",
        );
    };
    inner
        .sessions
        .retain(|s| !(s.token == found.token && s.client == found.client));
    axum::Json(json!({ "success": true })).into_response()
}
