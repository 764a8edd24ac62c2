//! `roles.list`, `roles.addUserToRole`, `roles.removeUserFromRole` and `permissions.listAll`
//! (reference §10.1, §10.6).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Value, json};

use super::permissions::{ROLES, list_all, roles_list, user_role_exists};
use super::{
    Kind, Posted, admin_caller, find_by_username, has_permission, meteor_error,
    other_active_admins, posted,
};
use crate::envelope::{failure_message, success};
use crate::seed::leak_roles;
use crate::state::SandboxState;

/// `GET /api/v1/roles.list` (auth only).
pub async fn list(State(state): State<SandboxState>, headers: HeaderMap) -> Response {
    or_respond!(admin_caller(&state, &headers));
    success(roles_list())
}

/// `GET /api/v1/permissions.listAll` (auth only).
pub async fn permissions_list_all(
    State(state): State<SandboxState>,
    headers: HeaderMap,
) -> Response {
    or_respond!(admin_caller(&state, &headers));
    success(list_all())
}

fn role_json(id: &str) -> Value {
    let (_, name, description, scope, protected) = ROLES
        .iter()
        .find(|(r, ..)| *r == id)
        .copied()
        .unwrap_or((id, id, "", "Users", false));
    json!({ "_id": id, "name": name, "description": description, "scope": scope, "protected": protected })
}

const SCHEMA: [(&str, Kind); 4] = [
    ("username", Kind::Str),
    ("roleId", Kind::Str),
    ("roomId", Kind::Str),
    ("scope", Kind::Str),
];

/// `POST /api/v1/roles.addUserToRole {username, roleId}`: `access-permissions`, and
/// `assign-admin-role` for `admin` (the add function's checks, `error-action-not-allowed`).
pub async fn add_user_to_role(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Posted { me, body, .. } = or_respond!(posted(
        &state,
        &headers,
        &body,
        None,
        &SCHEMA[..3],
        &["username"]
    ));
    let Some(role) = body.get("roleId").and_then(Value::as_str) else {
        return failure_message("error-invalid-role-properties");
    };
    if !has_permission(me.roles, "access-permissions") {
        return meteor_error(
            "error-action-not-allowed",
            "Accessing permissions is not allowed",
        );
    }
    if role == "admin" && !has_permission(me.roles, "assign-admin-role") {
        return meteor_error("error-action-not-allowed", "Assigning admin is not allowed");
    }
    if !user_role_exists(role) {
        return crate::envelope::failure("error-role-not-found", "Role not found");
    }
    let mut inner = state.lock();
    let username = body["username"].as_str().unwrap_or_default();
    let Some(index) = find_by_username(&inner, username) else {
        return meteor_error("error-invalid-user", "Invalid user");
    };
    let user = &mut inner.users[index];
    if user.seed.roles.contains(&role) {
        return meteor_error("error-user-already-in-role", "User already in role");
    }
    let mut roles: Vec<String> = user.seed.roles.iter().map(|r| (*r).to_owned()).collect();
    roles.push(role.to_owned());
    user.seed.roles = leak_roles(&roles);
    success(json!({ "role": role_json(role) }))
}

/// `POST /api/v1/roles.removeUserFromRole {username, roleId}` (`access-permissions` required);
/// never the last admin.
pub async fn remove_user_from_role(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Posted { body, .. } = or_respond!(posted(
        &state,
        &headers,
        &body,
        Some("access-permissions"),
        &SCHEMA,
        &["username"]
    ));
    let mut inner = state.lock();
    let username = body["username"].as_str().unwrap_or_default();
    let Some(index) = find_by_username(&inner, username) else {
        return meteor_error("error-invalid-user", "There is no user with this username");
    };
    let Some(role) = body
        .get("roleId")
        .and_then(Value::as_str)
        .filter(|r| user_role_exists(r))
    else {
        return meteor_error("error-invalid-roleId", "This role does not exist");
    };
    let user_id = inner.users[index].seed.id;
    if !inner.users[index].seed.roles.contains(&role) {
        return meteor_error("error-user-not-in-role", "User is not in this role");
    }
    if role == "admin" && other_active_admins(&inner, user_id) == 0 {
        return meteor_error(
            "error-admin-required",
            "You need to have at least one admin",
        );
    }
    let user = &mut inner.users[index];
    let roles: Vec<String> = user
        .seed
        .roles
        .iter()
        .filter(|r| **r != role)
        .map(|r| (*r).to_owned())
        .collect();
    user.seed.roles = leak_roles(&roles);
    success(json!({ "role": role_json(role) }))
}
