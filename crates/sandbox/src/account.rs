//! Account routes of the profile page: username availability, the verification email, and
//! deleting one's own account (reference §3.6).

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::envelope::{failure, not_logged_in, success};
use crate::request::header;
use crate::settings::setting_on;
use crate::state::{Email, SandboxState, epoch_ms, sha256_hex};

/// The caller's index in the user list.
fn caller(state: &SandboxState, headers: &HeaderMap) -> Option<usize> {
    let user = state.authenticate(
        header(headers, "x-user-id"),
        header(headers, "x-auth-token"),
    )?;
    state.lock().users.iter().position(|u| u.seed.id == user.id)
}

/// The default `UTF8_User_Names_Validation`: `[0-9a-zA-Z-_.]+`.
pub fn valid_username(username: &str) -> bool {
    !username.is_empty()
        && username
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// `GET /api/v1/users.checkUsernameAvailability?username=` → `{result}`: true for one's own
/// username; false when taken (case-insensitively) or not a valid username.
pub async fn check_username_availability(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let Some(index) = caller(&state, &headers) else {
        return not_logged_in();
    };
    let Some(username) = query.get("username") else {
        return failure(
            "must have required property 'username' [invalid-params]",
            "invalid-params",
        );
    };
    if !setting_on(&state, "Accounts_AllowUsernameChange") {
        return failure(
            "Username change not allowed [error-not-allowed]",
            "error-not-allowed",
        );
    }
    let inner = state.lock();
    let result = inner.users[index].profile.username == *username
        || (valid_username(username)
            && !inner
                .users
                .iter()
                .any(|u| u.profile.username.eq_ignore_ascii_case(username)));
    success(json!({ "result": result }))
}

/// `POST /api/v1/users.sendConfirmationEmail {email}`: sends the verification link again to an
/// address that is not verified yet.
pub async fn send_confirmation_email(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if caller(&state, &headers).is_none() {
        return not_logged_in();
    }
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let Some(email) = body.get("email").and_then(Value::as_str) else {
        return failure(
            "must have required property 'email' [invalid-params]",
            "invalid-params",
        );
    };
    let mut inner = state.lock();
    let Some(user) = inner
        .users
        .iter()
        .find(|u| u.profile.email.eq_ignore_ascii_case(email) && !u.profile.email_verified)
    else {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({ "success": false })),
        )
            .into_response();
    };
    let mail = Email {
        kind: "verify-email",
        to: user.profile.email.clone(),
        username: user.profile.username.clone(),
        code: uuid::Uuid::new_v4().simple().to_string(),
        sent_at_ms: epoch_ms(),
    };
    inner.outbox.push(mail);
    success(json!({}))
}

/// `POST /api/v1/users.deleteOwnAccount {password, confirmRelinquish?}`: `password` is the
/// SHA-256 of the password, or of the username for an account without one. The only owner of
/// rooms must confirm first (`user-last-owner` lists what would happen to them).
pub async fn delete_own_account(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(index) = caller(&state, &headers) else {
        return not_logged_in();
    };
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let Some(password) = body
        .get("password")
        .and_then(Value::as_str)
        .filter(|p| !p.is_empty())
    else {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(
                json!({ "success": false, "error": "Body parameter \"password\" is required." }),
            ),
        )
            .into_response();
    };
    if !setting_on(&state, "Accounts_AllowDeleteOwnAccount") {
        return failure("Not allowed [error-not-allowed]", "error-not-allowed");
    }
    let confirm = body
        .get("confirmRelinquish")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let mut inner = state.lock();
    let user = &inner.users[index];
    match &user.password_sha256 {
        Some(digest) if *digest != password.to_ascii_lowercase() => {
            return failure(
                "Invalid password [error-invalid-password]",
                "error-invalid-password",
            );
        }
        None if sha256_hex(&user.profile.username) != password.trim() => {
            return failure(
                "Invalid username [error-invalid-username]",
                "error-invalid-username",
            );
        }
        _ => {}
    }
    let user_id = user.seed.id;
    if !confirm && let Some(refusal) = crate::ownership::last_owner_refusal(&inner, user_id) {
        return refusal;
    }
    crate::ownership::relinquish(&mut inner, user_id, true);
    inner.tokens.retain(|_, t| t.user_id != user_id);
    inner.users.remove(index);
    success(json!({}))
}
