//! `users.setActiveStatus`, `users.delete` and `users.resetTOTP` (reference §10.6, §10.7), and
//! the other-user half of `users.resetE2EKey`.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Map, Value, json};

use super::{
    Kind, Posted, admin_caller, find, find_by_username, has_permission, last_owner_refusal,
    meteor_error, other_active_admins, posted, relinquish, seats_exhausted,
};
use crate::envelope::{forbidden_permission, success};
use crate::profile::two_factor_failure;
use crate::seed::SeedUser;
use crate::state::{Email, Inner, SandboxState, epoch_ms};
use crate::two_factor::guard_route;

/// `setUserActiveStatus` with its rules: federated users, the last active admin, the last owner
/// of rooms (unless confirmed), the license's seats; then its effects (a deactivated user's
/// sessions end).
pub(crate) fn change_active(
    state: &SandboxState,
    inner: &mut Inner,
    me: &SeedUser,
    index: usize,
    active: bool,
    confirm_relinquish: bool,
) -> Result<(), Response> {
    if !has_permission(me.roles, "edit-other-user-active-status")
        && !has_permission(me.roles, "manage-moderation-actions")
    {
        return Err(forbidden_permission());
    }
    let user = &inner.users[index];
    let user_id = user.seed.id;
    if user.account.federated {
        return Err(meteor_error(
            "error-user-is-federated",
            "Cannot change federated users status",
        ));
    }
    if !active {
        if user.seed.roles.contains(&"admin") && other_active_admins(inner, user_id) == 0 {
            return Err(meteor_error(
                "error-action-not-allowed",
                "Leaving the app without an active admin is not allowed",
            ));
        }
        if !confirm_relinquish && let Some(refusal) = last_owner_refusal(inner, user_id) {
            return Err(refusal);
        }
    } else if user.account.kind == "user" && seats_exhausted(state, inner) {
        return Err(meteor_error(
            "error-license-user-limit-reached",
            "The maximum number of users has been reached.",
        ));
    }
    if !active {
        relinquish(inner, user_id, false);
        inner.tokens.retain(|_, t| t.user_id != user_id);
    }
    let user = &mut inner.users[index];
    user.seed.active = active;
    // 8.x records why (`inactiveReason`); activating clears it.
    user.account.inactive_reason = (!active).then_some("deactivated");
    Ok(())
}

/// `POST /api/v1/users.setActiveStatus` `{userId, activeStatus, confirmRelinquish?}`.
pub async fn set_active_status(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let schema = [
        ("userId", Kind::Str),
        ("activeStatus", Kind::Bool),
        ("confirmRelinquish", Kind::Bool),
    ];
    let Posted { me, body, .. } = or_respond!(posted(
        &state,
        &headers,
        &body,
        None,
        &schema,
        &["userId", "activeStatus"]
    ));
    let active = body["activeStatus"].as_bool().unwrap_or(true);
    let confirm = body
        .get("confirmRelinquish")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let mut inner = state.lock();
    let Some(index) = body["userId"].as_str().and_then(|id| find(&inner, id)) else {
        return super::user_not_found();
    };
    or_respond!(change_active(
        &state, &mut inner, &me, index, active, confirm
    ));
    let user = &inner.users[index];
    success(json!({ "user": { "_id": user.seed.id, "active": user.seed.active } }))
}

/// The target of a `{userId} | {username} | {user}` body.
fn target(inner: &Inner, body: &Map<String, Value>) -> Option<usize> {
    if let Some(id) = body.get("userId").and_then(Value::as_str) {
        return find(inner, id);
    }
    let name = body
        .get("username")
        .or_else(|| body.get("user"))
        .and_then(Value::as_str)?;
    find_by_username(inner, name)
}

/// `POST /api/v1/users.delete` `{userId | username, confirmRelinquish?}` (`delete-user`).
pub async fn delete(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let schema = [
        ("userId", Kind::Str),
        ("username", Kind::Str),
        ("confirmRelinquish", Kind::Bool),
    ];
    let Posted { body, .. } = or_respond!(posted(
        &state,
        &headers,
        &body,
        Some("delete-user"),
        &schema,
        &[]
    ));
    let confirm = body
        .get("confirmRelinquish")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let mut inner = state.lock();
    let Some(index) = target(&inner, &body) else {
        return super::user_not_found();
    };
    let user = &inner.users[index];
    let user_id = user.seed.id;
    if user.account.federated {
        return meteor_error(
            "error-not-allowed",
            "Deleting federated, external user is not allowed",
        );
    }
    if user.seed.roles.contains(&"admin") && other_active_admins(&inner, user_id) == 0 {
        return meteor_error(
            "error-action-not-allowed",
            "Leaving the app without admins is not allowed",
        );
    }
    if !confirm && let Some(refusal) = last_owner_refusal(&inner, user_id) {
        return refusal;
    }
    relinquish(&mut inner, user_id, true);
    inner.tokens.retain(|_, t| t.user_id != user_id);
    inner.users.remove(index);
    success(json!({}))
}

/// Resolves the user a `users.resetTOTP` / `users.resetE2EKey` body names: yourself when empty;
/// someone else needs `permission` (`error-not-allowed` "Not allowed" without it).
pub(crate) fn reset_target(
    inner: &Inner,
    me: &SeedUser,
    my_index: usize,
    body: &Map<String, Value>,
    permission: &str,
) -> Result<usize, Response> {
    if body.is_empty() {
        return Ok(my_index);
    }
    if !has_permission(me.roles, permission) {
        return Err(meteor_error("error-not-allowed", "Not allowed"));
    }
    target(inner, body).ok_or_else(|| meteor_error("error-invalid-user-id", "Invalid user id"))
}

/// `POST /api/v1/users.resetTOTP` (2FA, no remember-me): turns the user's authenticator off and
/// ends their sessions; someone else needs `edit-other-user-totp` and 2FA on in the workspace.
pub async fn reset_totp(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (my_index, token, me) = or_respond!(admin_caller(&state, &headers));
    let body: Map<String, Value> = serde_json::from_slice(&body).unwrap_or_default();
    let mut inner = state.lock();
    if let Err(refusal) = guard_route(&mut inner, my_index, &token, &headers, false) {
        return two_factor_failure(&refusal);
    }
    let index = or_respond!(reset_target(
        &inner,
        &me,
        my_index,
        &body,
        "edit-other-user-totp"
    ));
    if index != my_index
        && !crate::settings::setting_on(&state, "Accounts_TwoFactorAuthentication_Enabled")
    {
        return meteor_error(
            "error-two-factor-not-enabled",
            "Two factor authentication is not enabled",
        );
    }
    let user = &mut inner.users[index];
    user.totp_secret = None;
    user.backup_codes.clear();
    let (user_id, to, username) = (
        user.seed.id,
        user.profile.email.clone(),
        user.profile.username.clone(),
    );
    inner.tokens.retain(|_, t| t.user_id != user_id);
    if state.smtp {
        inner.outbox.push(Email {
            kind: "totp-reset",
            to,
            username,
            code: String::new(),
            sent_at_ms: epoch_ms(),
        });
    }
    success(json!({}))
}
