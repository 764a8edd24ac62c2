//! `/api/v1/profile` and its members (reference chatwoot-api.md B2, B3, B7, B8; upstream
//! `app/controllers/api/v1/profiles_controller.rb` and `app/views/api/v1/models/_user.json.jbuilder`).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use super::auth::caller;
use super::envelope::{error, invalid, not_found};
use super::state::{ChatwootState, UserRecord};
use super::user::user_json;

fn with_user<T>(
    state: &ChatwootState,
    user_id: u64,
    f: impl FnOnce(&mut UserRecord) -> T,
) -> Option<T> {
    let mut inner = state.lock();
    inner.users.iter_mut().find(|u| u.id == user_id).map(f)
}

/// `GET /api/v1/profile`.
pub async fn show(State(state): State<ChatwootState>, headers: HeaderMap) -> Response {
    let user_id = match caller(&state, &headers) {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    with_user(&state, user_id, |u| {
        axum::Json(user_json(u)).into_response()
    })
    .unwrap_or_else(not_found)
}

/// The `profile` root, as Rails' `params.require(:profile)`: missing or empty is a 422.
fn profile_root(body: &[u8]) -> Result<Map<String, Value>, Response> {
    let body: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    match body.get("profile") {
        Some(Value::Object(profile)) if !profile.is_empty() => Ok(profile.clone()),
        _ => Err(missing_profile()),
    }
}

fn missing_profile() -> Response {
    error(
        StatusCode::UNPROCESSABLE_ENTITY,
        "param is missing or the value is empty: profile",
    )
}

/// devise's `password_length = 6..128` and devise-secure_password's required content: one
/// uppercase, one lowercase, one digit and one special character (B7). Full messages as
/// Rails joins them (`config/locales/secure_password.en.yml`).
fn password_problems(
    password: &str,
    confirmation: Option<&str>,
) -> (Vec<String>, Vec<&'static str>) {
    let mut messages = Vec::new();
    let mut attributes = Vec::new();
    let length = password.chars().count();
    if length < 6 {
        messages.push("Password is too short (minimum is 6 characters)".to_owned());
    } else if length > 128 {
        messages.push("Password is too long (maximum is 128 characters)".to_owned());
    }
    const SPECIAL: &str = "!@#$%^&*()_+-=[]{}|'";
    for (kind, present) in [
        (
            "uppercase",
            password.chars().any(|c| c.is_ascii_uppercase()),
        ),
        (
            "lowercase",
            password.chars().any(|c| c.is_ascii_lowercase()),
        ),
        ("number", password.chars().any(|c| c.is_ascii_digit())),
        ("special", password.chars().any(|c| SPECIAL.contains(c))),
    ] {
        if !present {
            messages.push(format!("Password must contain at least 1 {kind} character"));
        }
    }
    if !messages.is_empty() {
        attributes.push("password");
    }
    if confirmation.is_some_and(|c| c != password) {
        messages.push("Password confirmation doesn't match Password".to_owned());
        attributes.push("password_confirmation");
    }
    (messages, attributes)
}

/// `PUT`/`PATCH /api/v1/profile` (JSON). The password, when given, is checked and saved first
/// (wrong current password: nothing is saved); then the permitted fields; unknown ones are
/// dropped silently.
pub async fn update(
    State(state): State<ChatwootState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let user_id = match caller(&state, &headers) {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    // JSON, or a multipart form with the picture (B2 "Avatar").
    let (profile, upload) = if super::avatar::is_multipart(&headers) {
        match super::avatar::profile_form(&headers, body).await {
            Ok((fields, upload)) if !fields.is_empty() || upload.is_some() => (fields, upload),
            Ok(_) => return missing_profile(),
            Err(refused) => return refused,
        }
    } else {
        match profile_root(&body) {
            Ok(profile) => (profile, None),
            Err(refused) => return refused,
        }
    };
    let text = |key: &str| profile.get(key).and_then(Value::as_str).map(str::to_owned);
    if let Some(password) = text("password").filter(|p| !p.trim().is_empty()) {
        let Some(current) = with_user(&state, user_id, |u| u.password.clone()) else {
            return not_found();
        };
        if text("current_password").as_deref() != Some(current.as_str()) {
            return error(StatusCode::UNPROCESSABLE_ENTITY, "Invalid current password");
        }
        let (messages, attributes) =
            password_problems(&password, text("password_confirmation").as_deref());
        if !messages.is_empty() {
            return invalid(&messages, &attributes);
        }
        with_user(&state, user_id, |u| u.password = password);
        // `remove_tokens_after_password_reset`: only the session with the latest expiry stays.
        let mut inner = state.lock();
        let keep = inner
            .sessions
            .iter()
            .filter(|s| s.user_id == user_id)
            .max_by_key(|s| s.expiry)
            .map(|s| s.token.clone());
        inner
            .sessions
            .retain(|s| s.user_id != user_id || Some(&s.token) == keep.as_ref());
    }
    let taken = |email: &str| {
        state
            .lock()
            .users
            .iter()
            .any(|u| u.id != user_id && u.email.eq_ignore_ascii_case(email))
    };
    let mut messages = Vec::new();
    let mut attributes = Vec::new();
    if let Some(name) = text("name") {
        if name.trim().is_empty() {
            messages.push("Name can't be blank".to_owned());
            attributes.push("name");
        } else if name.chars().count() > 255 {
            messages.push("Name is too long (maximum is 255 characters)".to_owned());
            attributes.push("name");
        }
    }
    if let Some(email) = text("email") {
        if !plausible_email(&email) {
            messages.push("Email is invalid".to_owned());
            attributes.push("email");
        } else if taken(&email) {
            messages.push("Email has already been taken".to_owned());
            attributes.push("email");
        }
    }
    if let Some(upload) = &upload {
        for message in super::avatar::problems(upload) {
            messages.push(message);
            attributes.push("avatar");
        }
    }
    if !messages.is_empty() {
        return invalid(&messages, &attributes);
    }
    with_user(&state, user_id, |u| {
        if let Some(upload) = upload {
            let key = super::avatar::key_for(u.id, &upload.bytes);
            u.avatar_url = super::avatar::url_for(&headers, &key, &upload.filename);
            u.avatar = Some((key, upload.content_type, upload.bytes));
        }
        if let Some(name) = text("name") {
            u.name = name;
        }
        if profile.contains_key("display_name") {
            u.display_name = text("display_name");
        }
        if profile.contains_key("message_signature") {
            u.message_signature = text("message_signature");
        }
        // Devise `reconfirmable` (current servers): a new address waits unconfirmed and the
        // profile keeps showing the old one until the link in the email is followed (B2).
        if let Some(email) = text("email")
            && !email.eq_ignore_ascii_case(&u.email)
        {
            u.unconfirmed_email = Some(email);
        }
        if let Some(Value::Object(ui)) = profile.get("ui_settings") {
            u.ui_settings = ui.clone();
        }
        if let Some(phone) = text("phone_number") {
            u.custom_attributes
                .insert("phone_number".into(), Value::String(phone));
        }
        if let Some(id) = profile.get("account_id").and_then(Value::as_u64)
            && u.accounts.iter().any(|a| a.account_id == id)
        {
            u.active_account = id;
        }
        axum::Json(user_json(u)).into_response()
    })
    .unwrap_or_else(not_found)
}

/// Devise's `email_regexp` (`/\A[^@\s]+@[^@\s]+\z/`).
fn plausible_email(email: &str) -> bool {
    let mut parts = email.split('@');
    matches!((parts.next(), parts.next(), parts.next()),
        (Some(local), Some(domain), None)
            if !local.is_empty() && !domain.is_empty() && !email.chars().any(char::is_whitespace))
}

/// The account a `profile[account_id]` names, when the caller is a member of it.
fn member_account(profile: &Map<String, Value>) -> Option<u64> {
    profile.get("account_id").and_then(|v| {
        v.as_u64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
    })
}

/// `POST /api/v1/profile/availability` and `POST /api/v1/profile/auto_offline` (B2, B8).
pub async fn availability(
    State(state): State<ChatwootState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    account_user_change(&state, &headers, &body, |account_user, profile| {
        let value = profile.get("availability").and_then(Value::as_str)?;
        // The enum has three values; anything else raises in Rails (no 422): a 500.
        if !["online", "offline", "busy"].contains(&value) {
            return None;
        }
        account_user.availability = value.to_owned();
        Some(())
    })
}

pub async fn auto_offline(
    State(state): State<ChatwootState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    account_user_change(&state, &headers, &body, |account_user, profile| {
        let value = match profile.get("auto_offline")? {
            Value::Bool(b) => *b,
            Value::String(s) if s == "true" || s == "false" => s == "true",
            _ => return None,
        };
        account_user.auto_offline = value;
        Some(())
    })
}

fn account_user_change(
    state: &ChatwootState,
    headers: &HeaderMap,
    body: &[u8],
    change: impl FnOnce(&mut super::state::AccountUser, &Map<String, Value>) -> Option<()>,
) -> Response {
    let user_id = match caller(state, headers) {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    let profile = match profile_root(body) {
        Ok(profile) => profile,
        Err(refused) => return refused,
    };
    let account = member_account(&profile);
    with_user(state, user_id, |u| {
        let Some(account_user) = u
            .accounts
            .iter_mut()
            .find(|a| Some(a.account_id) == account)
        else {
            return not_found();
        };
        match change(account_user, &profile) {
            Some(()) => axum::Json(user_json(u)).into_response(),
            None => error(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error"),
        }
    })
    .unwrap_or_else(not_found)
}

/// `POST /api/v1/profile/reset_access_token`: a new personal token; the old one stops at once.
pub async fn reset_access_token(
    State(state): State<ChatwootState>,
    headers: HeaderMap,
) -> Response {
    let user_id = match caller(&state, &headers) {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    with_user(&state, user_id, |u| {
        u.access_token = format!("cw-{}", uuid::Uuid::new_v4().simple());
        axum::Json(user_json(u)).into_response()
    })
    .unwrap_or_else(not_found)
}
