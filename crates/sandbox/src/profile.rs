//! Account > Profile routes (reference §3): `users.updateOwnBasicInfo` with its rules, errors and
//! second factor, `users.setStatus`, `users.removeOtherTokens`.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use crate::envelope::failure;
use crate::envelope::{not_logged_in, success};
use crate::request::header;
use crate::settings::setting_on;
use crate::state::{SandboxState, sha256_hex};
use crate::two_factor::{Refusal, TwoFactorCheck};

const DATA_KEYS: [&str; 9] = [
    "email",
    "name",
    "username",
    "nickname",
    "bio",
    "statusType",
    "statusText",
    "currentPassword",
    "newPassword",
];
const STATUSES: [&str; 4] = ["online", "away", "busy", "offline"];

/// The caller's index in the user list and their token.
pub fn caller(state: &SandboxState, headers: &HeaderMap) -> Option<(usize, String)> {
    let user = state.authenticate(
        header(headers, "x-user-id"),
        header(headers, "x-auth-token"),
    )?;
    let token = header(headers, "x-auth-token")?.to_owned();
    let index = state
        .lock()
        .users
        .iter()
        .position(|u| u.seed.id == user.id)?;
    Some((index, token))
}

/// `invalid-params`, as the typed body validator answers (reference §1.2).
fn invalid_params(message: &str) -> Response {
    failure(&format!("{message} [invalid-params]"), "invalid-params")
}

/// A `totp-*` refusal on a REST route: 400 with `errorType` and `details`.
pub fn two_factor_failure(refusal: &Refusal) -> Response {
    (
        StatusCode::BAD_REQUEST,
        axum::Json(json!({
            "success": false,
            "error": format!("{} [{}]", refusal.reason, refusal.error),
            "errorType": refusal.error,
            "details": refusal.details,
        })),
    )
        .into_response()
}

fn not_allowed(reason: &str, code: &str) -> Response {
    failure(&format!("{reason} [{code}]"), code)
}

