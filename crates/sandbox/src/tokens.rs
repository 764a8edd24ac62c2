//! Personal access tokens (reference §7): `users.generatePersonalAccessToken`,
//! `users.regeneratePersonalAccessToken` and `users.removePersonalAccessToken` (each
//! `twoFactorRequired`), and `users.getPersonalAccessTokens`. All need the
//! `create-personal-access-tokens` permission, which the roles `user` and `admin` have.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Map, Value, json};

use crate::envelope::{
    failure_message, failure_with_details, forbidden_permission, not_logged_in, success,
};
use crate::profile::{caller, two_factor_failure};
use crate::state::{Inner, SandboxState, Token};
use crate::two_factor::{guard_route, iso_date};

fn may_create_tokens(inner: &Inner, index: usize) -> bool {
    inner.users[index]
        .seed
        .roles
        .iter()
        .any(|r| matches!(*r, "user" | "admin"))
}

/// A `Meteor.Error` of `personalAccessTokens:*` methods: 400 with the method in `details`.
fn method_error(error: &str, reason: &str, method: &str) -> Response {
    failure_with_details(
        &format!("{reason} [{error}]"),
        error,
        &json!({ "method": method }),
    )
}

/// The body's `tokenName` (and the whole body), or the route's own failure.
fn token_name(body: &Bytes) -> Result<(String, Map<String, Value>), Response> {
    let body: Map<String, Value> = match serde_json::from_slice(body) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    match body.get("tokenName").and_then(Value::as_str) {
        Some(name) if !name.is_empty() => Ok((name.to_owned(), body)),
        _ => Err(failure_message("The 'tokenName' param is required")),
    }
}

fn owned_token<'a>(inner: &'a Inner, user_id: &str, name: &str) -> Option<&'a String> {
    inner.tokens.iter().find_map(|(token, t)| {
        (t.personal && t.user_id == user_id && t.name.as_deref() == Some(name)).then_some(token)
    })
}

/// Makes a token and answers it (`{token}`), the only time the server shows it.
fn issue(inner: &mut Inner, user_id: &str, name: &str, bypass_two_factor: bool) -> Response {
    let token = crate::login::new_token();
    inner.tokens.insert(
        token.clone(),
        Token::personal(user_id, name, bypass_two_factor),
    );
    success(json!({ "token": token }))
}

/// Removes the caller's token called `name` and gives it back, or answers Rocket.Chat's
/// `error-token-does-not-exists`.
fn take_existing(
    inner: &mut Inner,
    user_id: &str,
    name: &str,
    method: &str,
) -> Result<Token, Response> {
    owned_token(inner, user_id, name)
        .cloned()
        .and_then(|token| inner.tokens.remove(&token))
        .ok_or_else(|| method_error("error-token-does-not-exists", "Invalid token", method))
}

/// Runs a `twoFactorRequired` token route for the caller: authentication, the second factor,
/// the body's `tokenName`, the permission, then `act`.
fn guarded(
    state: &SandboxState,
    headers: &HeaderMap,
    body: &Bytes,
    method: &str,
    act: impl FnOnce(&mut Inner, usize, &str, &Map<String, Value>) -> Response,
) -> Response {
    let Some((index, token)) = caller(state, headers) else {
        return not_logged_in();
    };
    let mut inner = state.lock();
    if let Err(refusal) = guard_route(&mut inner, index, &token, headers, true) {
        return two_factor_failure(&refusal);
    }
    let (name, body) = match token_name(body) {
        Ok(found) => found,
        Err(response) => return response,
    };
    if !may_create_tokens(&inner, index) {
        return method_error("not-authorized", "Not Authorized", method);
    }
    act(&mut inner, index, &name, &body)
}

pub async fn generate(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    guarded(
        &state,
        &headers,
        &body,
        "personalAccessTokens:generateToken",
        |inner, index, name, body| {
            let user_id = inner.users[index].seed.id;
            if owned_token(inner, user_id, name).is_some() {
                return method_error(
                    "error-token-already-exists",
                    "A token with this name already exists",
                    "personalAccessTokens:generateToken",
                );
            }
            let bypass = body
                .get("bypassTwoFactor")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            issue(inner, user_id, name, bypass)
        },
    )
}

pub async fn regenerate(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    guarded(
        &state,
        &headers,
        &body,
        "personalAccessTokens:regenerateToken",
        |inner, index, name, _| {
            let user_id = inner.users[index].seed.id;
            // Removed and made again with the same name and `bypassTwoFactor`.
            match take_existing(inner, user_id, name, "personalAccessTokens:regenerateToken") {
                Ok(old) => issue(inner, user_id, name, old.bypass_two_factor),
                Err(response) => response,
            }
        },
    )
}

pub async fn remove(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    guarded(
        &state,
        &headers,
        &body,
        "personalAccessTokens:removeToken",
        |inner, index, name, _| {
            let user_id = inner.users[index].seed.id;
            match take_existing(inner, user_id, name, "personalAccessTokens:removeToken") {
                Ok(_) => success(json!({})),
                Err(response) => response,
            }
        },
    )
}

/// `GET /api/v1/users.getPersonalAccessTokens`: name, creation, last six characters and
/// `bypassTwoFactor` of each; 403 without the permission (`permissionsRequired`).
pub async fn list(State(state): State<SandboxState>, headers: HeaderMap) -> Response {
    let Some((index, _)) = caller(&state, &headers) else {
        return not_logged_in();
    };
    let inner = state.lock();
    if !may_create_tokens(&inner, index) {
        return forbidden_permission();
    }
    let user_id = inner.users[index].seed.id;
    let mut tokens: Vec<(&String, &Token)> = inner
        .tokens
        .iter()
        .filter(|(_, t)| t.personal && t.user_id == user_id)
        .collect();
    tokens.sort_by_key(|(_, t)| t.created);
    let tokens: Vec<Value> = tokens
        .into_iter()
        .map(|(token, t)| {
            json!({
                "name": t.name,
                "createdAt": iso_date(t.created),
                "lastTokenPart": &token[token.len().saturating_sub(6)..],
                "bypassTwoFactor": t.bypass_two_factor,
            })
        })
        .collect();
    success(json!({ "tokens": tokens }))
}
