//! `POST users.create` and `POST users.update` (reference §10.6, §10.8: `validateUserData`'s
//! checks and words; `users.update` is 2FA-guarded).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Map, Value, json};

use super::permissions::role_exists;
use super::{
    Kind, Posted, check_schema, find, has_permission, meteor_error, other_active_admins, posted,
};
use crate::account::valid_username;
use crate::envelope::{failure_message, success};
use crate::profile::two_factor_failure;
use crate::seed::{SeedUser, leak, leak_roles};
use crate::state::{AccountRecord, Email, Inner, SandboxState, User, epoch_ms, sha256_hex};
use crate::two_factor::guard_route;

/// `isUserCreateParamsPOST`.
const CREATE_SCHEMA: &[(&str, Kind)] = &[
    ("email", Kind::Str),
    ("name", Kind::Str),
    ("password", Kind::Str),
    ("username", Kind::Str),
    ("active", Kind::Bool),
    ("bio", Kind::Str),
    ("nickname", Kind::Str),
    ("statusText", Kind::Str),
    ("roles", Kind::Strings),
    ("joinDefaultChannels", Kind::Bool),
    ("requirePasswordChange", Kind::Bool),
    ("setRandomPassword", Kind::Bool),
    ("sendWelcomeEmail", Kind::Bool),
    ("verified", Kind::Bool),
    ("customFields", Kind::Object),
    ("fields", Kind::Str),
    ("freeSwitchExtension", Kind::Str),
];

/// `isUsersUpdateParamsPOST`'s `data`.
const UPDATE_DATA_SCHEMA: &[(&str, Kind)] = &[
    ("email", Kind::Str),
    ("name", Kind::Str),
    ("password", Kind::Str),
    ("username", Kind::Str),
    ("bio", Kind::Str),
    ("nickname", Kind::Str),
    ("statusText", Kind::Str),
    ("active", Kind::Bool),
    ("roles", Kind::Strings),
    ("requirePasswordChange", Kind::Bool),
    ("setRandomPassword", Kind::Bool),
    ("sendWelcomeEmail", Kind::Bool),
    ("verified", Kind::Bool),
    ("customFields", Kind::Object),
    ("status", Kind::Str),
    ("freeSwitchExtension", Kind::Str),
];

fn text<'a>(data: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    data.get(key).and_then(Value::as_str)
}

fn flag(data: &Map<String, Value>, key: &str) -> bool {
    data.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn required(field: &str) -> Response {
    meteor_error(
        "error-the-field-is-required",
        &format!("The field {field} is required"),
    )
}

/// A plausible address (`validateEmail`: something@something.tld).
pub(crate) fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains(['@', ' '])
}

