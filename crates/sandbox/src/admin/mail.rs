//! Email and license routes of the Users page (reference §10.9, §10.10): `smtp.check`,
//! `users.sendWelcomeEmail`, `sendInvitationEmail`, `licenses.maxActiveUsers`, `licenses.info`.

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Value, json};
use std::collections::HashMap;

use super::{Kind, Posted, active_seats, admin_caller, meteor_error, posted};
use crate::envelope::{failure_message, success};
use crate::state::{Email, SandboxState, epoch_ms};

/// `GET /api/v1/smtp.check` (auth only).
pub async fn smtp_check(State(state): State<SandboxState>, headers: HeaderMap) -> Response {
    or_respond!(admin_caller(&state, &headers));
    success(json!({ "isSMTPConfigured": state.smtp }))
}

/// `POST /api/v1/users.sendWelcomeEmail {email}` (6.8+, `send-mail`).
pub async fn send_welcome_email(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let schema = [("email", Kind::Str)];
    let Posted { body, .. } = or_respond!(posted(
        &state,
        &headers,
        &body,
        Some("send-mail"),
        &schema,
        &["email"]
    ));
    let email = body["email"].as_str().unwrap_or_default();
    // `format: basic_email`.
    if !super::edit::valid_email(email) {
        return super::invalid_params("must match format \"basic_email\"");
    }
    if !state.smtp {
        return meteor_error("error-email-send-failed", "SMTP is not configured");
    }
    let mut inner = state.lock();
    let Some(user) = inner
        .users
        .iter()
        .find(|u| u.profile.email.eq_ignore_ascii_case(email))
    else {
        return meteor_error("error-invalid-user", "Invalid user");
    };
    let mail = Email {
        kind: "welcome",
        to: user.profile.email.clone(),
        username: user.profile.username.clone(),
        code: String::new(),
        sent_at_ms: epoch_ms(),
    };
    inner.outbox.push(mail);
    success(json!({}))
}

/// `POST /api/v1/sendInvitationEmail {emails}` (`bulk-register-user`). The 8.x route answers
/// every refusal as a plain failure (no `errorType`).
pub async fn send_invitation_email(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let schema = [("emails", Kind::Strings)];
    let Posted { me, body, .. } =
        or_respond!(posted(&state, &headers, &body, None, &schema, &["emails"]));
    if !super::has_permission(me.roles, "bulk-register-user") {
        return failure_message("Not allowed");
    }
    let valid: Vec<String> = body["emails"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::trim)
        .filter(|e| super::edit::valid_email(e))
        .map(str::to_owned)
        .collect();
    if valid.is_empty() {
        return failure_message("No valid email addresses");
    }
    if !state.smtp {
        return failure_message("Error trying to send email: SMTP is not configured");
    }
    let mut inner = state.lock();
    for to in valid {
        inner.outbox.push(Email {
            kind: "invitation",
            to,
            username: String::new(),
            code: String::new(),
            sent_at_ms: epoch_ms(),
        });
    }
    success(json!({}))
}

/// `GET /api/v1/licenses.maxActiveUsers`: `null` when unlimited.
pub async fn max_active_users(State(state): State<SandboxState>, headers: HeaderMap) -> Response {
    or_respond!(admin_caller(&state, &headers));
    let inner = state.lock();
    let active = active_seats(&inner);
    // `seats_full`: every seat is taken, whatever the license's number.
    let max = if state.seats_full {
        Some(active)
    } else {
        state.max_active_users
    };
    success(json!({ "maxActiveUsers": max, "activeUsers": active }))
}

/// `GET /api/v1/licenses.info`: `preventedActions` for everyone; `limits` only with
/// `view-privileged-setting`.
pub async fn license_info(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let (_, _, me) = or_respond!(admin_caller(&state, &headers));
    if query.keys().any(|k| k != "loadValues") {
        return super::invalid_params("must NOT have additional properties");
    }
    let inner = state.lock();
    let prevented = super::seats_exhausted(&state, &inner);
    let mut license = json!({
        "activeModules": if state.device_management { json!(["device-management"]) } else { json!([]) },
        "externalModules": [],
        "preventedActions": { "activeUsers": prevented, "guestUsers": false, "roomsPerGuest": false, "privateApps": false, "marketplaceApps": false, "monthlyActiveContacts": false },
        "tags": [],
        "trial": false,
        "hasValidLicense": state.max_active_users.is_some(),
    });
    if super::has_permission(me.roles, "view-privileged-setting") {
        let max = state.max_active_users.map_or(-1, i64::from);
        license["limits"] = json!({
            "activeUsers": { "value": active_seats(&inner), "max": max },
        });
    }
    success(json!({ "license": license }))
}
