//! Manage › Users (reference §10): the routes the admin Users page calls, each with its own
//! permission check (the page's `view-user-administration` is checked by no route), Rocket.Chat's
//! rules for the last admin and the last owner of rooms, the license's seats and SMTP.

use axum::Router;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::{get, post};
use serde_json::{Value, json};

use crate::envelope::{failure, failure_message, forbidden_permission, not_logged_in};
use crate::profile::caller;
use crate::seed::SeedUser;
use crate::state::{Inner, SandboxState, User};

/// The value of a route helper's `Ok`, or its ready error `Response` returned from the handler.
macro_rules! or_respond {
    ($result:expr) => {
        match $result {
            Ok(value) => value,
            Err(response) => return response,
        }
    };
}

mod edit;
mod list;
mod mail;
pub mod permissions;
mod roles;
mod status;

pub(crate) use crate::ownership::{last_owner_refusal, relinquish};
pub use permissions::has_permission;
pub(crate) use status::reset_target;

pub fn router() -> Router<SandboxState> {
    Router::new()
        .route("/api/v1/users.listByStatus", get(list::list_by_status))
        .route("/api/v1/users.info", get(list::info))
        .route("/api/v1/users.create", post(edit::create))
        .route("/api/v1/users.update", post(edit::update))
        .route(
            "/api/v1/users.setActiveStatus",
            post(status::set_active_status),
        )
        .route("/api/v1/users.delete", post(status::delete))
        .route("/api/v1/users.resetTOTP", post(status::reset_totp))
        .route(
            "/api/v1/users.sendWelcomeEmail",
            post(mail::send_welcome_email),
        )
        .route(
            "/api/v1/sendInvitationEmail",
            post(mail::send_invitation_email),
        )
        .route("/api/v1/smtp.check", get(mail::smtp_check))
        .route("/api/v1/roles.list", get(roles::list))
        .route("/api/v1/roles.addUserToRole", post(roles::add_user_to_role))
        .route(
            "/api/v1/roles.removeUserFromRole",
            post(roles::remove_user_from_role),
        )
        .route(
            "/api/v1/permissions.listAll",
            get(roles::permissions_list_all),
        )
        .route(
            "/api/v1/licenses.maxActiveUsers",
            get(mail::max_active_users),
        )
        .route("/api/v1/licenses.info", get(mail::license_info))
}

/// The authenticated caller: their index and record (with current roles), or the 401.
pub(crate) fn admin_caller(
    state: &SandboxState,
    headers: &HeaderMap,
) -> Result<(usize, String, SeedUser), Response> {
    let (index, token) = caller(state, headers).ok_or_else(not_logged_in)?;
    let me = state.lock().users[index].seed;
    Ok((index, token, me))
}

/// A POST of this page, read as the server reads it: the caller (401 without a session), the
/// route's `permissionsRequired` (403), then the body against the route's validator schema.
pub(crate) struct Posted {
    pub my_index: usize,
    pub token: String,
    pub me: SeedUser,
    pub body: serde_json::Map<String, Value>,
}

pub(crate) fn posted(
    state: &SandboxState,
    headers: &HeaderMap,
    body: &[u8],
    permission: Option<&str>,
    schema: &[(&str, Kind)],
    required: &[&str],
) -> Result<Posted, Response> {
    let (my_index, token, me) = admin_caller(state, headers)?;
    if let Some(permission) = permission {
        require(&me, permission)?;
    }
    let body = body_object(body)?;
    check_schema(&body, schema, required)?;
    Ok(Posted {
        my_index,
        token,
        me,
        body,
    })
}

/// `permissionsRequired`: a 403 without the permission (reference §10.11).
pub(crate) fn require(me: &SeedUser, permission: &str) -> Result<(), Response> {
    if has_permission(me.roles, permission) {
        Ok(())
    } else {
        Err(forbidden_permission())
    }
}

/// A thrown `Meteor.Error(code, reason)`: 400 `"<reason> [<code>]"` with `errorType`.
pub(crate) fn meteor_error(code: &str, reason: &str) -> Response {
    failure(&format!("{reason} [{code}]"), code)
}

