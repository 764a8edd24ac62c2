//! End-to-end encryption keys (reference §6.4): `e2e.fetchMyKeys`,
//! `e2e.setUserPublicAndPrivateKeys` and `users.resetE2EKey`.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Value, json};

use crate::envelope::{failure, success};
use crate::security::{MethodError, rest_route};
use crate::state::SandboxState;

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
    let old_validator = !state.version_at_least(6, 13);
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

/// `POST /api/v1/users.resetE2EKey` (2FA-required, no remember-me): deletes the key pair and
/// unsets every login token of the user, this one included. `{}` is yourself; `{userId}`,
/// `{username}` or `{user}` is someone else, with `edit-other-user-e2ee` (reference §10.6).
pub async fn reset_e2e_key(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let body: serde_json::Map<String, Value> = serde_json::from_slice(&body).unwrap_or_default();
    rest_route(
        &state,
        &headers,
        false,
        Some(false),
        |inner, my_index, _| {
            let me = inner.users[my_index].seed;
            let index = match crate::admin::reset_target(
                inner,
                &me,
                my_index,
                &body,
                "edit-other-user-e2ee",
            ) {
                Ok(i) => i,
                Err(r) => return r,
            };
            let user = &mut inner.users[index];
            user.e2e_keys = None;
            let user_id = user.seed.id;
            inner.tokens.retain(|_, owner| owner.user_id != user_id);
            success(json!({}))
        },
    )
}
