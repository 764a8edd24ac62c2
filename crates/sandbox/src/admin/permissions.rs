//! Roles and permissions, as Rocket.Chat ships them (reference §10.1: every permission of the
//! Users page defaults to `admin`, except `view-d-room` and `view-outside-room`), plus one
//! custom role, `user-manager`, that a workspace might create to let someone manage accounts
//! without being an admin: the page must follow each permission, not the `admin` role.

use serde_json::{Value, json};

/// Permission id → the roles that have it.
pub const PERMISSIONS: &[(&str, &[&str])] = &[
    ("view-user-administration", &["admin", "user-manager"]),
    ("create-user", &["admin"]),
    ("bulk-register-user", &["admin"]),
    ("edit-other-user-info", &["admin", "user-manager"]),
    ("edit-other-user-active-status", &["admin", "user-manager"]),
    ("delete-user", &["admin"]),
    ("assign-admin-role", &["admin"]),
    ("assign-roles", &["admin"]),
    ("edit-other-user-password", &["admin"]),
    ("edit-other-user-avatar", &["admin"]),
    ("edit-other-user-totp", &["admin"]),
    ("edit-other-user-e2ee", &["admin"]),
    ("send-mail", &["admin", "user-manager"]),
    ("view-full-other-user-info", &["admin", "user-manager"]),
    ("view-user-voip-extension", &["admin"]),
    ("view-other-user-channels", &["admin"]),
    ("logout-other-user", &["admin"]),
    ("access-permissions", &["admin"]),
    ("manage-moderation-actions", &["admin"]),
    ("view-privileged-setting", &["admin"]),
    ("view-d-room", &["admin", "user", "bot", "app", "guest"]),
    (
        "view-outside-room",
        &["admin", "owner", "moderator", "user"],
    ),
    ("create-personal-access-tokens", &["admin", "user"]),
    ("api-bypass-rate-limit", &["admin", "bot", "app"]),
];

/// The workspace's roles (`roles.list`): Rocket.Chat's built-in ones and the custom one.
/// (`_id`, name, description, scope, protected).
pub const ROLES: &[(&str, &str, &str, &str, bool)] = &[
    ("admin", "admin", "Admin", "Users", true),
    ("user", "user", "", "Users", true),
    ("bot", "bot", "", "Users", true),
    ("app", "app", "", "Users", true),
    ("guest", "guest", "", "Users", true),
    ("anonymous", "anonymous", "", "Users", true),
    (
        "livechat-agent",
        "livechat-agent",
        "Livechat Agent",
        "Users",
        true,
    ),
    (
        "livechat-manager",
        "livechat-manager",
        "Livechat Manager",
        "Users",
        true,
    ),
    ("owner", "owner", "Owner", "Subscriptions", true),
    ("moderator", "moderator", "Moderator", "Subscriptions", true),
    ("leader", "leader", "Leader", "Subscriptions", true),
    (
        "user-manager",
        "User manager",
        "Manages the workspace's accounts",
        "Users",
        false,
    ),
];

/// Whether a user with `roles` has `permission`.
pub fn has_permission(roles: &[&str], permission: &str) -> bool {
    PERMISSIONS
        .iter()
        .find(|(id, _)| *id == permission)
        .is_some_and(|(_, granted)| granted.iter().any(|r| roles.contains(r)))
}

/// `GET /api/v1/permissions.listAll` (reference §10.1): `{update:[{_id, roles}], remove:[]}`.
pub fn list_all() -> Value {
    let update: Vec<Value> = PERMISSIONS
        .iter()
        .map(|(id, roles)| {
            json!({ "_id": id, "roles": roles, "_updatedAt": "2026-01-05T10:00:00.000Z" })
        })
        .collect();
    json!({ "update": update, "remove": [] })
}

/// `GET /api/v1/roles.list`.
pub fn roles_list() -> Value {
    let roles: Vec<Value> = ROLES
        .iter()
        .map(|(id, name, description, scope, protected)| {
            json!({
                "_id": id,
                "name": name,
                "description": description,
                "scope": scope,
                "protected": protected,
                "mandatory2fa": false,
            })
        })
        .collect();
    json!({ "roles": roles })
}

/// Whether a role with this id exists (`Roles.findInIds`: any scope, as `validateUserData`
/// checks a user's roles).
pub fn role_exists(id: &str) -> bool {
    ROLES.iter().any(|(role, ..)| *role == id)
}

/// Whether `id` is a role of the Users scope (what `roles.addUserToRole` gives without a room).
pub fn user_role_exists(id: &str) -> bool {
    ROLES
        .iter()
        .any(|(role, _, _, scope, _)| *role == id && *scope == "Users")
}