/// `validateUserData` and the uniqueness checks, in the server's order. `editing` is the index
/// of the user being edited (`None` when creating).
fn validate(
    state: &SandboxState,
    inner: &Inner,
    me: &SeedUser,
    my_index: usize,
    editing: Option<usize>,
    data: &Map<String, Value>,
) -> Result<(), Response> {
    let not_allowed = |reason: &str| Err(meteor_error("error-action-not-allowed", reason));
    match editing {
        None if !has_permission(me.roles, "create-user") => {
            return not_allowed("Adding user is not allowed");
        }
        Some(i) if i != my_index && !has_permission(me.roles, "edit-other-user-info") => {
            return not_allowed("Editing user is not allowed");
        }
        _ => {}
    }
    if let Some(roles) = data.get("roles").and_then(Value::as_array) {
        let roles: Vec<&str> = roles.iter().filter_map(Value::as_str).collect();
        if roles.iter().any(|r| !role_exists(r)) {
            return not_allowed("The field Roles consist invalid role id");
        }
        let had_admin = editing.is_some_and(|i| inner.users[i].seed.roles.contains(&"admin"));
        if roles.contains(&"admin") != had_admin && !has_permission(me.roles, "assign-admin-role") {
            return not_allowed("Assigning admin is not allowed");
        }
        let changed = editing.is_none_or(|i| {
            let current = inner.users[i].seed.roles;
            current.len() != roles.len() || roles.iter().any(|r| !current.contains(r))
        });
        if editing.is_some() && changed && !has_permission(me.roles, "assign-roles") {
            return not_allowed("Assigning roles is not allowed");
        }
        if editing.is_some_and(|i| {
            inner.users[i].seed.roles.contains(&"admin")
                && !roles.contains(&"admin")
                && other_active_admins(inner, inner.users[i].seed.id) == 0
        }) {
            return not_allowed("Leaving the app without an active admin is not allowed");
        }
    }
    if editing == Some(my_index) && data.contains_key("verified") {
        return not_allowed("Editing email verification is not allowed");
    }
    if editing.is_some_and(|i| i != my_index)
        && data.contains_key("password")
        && !has_permission(me.roles, "edit-other-user-password")
    {
        return not_allowed("Editing user is not allowed");
    }
    let name = text(data, "name");
    if editing.is_none() && name.is_none_or(|n| n.trim().is_empty()) {
        return Err(required("Name"));
    }
    if name.is_some_and(|n| n.contains(['<', '>', '/', '\\'])) {
        return Err(failure_message("Name contains invalid characters"));
    }
    let username = text(data, "username");
    if editing.is_none() && username.is_none_or(|u| u.trim().is_empty()) {
        return Err(required("Username"));
    }
    if let Some(u) = username
        && !valid_username(u)
    {
        return Err(meteor_error(
            "error-input-is-not-a-valid-field",
            &format!("{u} is not a valid username"),
        ));
    }
    if editing.is_none()
        && !flag(data, "setRandomPassword")
        && text(data, "password").is_none_or(|p| p.trim().is_empty())
    {
        return Err(required("Password"));
    }
    let email = text(data, "email");
    if editing.is_none() && email.is_none_or(|e| e.trim().is_empty()) {
        return Err(required("Email"));
    }
    if let Some(e) = email
        && !valid_email(e.trim())
    {
        return Err(meteor_error(
            "error-invalid-email",
            &format!("Invalid email {e}"),
        ));
    }
    let others = inner
        .users
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != editing);
    for (_, other) in others {
        if username.is_some_and(|u| other.profile.username.eq_ignore_ascii_case(u)) {
            let u = username.unwrap_or_default();
            return Err(meteor_error(
                "error-field-unavailable",
                &format!("{u} is already in use :("),
            ));
        }
        if email.is_some_and(|e| other.profile.email.eq_ignore_ascii_case(e.trim())) {
            let e = email.unwrap_or_default().trim();
            return Err(meteor_error(
                "error-field-unavailable",
                &format!("{e} is already in use :("),
            ));
        }
    }
    if let Some(password) = text(data, "password").filter(|p| !p.is_empty())
        && !flag(data, "setRandomPassword")
    {
        let reasons = crate::password::policy_failures(state, password);
        if !reasons.is_empty() {
            return Err(crate::envelope::failure_with_details(
                "The password provided does not meet the server's password policy. [error-password-policy-not-met]",
                "error-password-policy-not-met",
                &Value::Array(reasons),
            ));
        }
    }
    Ok(())
}

/// Mails what a save asked to send (welcome, random password), when SMTP is set up.
fn mail(state: &SandboxState, inner: &mut Inner, index: usize, kind: &'static str) {
    if !state.smtp {
        return;
    }
    let user = &inner.users[index];
    let mail = Email {
        kind,
        to: user.profile.email.clone(),
        username: user.profile.username.clone(),
        code: String::new(),
        sent_at_ms: epoch_ms(),
    };
    inner.outbox.push(mail);
}

/// The user as `users.create` / `users.update` answer it.
fn saved(user: &User) -> Value {
    let mut doc = super::list_json(user);
    doc["createdAt"] = super::iso(user.account.created_ms);
    doc["requirePasswordChange"] = json!(user.account.require_password_change);
    doc["statusText"] = json!(user.profile.status_text);
    doc["bio"] = json!(user.profile.bio);
    doc["nickname"] = json!(user.profile.nickname);
    doc
}