/// `POST /api/v1/users.updateOwnBasicInfo` (reference §3.1).
pub async fn update_own_basic_info(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some((index, token)) = caller(&state, &headers) else {
        return not_logged_in();
    };
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(&body) else {
        return invalid_params("must be object");
    };
    if let Some(extra) = body
        .keys()
        .find(|k| !["data", "customFields"].contains(&k.as_str()))
    {
        return invalid_params(&format!("must NOT have additional properties ({extra})"));
    }
    let Some(Value::Object(data)) = body.get("data") else {
        return invalid_params("must have required property 'data'");
    };
    // `bio` and `statusType` joined the validator in 6.4.0 (seed 003's changelog, reference
    // §3.1 and §14): an older server refuses them as unknown keys.
    let since_6_4 = state.version_at_least(6, 4);
    let known =
        |k: &str| DATA_KEYS.contains(&k) && (since_6_4 || !matches!(k, "bio" | "statusType"));
    if let Some(extra) = data.keys().find(|k| !known(k.as_str())) {
        return invalid_params(&format!("must NOT have additional properties ({extra})"));
    }
    if data.values().any(|v| !(v.is_string() || v.is_null())) {
        return invalid_params("must be string");
    }
    let text = |key: &str| data.get(key).and_then(Value::as_str).map(str::to_owned);
    let (email, new_password) = (text("email"), text("newPassword"));

    let mut inner = state.lock();
    // A second factor only for an email or password change, with the password fallback.
    let needs_second_factor = email.as_deref().is_some_and(|e| !e.is_empty())
        || new_password.as_deref().is_some_and(|p| !p.is_empty());
    if needs_second_factor {
        let current = text("currentPassword").filter(|p| !p.is_empty());
        let (code, method) = match &current {
            Some(digest) => (Some(digest.clone()), Some("password".to_owned())),
            None => (
                header(&headers, "x-2fa-code").map(str::to_owned),
                header(&headers, "x-2fa-method").map(str::to_owned),
            ),
        };
        let check = TwoFactorCheck {
            code: code.as_deref(),
            method: method.as_deref(),
            password_fallback: true,
        };
        if let Err(refusal) = check.run(&mut inner, index) {
            return two_factor_failure(&refusal);
        }
    }
    if !setting_on(&state, "Accounts_AllowUserProfileChange") {
        return not_allowed("Editing profile is not allowed", "error-not-allowed");
    }
    let user = &inner.users[index];
    let changes = |key: &str, current: &str| text(key).filter(|v| v != current);
    let name = changes("name", &user.profile.name);
    let username = changes("username", &user.profile.username);
    let email = email.filter(|e| !e.is_empty() && *e != user.profile.email);
    let new_password = new_password.filter(|p| !p.is_empty());
    for (value, setting, reason) in [
        (
            name.is_some(),
            "Accounts_AllowRealNameChange",
            "Edit user real name is not allowed",
        ),
        (
            username.is_some(),
            "Accounts_AllowUsernameChange",
            "Edit username is not allowed",
        ),
        (
            email.is_some(),
            "Accounts_AllowEmailChange",
            "Edit user email is not allowed",
        ),
        (
            new_password.is_some(),
            "Accounts_AllowPasswordChange",
            "Edit user password is not allowed",
        ),
    ] {
        if value && !setting_on(&state, setting) {
            return not_allowed(reason, "error-action-not-allowed");
        }
    }
    if let Some(name) = &name
        && name.chars().any(|c| matches!(c, '<' | '>' | '/' | '\\'))
    {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({ "success": false, "error": "Name contains invalid characters" })),
        )
            .into_response();
    }
    if let Some(username) = &username {
        if !crate::account::valid_username(username) {
            return not_allowed(
                "Could not save user identity",
                "error-could-not-save-identity",
            );
        }
        if inner
            .users
            .iter()
            .any(|u| u.profile.username.eq_ignore_ascii_case(username))
        {
            return not_allowed(
                &format!("{username} is already in use :("),
                "error-field-unavailable",
            );
        }
    }
    let status_text = text("statusText");
    if status_text
        .as_ref()
        .is_some_and(|t| *t != inner.users[index].profile.status_text)
        && !setting_on(&state, "Accounts_AllowUserStatusMessageChange")
    {
        return not_allowed("Change status is not allowed", "error-not-allowed");
    }
    // `saveUserProfile` (apps/meteor/server/methods/saveUserProfile.ts) applies `statusType`,
    // `nickname` and the name only when they are non-empty (`if (settings.nickname)`): an empty
    // value is ignored without an error, and the old one stays. `bio` is applied whenever
    // present (it can be cleared); nickname and bio are saved trimmed.
    let status_type = text("statusType").filter(|s| !s.is_empty());
    if let Some(status) = &status_type
        && !STATUSES.contains(&status.as_str())
    {
        return not_allowed("Invalid status", "error-invalid-status");
    }
    if text("bio").is_some_and(|b| b.chars().count() > 260) {
        return not_allowed("Bio size exceeds 260 characters", "error-bio-size-exceeded");
    }
    if text("nickname").is_some_and(|n| n.chars().count() > 120) {
        return not_allowed(
            "Nickname size exceeds 120 characters",
            "error-nickname-size-exceeded",
        );
    }
    if let Some(email) = &email {
        let valid = email
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
        if !valid {
            return not_allowed(&format!("Invalid email {email}"), "error-invalid-email");
        }
        if inner
            .users
            .iter()
            .any(|u| u.profile.email.eq_ignore_ascii_case(email))
        {
            return not_allowed(
                &format!("{email} is already in use :("),
                "error-field-unavailable",
            );
        }
    }
    if let Some(password) = &new_password
        && inner.users[index].password_sha256.as_deref() == Some(sha256_hex(password).as_str())
    {
        return not_allowed(
            "Password can't be the same as the current password",
            "error-password-same-as-current",
        );
    }
    if let Some(password) = &new_password
        && inner.users[index].password_sha256.is_some()
        && let Some(refusal) = crate::password::refuse_new_password(&state, &inner, index, password)
    {
        return refusal;
    }

    let custom_fields = match body.get("customFields") {
        None => None,
        Some(Value::Object(fields)) => match validate_custom_fields(&state, fields) {
            Ok(valid) => valid,
            Err(response) => return response,
        },
        Some(_) => return invalid_params("customFields must be object"),
    };

    // Everything checked: apply.
    let user_id = inner.users[index].seed.id;
    let user = &mut inner.users[index];
    let p = &mut user.profile;
    if let Some(v) = name.filter(|v| !v.trim().is_empty()) {
        p.name = v;
    }
    if let Some(v) = username {
        p.username = v;
    }
    if let Some(v) = text("nickname").filter(|v| !v.is_empty()) {
        p.nickname = v.trim().to_owned();
    }
    if let Some(v) = text("bio") {
        p.bio = v.trim().to_owned();
    }
    if let Some(v) = status_type {
        p.status_default = v;
    }
    if let Some(v) = status_text {
        p.status_text = v;
    }
    if let Some(fields) = custom_fields {
        p.custom_fields.extend(fields);
    }
    if let Some(v) = email {
        p.email = v;
        p.email_verified = false;
    }
    let password_changed = match new_password {
        // Only for users who already have a password (OAuth/LDAP users: silently ignored).
        Some(v) if user.password_sha256.is_some() => {
            crate::password::remember_password(&mut inner, index);
            let user = &mut inner.users[index];
            user.password_sha256 = Some(sha256_hex(&v));
            true
        }
        _ => false,
    };
    if password_changed {
        // Every other login token ends; this one stays.
        inner
            .tokens
            .retain(|t, owner| owner.user_id != user_id || *t == token);
    }
    // The real route answers with the whole user document, `services` included (bcrypt hash,
    // resume tokens): a client must drop it. The sandbox sends look-alikes.
    let mut user_doc = state.me_json(&inner.users[index]);
    user_doc["services"] = json!({
        "password": { "bcrypt": "$2b$10$SANDBOXFAKEHASHsandboxfakehashSANDBOXFAKEHASHsand" },
        "resume": { "loginTokens": [{ "when": "2026-11-01T10:00:00.000Z", "hashedToken": "SANDBOXhashedTOKEN0000000000000000000000000=" }] },
    });
    success(json!({ "user": user_doc }))
}

