//! Two-factor authentication of the account (reference §6.2, §6.3): authenticator 2FA through
//! the 8.8 REST routes and the older `2fa:*` methods through `method.call`, and email 2FA.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use crate::envelope::{failure, failure_message, not_found, not_logged_in, success};
use crate::profile::{caller, two_factor_failure};
use crate::state::{Inner, SandboxState};
use crate::two_factor::{guard_route, totp_matches};

/// A `Meteor.Error(error, reason)`, as a method throws it.
pub(crate) struct MethodError {
    error: &'static str,
    reason: Option<&'static str>,
}

impl MethodError {
    pub(crate) const fn new(error: &'static str, reason: Option<&'static str>) -> MethodError {
        MethodError { error, reason }
    }

    fn message(&self) -> String {
        match self.reason {
            Some(reason) => format!("{reason} [{}]", self.error),
            None => format!("[{}]", self.error),
        }
    }

    /// As a REST route answers it.
    pub(crate) fn rest(&self) -> Response {
        failure(&self.message(), self.error)
    }

    /// As serialised into a DDP `result` message.
    fn ddp(&self) -> Value {
        let mut error = json!({
            "isClientSafe": true,
            "error": self.error,
            "message": self.message(),
            "errorType": "Meteor.Error",
        });
        if let Some(reason) = self.reason {
            error["reason"] = json!(reason);
        }
        error
    }
}

const INVALID_TOTP: MethodError = MethodError::new("invalid-totp", None);

/// `Random.id(8)`-like backup codes, twelve of them.
fn new_backup_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz";
    (0..12)
        .map(|_| {
            let random = uuid::Uuid::new_v4().as_u128();
            (0..8)
                .map(|i| {
                    let at = (random >> (i * 8)) % ALPHABET.len() as u128;
                    char::from(ALPHABET[usize::try_from(at).unwrap_or(0)])
                })
                .collect()
        })
        .collect()
}

/// What the TOTP operations do, shared by the REST routes and the `2fa:*` methods.
mod totp {
    use super::*;

    /// `2fa:enable`: a new temporary secret (TOTP stays off until it is confirmed).
    pub fn enable(
        state: &SandboxState,
        inner: &mut Inner,
        index: usize,
    ) -> Result<Value, MethodError> {
        let user = &mut inner.users[index];
        if user.totp_secret.is_some() {
            return Err(MethodError::new(
                "error-2fa-already-enabled",
                Some("2FA already enabled"),
            ));
        }
        let mut bytes = uuid::Uuid::new_v4().as_bytes().to_vec();
        bytes.extend_from_slice(uuid::Uuid::new_v4().as_bytes());
        let secret = totp_rs::Secret::Raw(bytes).to_encoded().to_string();
        user.totp_temp_secret = Some(secret.clone());
        let site = state.site_name.replace(' ', "%20");
        let url = format!(
            "otpauth://totp/{site}:{}?secret={secret}&issuer={site}",
            user.profile.username
        );
        Ok(json!({ "secret": secret, "url": url }))
    }

    /// `2fa:validateTempToken`: confirms the temporary secret with a code, turns TOTP on, makes
    /// twelve backup codes and signs out every other non-PAT session.
    pub fn validate(
        inner: &mut Inner,
        index: usize,
        token: &str,
        code: &str,
    ) -> Result<Value, MethodError> {
        let user = &mut inner.users[index];
        let Some(secret) = user.totp_temp_secret.clone() else {
            return Err(INVALID_TOTP);
        };
        if !totp_matches(&secret, code) {
            return Err(INVALID_TOTP);
        }
        let codes = new_backup_codes();
        user.totp_secret = Some(secret);
        user.totp_temp_secret = None;
        user.backup_codes.clone_from(&codes);
        let user_id = user.seed.id;
        inner
            .tokens
            .retain(|t, owner| owner.user_id != user_id || owner.personal || t == token);
        Ok(json!({ "codes": codes }))
    }

    /// Whether `code` is the current TOTP code or an unused backup code (used up if so).
    fn verify(inner: &mut Inner, index: usize, code: &str) -> bool {
        let user = &mut inner.users[index];
        let Some(secret) = user.totp_secret.as_deref() else {
            return false;
        };
        if totp_matches(secret, code) {
            return true;
        }
        match user.backup_codes.iter().position(|c| c == code.trim()) {
            Some(i) => {
                user.backup_codes.remove(i);
                true
            }
            None => false,
        }
    }

