//! Account security (reference §6): the password policy (`pw.getPolicy` and the checks of a new
//! password), authenticator 2FA (the 8.8 REST routes and the older `2fa:*` methods through
//! `method.call`), email 2FA, and end-to-end encryption keys.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use crate::envelope::{
    failure, failure_message, failure_with_details, not_found, not_logged_in, success,
};
use crate::profile::{caller, two_factor_failure};
use crate::state::{Inner, SandboxState};
use crate::two_factor::{guard_route, totp_matches};

/// A setting's value (defaults plus the sandbox's overrides).
fn setting(state: &SandboxState, id: &str) -> Value {
    crate::routes::public_settings(state)
        .into_iter()
        .find(|(k, _)| k == id)
        .map_or(Value::Null, |(_, v)| v)
}

/// The password policy as Rocket.Chat's `PasswordPolicy` class holds it.
struct Policy {
    enabled: bool,
    min_length: i64,
    max_length: i64,
    forbid_repeating: bool,
    repeating_count: i64,
    lowercase: bool,
    uppercase: bool,
    number: bool,
    special: bool,
}

impl Policy {
    fn of(state: &SandboxState) -> Policy {
        let on = |id: &str| setting(state, id) == Value::Bool(true);
        let number = |id: &str, default: i64| setting(state, id).as_i64().unwrap_or(default);
        Policy {
            enabled: on("Accounts_Password_Policy_Enabled"),
            min_length: number("Accounts_Password_Policy_MinLength", 7),
            max_length: number("Accounts_Password_Policy_MaxLength", -1),
            forbid_repeating: on("Accounts_Password_Policy_ForbidRepeatingCharacters"),
            repeating_count: number("Accounts_Password_Policy_ForbidRepeatingCharactersCount", 3),
            lowercase: on("Accounts_Password_Policy_AtLeastOneLowercase"),
            uppercase: on("Accounts_Password_Policy_AtLeastOneUppercase"),
            number: on("Accounts_Password_Policy_AtLeastOneNumber"),
            special: on("Accounts_Password_Policy_AtLeastOneSpecialCharacter"),
        }
    }

    /// `getPasswordPolicy()`: the rules as `[name, params?]` pairs.
    fn json(&self) -> Value {
        let mut policy = Vec::new();
        if self.enabled {
            if self.min_length >= 1 {
                policy.push(
                    json!(["get-password-policy-minLength", { "minLength": self.min_length }]),
                );
            }
            if self.max_length >= 1 {
                policy.push(
                    json!(["get-password-policy-maxLength", { "maxLength": self.max_length }]),
                );
            }
            if self.forbid_repeating {
                policy.push(json!(["get-password-policy-forbidRepeatingCharacters"]));
            }
            if self.repeating_count != 0 {
                policy.push(json!([
                    "get-password-policy-forbidRepeatingCharactersCount",
                    { "forbidRepeatingCharactersCount": self.repeating_count }
                ]));
            }
            for (on, name) in [
                (
                    self.lowercase,
                    "get-password-policy-mustContainAtLeastOneLowercase",
                ),
                (
                    self.uppercase,
                    "get-password-policy-mustContainAtLeastOneUppercase",
                ),
                (
                    self.number,
                    "get-password-policy-mustContainAtLeastOneNumber",
                ),
                (
                    self.special,
                    "get-password-policy-mustContainAtLeastOneSpecialCharacter",
                ),
            ] {
                if on {
                    policy.push(json!([name]));
                }
            }
        }
        json!({ "enabled": self.enabled, "policy": policy })
    }

    /// `validate(password)`: the failing rules as `{error, message}`.
    fn failures(&self, password: &str) -> Vec<Value> {
        let mut reasons = Vec::new();
        if !self.enabled {
            return reasons;
        }
        // JavaScript's `length` counts UTF-16 code units.
        let length = i64::try_from(password.encode_utf16().count()).unwrap_or(i64::MAX);
        // `(.)\1{count,}`: a character followed by `count` more of itself.
        let repeating = {
            let chars: Vec<char> = password.chars().collect();
            let needed = usize::try_from(self.repeating_count.max(0)).unwrap_or(usize::MAX);
            chars.chunk_by(|a, b| a == b).any(|run| run.len() > needed)
        };
        for (failed, code, message) in [
            (
                self.min_length >= 1 && length < self.min_length,
                "minLength",
                "The password does not meet the minimum length password policy.",
            ),
            (
                self.max_length >= 1 && length > self.max_length,
                "maxLength",
                "The password does not meet the maximum length password policy.",
            ),
            (
                self.forbid_repeating && repeating,
                "repeatingCharacters",
                "The password contains repeating characters which is against the password policy.",
            ),
            (
                self.lowercase && !password.chars().any(|c| c.is_ascii_lowercase()),
                "oneLowercase",
                "The password does not contain at least one lowercase character which is against the password policy.",
            ),
            (
                self.uppercase && !password.chars().any(|c| c.is_ascii_uppercase()),
                "oneUppercase",
                "The password does not contain at least one uppercase character which is against the password policy.",
            ),
            (
                self.number && !password.chars().any(|c| c.is_ascii_digit()),
                "oneNumber",
                "The password does not contain at least one numerical character which is against the password policy.",
            ),
            (
                // `[^A-Za-z0-9 ]`
                self.special
                    && !password
                        .chars()
                        .any(|c| !c.is_ascii_alphanumeric() && c != ' '),
                "oneSpecial",
                "The password does not contain at least one special character which is against the password policy.",
            ),
        ] {
            if failed {
                reasons.push(json!({
                    "error": format!("error-password-policy-not-met-{code}"),
                    "message": message,
                }));
            }
        }
        reasons
    }
}