/// `POST /api/v1/users.create` (`create-user`).
pub async fn create(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Posted {
        my_index,
        me,
        body: data,
        ..
    } = or_respond!(posted(
        &state,
        &headers,
        &body,
        None,
        CREATE_SCHEMA,
        &["email", "name", "password", "username"],
    ));
    let mut inner = state.lock();
    if let Err(r) = validate(&state, &inner, &me, my_index, None, &data) {
        return r;
    }
    let roles: Vec<String> = data
        .get("roles")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_else(|| vec!["user".to_owned()]);
    let random = flag(&data, "setRandomPassword");
    let password = if random {
        uuid::Uuid::new_v4().simple().to_string()
    } else {
        text(&data, "password").unwrap_or_default().to_owned()
    };
    let seed = SeedUser {
        id: leak(&uuid::Uuid::new_v4().simple().to_string()[..17]),
        username: leak(text(&data, "username").unwrap_or_default()),
        name: leak(text(&data, "name").unwrap_or_default().trim()),
        email: leak(text(&data, "email").unwrap_or_default().trim()),
        email_verified: flag(&data, "verified"),
        password: None,
        roles: leak_roles(&roles),
        active: data.get("active").and_then(Value::as_bool).unwrap_or(true),
        ..crate::seed::ALICE
    };
    let mut account = AccountRecord::seeded(0);
    account.last_login_ms = None;
    account.created_ms = epoch_ms();
    account.require_password_change = random || flag(&data, "requirePasswordChange");
    let mut user = User::new(seed, account);
    user.e2e_keys = None;
    user.password_sha256 = Some(sha256_hex(&password));
    for (key, field) in [
        ("bio", &mut user.profile.bio),
        ("nickname", &mut user.profile.nickname),
        ("statusText", &mut user.profile.status_text),
    ] {
        if let Some(v) = text(&data, key) {
            *field = v.to_owned();
        }
    }
    inner.users.push(user);
    let index = inner.users.len() - 1;
    if flag(&data, "sendWelcomeEmail") {
        mail(&state, &mut inner, index, "welcome");
    }
    if random {
        mail(&state, &mut inner, index, "password");
    }
    success(json!({ "user": saved(&inner.users[index]) }))
}

/// `POST /api/v1/users.update` `{userId, data, confirmRelinquish?}` (2FA-guarded).
pub async fn update(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let schema = [
        ("userId", Kind::Str),
        ("data", Kind::Object),
        ("confirmRelinquish", Kind::Bool),
    ];
    let Posted {
        my_index,
        token,
        me,
        body,
    } = or_respond!(posted(
        &state,
        &headers,
        &body,
        None,
        &schema,
        &["userId", "data"]
    ));
    let data = body["data"].as_object().cloned().unwrap_or_default();
    or_respond!(check_schema(&data, UPDATE_DATA_SCHEMA, &[]));
    let user_id = text(&body, "userId").unwrap_or_default();
    if user_id.is_empty() {
        return super::invalid_params("must NOT have fewer than 1 characters");
    }
    let mut inner = state.lock();
    if let Err(refusal) = guard_route(&mut inner, my_index, &token, &headers, true) {
        return two_factor_failure(&refusal);
    }
    let Some(index) = find(&inner, user_id) else {
        return super::user_not_found();
    };
    if let Err(r) = validate(&state, &inner, &me, my_index, Some(index), &data) {
        return r;
    }
    // `active` is applied as `users.setActiveStatus`, with its own rules.
    if let Some(active) = data.get("active").and_then(Value::as_bool)
        && active != inner.users[index].seed.active
    {
        let confirm = flag(&body, "confirmRelinquish");
        if let Err(r) =
            super::status::change_active(&state, &mut inner, &me, index, active, confirm)
        {
            return r;
        }
    }
    let user = &mut inner.users[index];
    if let Some(roles) = data.get("roles").and_then(Value::as_array) {
        let roles: Vec<String> = roles
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        user.seed.roles = leak_roles(&roles);
    }
    for (key, field) in [
        ("name", &mut user.profile.name),
        ("username", &mut user.profile.username),
        ("bio", &mut user.profile.bio),
        ("nickname", &mut user.profile.nickname),
        ("statusText", &mut user.profile.status_text),
    ] {
        if let Some(v) = text(&data, key) {
            *field = v.trim().to_owned();
        }
    }
    if let Some(email) = text(&data, "email") {
        let email = email.trim().to_owned();
        if email != user.profile.email {
            user.profile.email = email;
            user.profile.email_verified = false;
        }
    }
    if let Some(verified) = data.get("verified").and_then(Value::as_bool) {
        user.profile.email_verified = verified;
    }
    if flag(&data, "setRandomPassword") {
        user.password_sha256 = Some(sha256_hex(&uuid::Uuid::new_v4().to_string()));
        user.account.require_password_change = true;
    } else if let Some(p) = text(&data, "password").filter(|p| !p.is_empty()) {
        user.password_sha256 = Some(sha256_hex(p));
    }
    if let Some(require) = data.get("requirePasswordChange").and_then(Value::as_bool) {
        user.account.require_password_change = require;
    }
    if flag(&data, "sendWelcomeEmail") {
        mail(&state, &mut inner, index, "welcome");
    }
    if flag(&data, "setRandomPassword") {
        mail(&state, &mut inner, index, "password");
    }
    success(json!({ "user": saved(&inner.users[index]) }))
}