    /// `2fa:disable`: `true` when the code was right and TOTP is now off.
    pub fn disable(inner: &mut Inner, index: usize, code: &str) -> bool {
        if !verify(inner, index, code) {
            return false;
        }
        let user = &mut inner.users[index];
        user.totp_secret = None;
        user.backup_codes.clear();
        true
    }

    /// `2fa:regenerateCodes`: new backup codes, or `None` on a wrong code.
    pub fn regenerate(
        inner: &mut Inner,
        index: usize,
        code: &str,
    ) -> Result<Option<Value>, MethodError> {
        if inner.users[index].totp_secret.is_none() {
            return Err(INVALID_TOTP);
        }
        if !verify(inner, index, code) {
            return Ok(None);
        }
        let codes = new_backup_codes();
        inner.users[index].backup_codes.clone_from(&codes);
        Ok(Some(json!({ "codes": codes })))
    }

    /// `2fa:checkCodesRemaining`.
    pub fn remaining(inner: &Inner, index: usize) -> Result<Value, MethodError> {
        let user = &inner.users[index];
        if user.totp_secret.is_none() {
            return Err(INVALID_TOTP);
        }
        Ok(json!({ "remaining": user.backup_codes.len() }))
    }
}

/// The body's `code` (a string), or `invalid-params`.
fn code_of(body: &Bytes) -> Result<String, Response> {
    let body: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    if let Some(extra) = body
        .as_object()
        .and_then(|o| o.keys().find(|k| *k != "code"))
    {
        return Err(failure(
            &format!("must NOT have additional properties ({extra}) [invalid-params]"),
            "invalid-params",
        ));
    }
    match body.get("code").and_then(Value::as_str) {
        Some(code) => Ok(code.to_owned()),
        None => Err(failure(
            "must have required property 'code' [invalid-params]",
            "invalid-params",
        )),
    }
}

/// Runs a REST route for the signed-in caller (8.8's TOTP routes 404 on older versions).
pub(crate) fn rest_route(
    state: &SandboxState,
    headers: &HeaderMap,
    since_8_8: bool,
    second_factor: Option<bool>,
    act: impl FnOnce(&mut Inner, usize, &str) -> Response,
) -> Response {
    if since_8_8 && !state.version_at_least(8, 8) {
        return not_found();
    }
    let Some((index, token)) = caller(state, headers) else {
        return not_logged_in();
    };
    let mut inner = state.lock();
    if let Some(remember) = second_factor
        && let Err(refusal) = guard_route(&mut inner, index, &token, headers, remember)
    {
        return two_factor_failure(&refusal);
    }
    act(&mut inner, index, &token)
}

/// An 8.8 TOTP route whose body is `{code}`.
fn code_route(
    state: &SandboxState,
    headers: &HeaderMap,
    body: &Bytes,
    second_factor: Option<bool>,
    act: impl FnOnce(&mut Inner, usize, &str, &str) -> Response,
) -> Response {
    let code = match code_of(body) {
        Ok(code) => code,
        Err(response) => return response,
    };
    rest_route(
        state,
        headers,
        true,
        second_factor,
        |inner, index, token| act(inner, index, token, &code),
    )
}

/// `POST /api/v1/users.enableTotp` (8.8+, 2FA-required).
pub async fn enable_totp(State(state): State<SandboxState>, headers: HeaderMap) -> Response {
    let site = state.clone();
    rest_route(&state, &headers, true, Some(true), |inner, index, _| {
        totp::enable(&site, inner, index).map_or_else(|e| e.rest(), success)
    })
}

/// `POST /api/v1/users.validateTotp` `{code}` (8.8+, 2FA-required).
pub async fn validate_totp(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    code_route(
        &state,
        &headers,
        &body,
        Some(true),
        |inner, index, token, code| {
            totp::validate(inner, index, token, code).map_or_else(|e| e.rest(), success)
        },
    )
}

/// `POST /api/v1/users.disableTotp` `{code}` (8.8+).
pub async fn disable_totp(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    code_route(&state, &headers, &body, None, |inner, index, _, code| {
        success(json!({ "disabled": totp::disable(inner, index, code) }))
    })
}

/// `POST /api/v1/users.regenerateTotpCodes` `{code}` (8.8+): a wrong code is `invalid-totp`.
pub async fn regenerate_totp_codes(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    code_route(
        &state,
        &headers,
        &body,
        None,
        |inner, index, _, code| match totp::regenerate(inner, index, code) {
            Ok(Some(codes)) => success(codes),
            Ok(None) | Err(_) => INVALID_TOTP.rest(),
        },
    )
}