/// `GET /api/v1/pw.getPolicy` (no authentication since 8.x).
pub async fn get_policy(State(state): State<SandboxState>) -> Response {
    success(Policy::of(&state).json())
}

/// Passwords `Accounts_Password_History_Amount` remembers.
const PASSWORD_HISTORY: usize = 5;

/// The checks of a new password after "same as the current one": the password history, then
/// the policy (with every failing rule in `details`, as 8.x sends them).
pub fn refuse_new_password(
    state: &SandboxState,
    inner: &Inner,
    index: usize,
    password: &str,
) -> Option<Response> {
    let digest = crate::state::sha256_hex(password);
    if state.password_history && inner.users[index].password_history.contains(&digest) {
        return Some(failure(
            "Unable to update password. Please use a password that has not been used recently. [error-password-in-history]",
            "error-password-in-history",
        ));
    }
    let reasons = Policy::of(state).failures(password);
    (!reasons.is_empty()).then(|| {
        failure_with_details(
            "The password provided does not meet the server's password policy. [error-password-policy-not-met]",
            "error-password-policy-not-met",
            &Value::Array(reasons),
        )
    })
}

/// Remembers the password being replaced (the last [`PASSWORD_HISTORY`]).
pub fn remember_password(inner: &mut Inner, index: usize) {
    let user = &mut inner.users[index];
    if let Some(old) = user.password_sha256.clone() {
        user.password_history.push(old);
        let excess = user.password_history.len().saturating_sub(PASSWORD_HISTORY);
        user.password_history.drain(..excess);
    }
}

/// A `Meteor.Error(error, reason)`, as a method throws it.
struct MethodError {
    error: &'static str,
    reason: Option<&'static str>,
}

impl MethodError {
    const fn new(error: &'static str, reason: Option<&'static str>) -> MethodError {
        MethodError { error, reason }
    }

    fn message(&self) -> String {
        match self.reason {
            Some(reason) => format!("{reason} [{}]", self.error),
            None => format!("[{}]", self.error),
        }
    }

    /// As a REST route answers it.
    fn rest(&self) -> Response {
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

/// Whether the sandbox's version is at least `major.minor`.
fn version_at_least(state: &SandboxState, major: u32, minor: u32) -> bool {
    let mut parts = state
        .version
        .split('.')
        .map(|p| p.parse::<u32>().unwrap_or(0));
    let found = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    found >= (major, minor)
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
fn rest_route(
    state: &SandboxState,
    headers: &HeaderMap,
    since_8_8: bool,
    second_factor: Option<bool>,
    act: impl FnOnce(&mut Inner, usize, &str) -> Response,
) -> Response {
    if since_8_8 && !version_at_least(state, 8, 8) {
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
    let removed = version_at_least(&state, 9, 0);
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
    if failed && version_at_least(&state, 8, 0) {
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

/// `GET /api/v1/e2e.fetchMyKeys`: `{}` when the user never set up encryption.
pub async fn fetch_my_keys(State(state): State<SandboxState>, headers: HeaderMap) -> Response {
    rest_route(
        &state,
        &headers,
        false,
        None,
        |inner, index, _| match &inner.users[index].e2e_keys {
            Some((public, private)) => {
                success(json!({ "public_key": public, "private_key": private }))
            }
            None => success(json!({})),
        },
    )
}

/// `POST /api/v1/e2e.setUserPublicAndPrivateKeys` `{public_key, private_key, force?}`: without
/// `force`, existing keys are not replaced (`error-keys-already-set`), except before 6.13, whose
/// validator has no `force` and whose route overwrote them.
pub async fn set_keys(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let (Some(public), Some(private)) = (
        body.get("public_key").and_then(Value::as_str),
        body.get("private_key").and_then(Value::as_str),
    ) else {
        return failure(
            "must have required property 'public_key' and 'private_key' [invalid-params]",
            "invalid-params",
        );
    };
    let force = body.get("force").and_then(Value::as_bool).unwrap_or(false);
    let old_validator = !version_at_least(&state, 6, 13);
    rest_route(&state, &headers, false, None, |inner, index, _| {
        // `force` joined the route's validator in 6.13; before, extra properties were refused.
        if old_validator && body.get("force").is_some() {
            return failure(
                "must NOT have additional properties [invalid-params]",
                "invalid-params",
            );
        }
        let user = &mut inner.users[index];
        if user.e2e_keys.is_some() && !force && !old_validator {
            return MethodError::new("error-keys-already-set", Some("Keys already set")).rest();
        }
        user.e2e_keys = Some((public.to_owned(), private.to_owned()));
        success(json!({}))
    })
}

/// `POST /api/v1/users.resetE2EKey` `{}` (2FA-required, no remember-me): deletes the key pair
/// and unsets every login token of the user, this one included.
pub async fn reset_e2e_key(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or_else(|_| json!({}));
    let other = ["userId", "username", "user"]
        .iter()
        .any(|k| body.get(*k).is_some());
    rest_route(&state, &headers, false, Some(false), |inner, index, _| {
        if other {
            // Resetting someone else's keys needs `edit-other-user-e2ee` (not modelled).
            return MethodError::new("error-not-allowed", Some("Not allowed")).rest();
        }
        let user = &mut inner.users[index];
        user.e2e_keys = None;
        let user_id = user.seed.id;
        inner.tokens.retain(|_, owner| owner.user_id != user_id);
        success(json!({}))
    })
}