/// `validateCustomFields`: every field `Accounts_CustomFields` defines is checked against the
/// sent values (required, select options, length limits); only defined fields are kept. With no
/// custom fields defined, `customFields` is ignored.
fn validate_custom_fields(
    state: &SandboxState,
    sent: &Map<String, Value>,
) -> Result<Option<Map<String, Value>>, Response> {
    let definition = crate::settings::public_settings(state)
        .into_iter()
        .find(|(k, _)| k == "Accounts_CustomFields")
        .and_then(|(_, v)| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    if definition.trim().is_empty() {
        return Ok(None);
    }
    let Ok(Value::Object(meta)) = serde_json::from_str::<Value>(&definition) else {
        return Err(not_allowed(
            "Invalid JSON for Custom Fields",
            "error-invalid-customfield-json",
        ));
    };
    let refuse = |message: String| {
        Err(not_allowed(
            &message,
            "error-user-registration-custom-field",
        ))
    };
    let mut kept = Map::new();
    for (name, field) in &meta {
        let value = sent.get(name).and_then(Value::as_str).unwrap_or_default();
        let trimmed = value.trim();
        let number = |key: &str| field.get(key).and_then(Value::as_u64).unwrap_or(0) as usize;
        if field.get("required").and_then(Value::as_bool) == Some(true) && trimmed.is_empty() {
            return refuse(format!("Field {name} is required"));
        }
        if field.get("type").and_then(Value::as_str) == Some("select") {
            let options = field.get("options").and_then(Value::as_array);
            if !options.is_some_and(|o| o.iter().any(|x| x.as_str() == Some(value))) {
                return refuse(format!("Value for field {name} is invalid"));
            }
        }
        if number("maxLength") > 0 && trimmed.chars().count() > number("maxLength") {
            return refuse(format!(
                "Max length of field {name} {}",
                number("maxLength")
            ));
        }
        if number("minLength") > 0 && trimmed.chars().count() < number("minLength") {
            return refuse(format!(
                "Min length of field {name} {}",
                number("minLength")
            ));
        }
        kept.insert(name.clone(), Value::String(value.to_owned()));
    }
    Ok(Some(kept))
}

/// `POST /api/v1/users.setStatus` (reference §3.7).
pub async fn set_status(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some((index, _)) = caller(&state, &headers) else {
        return not_logged_in();
    };
    let body: Map<String, Value> = match serde_json::from_slice(&body) {
        Ok(Value::Object(map)) => map,
        _ => return invalid_params("must be object"),
    };
    let status = body.get("status").and_then(Value::as_str);
    let message = body.get("message").and_then(Value::as_str);
    if status.is_none() && message.is_none() {
        return failure("Match error: status or message required", "invalid-params");
    }
    if !setting_on(&state, "Accounts_AllowUserStatusMessageChange") {
        return not_allowed("Change status is not allowed", "error-not-allowed");
    }
    if let Some(status) = status {
        if !STATUSES.contains(&status) {
            return not_allowed("Invalid status", "error-invalid-status");
        }
        if status == "offline" && !setting_on(&state, "Accounts_AllowInvisibleStatusOption") {
            return not_allowed("Invisible status is disabled", "error-status-not-allowed");
        }
    }
    let mut inner = state.lock();
    let p = &mut inner.users[index].profile;
    if let Some(status) = status {
        p.status_default = status.to_owned();
    }
    if let Some(message) = message {
        p.status_text = message.to_owned();
    }
    success(json!({}))
}

/// `POST /api/v1/users.removeOtherTokens` (reference §3.5): only the calling token stays
/// (personal access tokens go too).
pub async fn remove_other_tokens(
    State(state): State<SandboxState>,
    headers: HeaderMap,
) -> Response {
    let Some((index, token)) = caller(&state, &headers) else {
        return not_logged_in();
    };
    let mut inner = state.lock();
    let user_id = inner.users[index].seed.id;
    inner
        .tokens
        .retain(|t, owner| owner.user_id != user_id || *t == token);
    success(json!({}))
}