/// `GET /api/v1/users.totpCodesRemaining` (8.8+).
pub async fn totp_codes_remaining(
    State(state): State<SandboxState>,
    headers: HeaderMap,
) -> Response {
    rest_route(&state, &headers, true, None, |inner, index, _| {
        totp::remaining(inner, index).map_or_else(|e| e.rest(), success)
    })
}

/// `POST /api/v1/method.call/<method>` (reference §1.6): the DDP method inside the EJSON
/// `message`, answered as a DDP `result` inside `message`. Before 8.0 a method that throws still
/// answers 200 `success:true`; from 8.0 it answers 400 `success:false`. The sandbox implements
/// the `2fa:*` methods (removed in 9.0); any other is Meteor's 404 "Method not found".
pub async fn method_call(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    Path(_route_method): Path<String>,
    body: Bytes,
) -> Response {
    let Some((index, token)) = caller(&state, &headers) else {
        return not_logged_in();
    };
    let call: Option<Map<String, Value>> = serde_json::from_slice::<Value>(&body)
        .ok()
        .and_then(|b| b.get("message").and_then(Value::as_str).map(str::to_owned))
        .and_then(|m| serde_json::from_str::<Value>(&m).ok())
        .and_then(|v| v.as_object().cloned());
    let valid = call.as_ref().filter(|c| {
        c.get("msg").and_then(Value::as_str) == Some("method")
            && c.get("method").is_some_and(Value::is_string)
            && c.get("params").is_some_and(Value::is_array)
            && c.get("id").is_some_and(Value::is_string)
            && c.keys()
                .all(|k| ["msg", "method", "params", "id"].contains(&k.as_str()))
    });
    let Some(call) = valid else {
        return failure_message("Invalid method call");
    };
    let id = call["id"].clone();
    let method = call["method"].as_str().unwrap_or_default();
    let params = call["params"].as_array().cloned().unwrap_or_default();
    let code = params
        .first()
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let removed = state.version_at_least(9, 0);
    let outcome: Result<Value, Value> = {
        let mut inner = state.lock();
        match method {
            "2fa:enable" if !removed => {
                totp::enable(&state, &mut inner, index).map_err(|e| e.ddp())
            }
            "2fa:validateTempToken" if !removed => {
                totp::validate(&mut inner, index, &token, &code).map_err(|e| e.ddp())
            }
            "2fa:disable" if !removed => Ok(json!(totp::disable(&mut inner, index, &code))),
            "2fa:regenerateCodes" if !removed => totp::regenerate(&mut inner, index, &code)
                .map(|codes| codes.unwrap_or(Value::Null))
                .map_err(|e| e.ddp()),
            "2fa:checkCodesRemaining" if !removed => {
                totp::remaining(&inner, index).map_err(|e| e.ddp())
            }
            _ => Err(json!({
                "isClientSafe": true,
                "error": 404,
                "reason": format!("Method '{method}' not found"),
                "message": format!("Method '{method}' not found [404]"),
                "errorType": "Meteor.Error",
            })),
        }
    };
    let (reply, failed) = match outcome {
        // An `undefined` result is left out of the DDP message.
        Ok(Value::Null) => (json!({ "msg": "result", "id": id }), false),
        Ok(result) => (
            json!({ "msg": "result", "id": id, "result": result }),
            false,
        ),
        Err(error) => (json!({ "msg": "result", "id": id, "error": error }), true),
    };
    let message = reply.to_string();
    if failed && state.version_at_least(8, 0) {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({ "message": message, "success": false })),
        )
            .into_response();
    }
    success(json!({ "message": message }))
}

/// `POST /api/v1/users.2fa.enableEmail`: refused while the email is unverified (as 7.x does;
/// the method could never be used without a verified address); signs out every other non-PAT
/// session.
pub async fn enable_email(State(state): State<SandboxState>, headers: HeaderMap) -> Response {
    rest_route(&state, &headers, false, None, |inner, index, token| {
        let user = &mut inner.users[index];
        if !user.profile.email_verified {
            return MethodError::new(
                "error-invalid-user",
                Some("You need to verify your emails before setting up 2FA"),
            )
            .rest();
        }
        user.email2fa = true;
        let user_id = user.seed.id;
        inner
            .tokens
            .retain(|t, owner| owner.user_id != user_id || owner.personal || t == token);
        success(json!({}))
    })
}

/// `POST /api/v1/users.2fa.disableEmail` (2FA-required, no remember-me).
pub async fn disable_email(State(state): State<SandboxState>, headers: HeaderMap) -> Response {
    rest_route(&state, &headers, false, Some(false), |inner, index, _| {
        inner.users[index].email2fa = false;
        success(json!({}))
    })
}