/// The validator's refusal (reference §1.2).
pub(crate) fn invalid_params(message: &str) -> Response {
    failure(&format!("{message} [invalid-params]"), "invalid-params")
}

pub(crate) fn find(inner: &Inner, user_id: &str) -> Option<usize> {
    inner.users.iter().position(|u| u.seed.id == user_id)
}

pub(crate) fn find_by_username(inner: &Inner, username: &str) -> Option<usize> {
    inner
        .users
        .iter()
        .position(|u| u.profile.username == username)
}

/// An epoch-ms time as the server's JSON dates.
pub(crate) fn iso(ms: u128) -> Value {
    i64::try_from(ms)
        .ok()
        .and_then(chrono::DateTime::from_timestamp_millis)
        .map_or(Value::Null, |d| {
            json!(d.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        })
}

/// A user as the lists project it (`findPaginatedUsersByStatus`, reference §10.3): `name,
/// username, emails, roles, status, active, avatarETag, lastLogin, type, reason, federated`.
pub(crate) fn list_json(user: &User) -> Value {
    let (status, _) = user.presence();
    let mut doc = json!({
        "_id": user.seed.id,
        "name": user.profile.name,
        "username": user.profile.username,
        "emails": [{ "address": user.profile.email, "verified": user.profile.email_verified }],
        "roles": user.seed.roles,
        "status": status,
        "active": user.seed.active,
        "type": user.account.kind,
    });
    if let Some(at) = user.account.last_login_ms {
        doc["lastLogin"] = iso(at);
    }
    if let Some(avatar) = &user.profile.avatar {
        doc["avatarETag"] = json!(avatar.etag);
    }
    if user.account.federated {
        doc["federated"] = json!(true);
    }
    doc
}

/// The active users a seat counts (`getActiveLocalUserCount`: not bots or apps).
pub(crate) fn active_seats(inner: &Inner) -> u32 {
    let n = inner
        .users
        .iter()
        .filter(|u| u.seed.active && u.account.kind == "user" && !u.account.federated)
        .count();
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Whether another activation would go past the license's seats.
pub(crate) fn seats_exhausted(state: &SandboxState, inner: &Inner) -> bool {
    state.seats_full
        || state
            .max_active_users
            .is_some_and(|max| active_seats(inner) >= max)
}

/// Active admins other than `user_id`.
pub(crate) fn other_active_admins(inner: &Inner, user_id: &str) -> usize {
    inner
        .users
        .iter()
        .filter(|u| u.seed.id != user_id && u.seed.active && u.seed.roles.contains(&"admin"))
        .count()
}

/// A JSON body as an object, or the validator's refusal.
pub(crate) fn body_object(body: &[u8]) -> Result<serde_json::Map<String, Value>, Response> {
    match serde_json::from_slice(body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(invalid_params("must be object")),
    }
}

/// "User not found" as a plain failure (no `errorType`).
pub(crate) fn user_not_found() -> Response {
    failure_message("User not found")
}

/// A JSON type in a published validator's schema.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    Str,
    Bool,
    Strings,
    Object,
}

/// Checks a body as the route's `ajv` validator does (`additionalProperties: false`, required
/// keys, types; `nullable` keys may be null): the first problem as `invalid-params`.
pub(crate) fn check_schema(
    body: &serde_json::Map<String, Value>,
    properties: &[(&str, Kind)],
    required: &[&str],
) -> Result<(), Response> {
    for key in required {
        if !body.contains_key(*key) {
            return Err(invalid_params(&format!(
                "must have required property '{key}'"
            )));
        }
    }
    for (key, value) in body {
        let Some((_, kind)) = properties.iter().find(|(k, _)| k == key) else {
            return Err(invalid_params("must NOT have additional properties"));
        };
        let ok = value.is_null()
            || match kind {
                Kind::Str => value.is_string(),
                Kind::Bool => value.is_boolean(),
                Kind::Object => value.is_object(),
                Kind::Strings => value
                    .as_array()
                    .is_some_and(|a| a.iter().all(Value::is_string)),
            };
        if !ok {
            return Err(invalid_params(&format!("/{key} has the wrong type")));
        }
    }
    Ok(())
}
