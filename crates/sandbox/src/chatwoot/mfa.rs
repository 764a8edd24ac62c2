//! `/api/v1/profile/mfa`: turning two-factor sign-in on and off (reference chatwoot-api.md B6;
//! upstream `app/controllers/api/v1/profile/mfa_controller.rb`, `Mfa::ManagementService` and
//! the `mfa/*.json.jbuilder` views). Only with Active Record encryption keys on the server
//! (`ChatwootConfig::mfa_available`); only from a signed-in session, not a personal token.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::auth::caller;
use super::envelope::error;
use super::state::{ChatwootState, UserRecord};

const NOT_AVAILABLE: &str = "MFA feature is not available. Please configure encryption keys.";
const TOKEN_REFUSED: &str = "Two-factor authentication settings cannot be managed with an API access token. Sign in to the dashboard instead.";

fn unprocessable(text: &str) -> Response {
    error(StatusCode::UNPROCESSABLE_ENTITY, text)
}

/// The caller, who must be signed in with a session (`errors.mfa.interactive_session_required`).
fn session_caller(state: &ChatwootState, headers: &HeaderMap) -> Result<u64, Response> {
    let user_id = caller(state, headers)?;
    if headers.contains_key("api_access_token") {
        return Err(unprocessable(TOKEN_REFUSED));
    }
    Ok(user_id)
}

/// Ten codes of eight uppercase hexadecimal characters (B6).
fn new_backup_codes() -> Vec<String> {
    (0..10)
        .map(|_| uuid::Uuid::new_v4().simple().to_string()[..8].to_uppercase())
        .collect()
}

fn code_of(body: &[u8]) -> (Option<String>, Option<String>) {
    let body: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let text = |key: &str| body[key].as_str().map(str::to_owned);
    (text("otp_code"), text("password"))
}

fn matches(secret: Option<&str>, code: Option<&str>) -> bool {
    matches!((secret, code), (Some(secret), Some(code)) if crate::two_factor::totp_matches(secret, code))
}

/// Runs `f` on the caller's record, refusing first when the feature or the session is missing.
fn on_user(
    state: &ChatwootState,
    headers: &HeaderMap,
    f: impl FnOnce(&mut UserRecord) -> Response,
) -> Response {
    if !state.mfa_available {
        return error(StatusCode::FORBIDDEN, NOT_AVAILABLE);
    }
    let user_id = match session_caller(state, headers) {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    let mut inner = state.lock();
    match inner.users.iter_mut().find(|u| u.id == user_id) {
        Some(user) => f(user),
        None => super::envelope::not_found(),
    }
}

/// `GET`: `{feature_available, enabled, backup_codes_generated}`; the last only when the
/// feature is available (`show.json.jbuilder`).
pub async fn show(State(state): State<ChatwootState>, headers: HeaderMap) -> Response {
    let user_id = match caller(&state, &headers) {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    if !state.mfa_available {
        return axum::Json(json!({ "feature_available": false, "enabled": false })).into_response();
    }
    let inner = state.lock();
    let user = inner.users.iter().find(|u| u.id == user_id);
    let enabled = user.is_some_and(|u| u.totp_secret.is_some());
    let generated = user.is_some_and(|u| !u.backup_codes.is_empty());
    axum::Json(json!({
        "feature_available": true,
        "enabled": enabled,
        "backup_codes_generated": generated,
    }))
    .into_response()
}

/// `POST`: a new secret to put in an authenticator app (not on until verified).
pub async fn create(State(state): State<ChatwootState>, headers: HeaderMap) -> Response {
    on_user(&state, &headers, |user| {
        if user.totp_secret.is_some() {
            return unprocessable("MFA is already enabled");
        }
        // 160 random bits, base32 (RFC 6238's recommended secret length).
        let bytes = [
            uuid::Uuid::new_v4().into_bytes(),
            uuid::Uuid::new_v4().into_bytes(),
        ]
        .concat();
        let secret = totp_rs::Secret::Raw(bytes[..20].to_vec())
            .to_encoded()
            .to_string();
        let url = format!(
            "otpauth://totp/Chatwoot:{}?secret={secret}&issuer=Chatwoot",
            url::form_urlencoded::byte_serialize(user.email.as_bytes()).collect::<String>()
        );
        user.pending_totp_secret = Some(secret.clone());
        axum::Json(json!({ "provisioning_url": url, "secret": secret })).into_response()
    })
}

/// `POST verify {otp_code}`: turns it on and answers the ten backup codes.
pub async fn verify(
    State(state): State<ChatwootState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let (code, _) = code_of(&body);
    on_user(&state, &headers, |user| {
        if user.totp_secret.is_some() {
            return unprocessable("MFA is already enabled");
        }
        if !matches(user.pending_totp_secret.as_deref(), code.as_deref()) {
            return unprocessable("Invalid verification code");
        }
        user.totp_secret = user.pending_totp_secret.take();
        user.backup_codes = new_backup_codes();
        axum::Json(json!({ "enabled": true, "backup_codes": user.backup_codes })).into_response()
    })
}

/// `POST backup_codes {otp_code}`: ten new codes; the old ones stop working.
pub async fn backup_codes(
    State(state): State<ChatwootState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let (code, _) = code_of(&body);
    on_user(&state, &headers, |user| {
        if user.totp_secret.is_none() {
            return unprocessable("MFA is not enabled");
        }
        if !matches(user.totp_secret.as_deref(), code.as_deref()) {
            return unprocessable("Invalid verification code");
        }
        user.backup_codes = new_backup_codes();
        axum::Json(json!({ "backup_codes": user.backup_codes })).into_response()
    })
}

/// `DELETE {otp_code, password}`: turns it off. The answer's body is not in the reference;
/// the sandbox gives the `show` body (a client should read only the status).
pub async fn destroy(
    State(state): State<ChatwootState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let (code, password) = code_of(&body);
    on_user(&state, &headers, |user| {
        if user.totp_secret.is_none() {
            return unprocessable("MFA is not enabled");
        }
        if password.as_deref() != Some(user.password.as_str()) {
            return unprocessable("Invalid credentials or verification code");
        }
        if !matches(user.totp_secret.as_deref(), code.as_deref()) {
            return unprocessable("Invalid verification code");
        }
        user.totp_secret = None;
        user.backup_codes.clear();
        axum::Json(json!({
            "feature_available": true,
            "enabled": false,
            "backup_codes_generated": false,
        }))
        .into_response()
    })
}
