//! `GET users.listByStatus` and `GET users.info` (reference §10.3, §10.6).

use std::cmp::Ordering;

use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Map, Value, json};

use super::{admin_caller, find, find_by_username, invalid_params, iso, list_json, require};
use crate::envelope::{failure_message, success};
use crate::state::{SandboxState, User};

/// `API_Upper_Count_Limit`.
const UPPER_COUNT: usize = 100;
/// `API_Default_Count`.
const DEFAULT_COUNT: usize = 50;

/// The query as `qs` parses it: `key[]=a&key[]=b` is the array `key`; a repeated plain key is
/// an array too.
fn parse_query(raw: Option<&str>) -> Map<String, Value> {
    let mut out = Map::new();
    for (key, value) in url::form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
        if let Some(name) = key.strip_suffix("[]") {
            let entry = out
                .entry(name.to_owned())
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(items) = entry {
                items.push(Value::String(value.into_owned()));
            }
            continue;
        }
        match out.get_mut(key.as_ref()) {
            Some(Value::Array(items)) => items.push(Value::String(value.into_owned())),
            Some(existing) => {
                let first = existing.take();
                *existing = Value::Array(vec![first, Value::String(value.into_owned())]);
            }
            None => {
                out.insert(key.into_owned(), Value::String(value.into_owned()));
            }
        }
    }
    out
}

/// The parameters of `isUsersListStatusProps` (`ajvQuery`: strings coerced to booleans and
/// numbers, never to arrays; no other key).
struct ListQuery {
    status: Option<bool>,
    has_logged_in: Option<bool>,
    kind: Option<String>,
    roles: Vec<String>,
    search: String,
    sort: Vec<(String, i64)>,
    count: usize,
    offset: usize,
    inactive_reason: Option<Vec<String>>,
}

fn string_list(value: &Value, key: &str) -> Result<Vec<String>, Response> {
    match value {
        Value::Array(items) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| invalid_params(&format!("must be string at /{key}")))
            })
            .collect(),
        _ => Err(invalid_params(&format!("must be array at /{key}"))),
    }
}

fn number(value: &Value, key: &str) -> Result<usize, Response> {
    value
        .as_str()
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| invalid_params(&format!("must be number at /{key}")))
}

fn parse_list_query(state: &SandboxState, raw: Option<&str>) -> Result<ListQuery, Response> {
    let query = parse_query(raw);
    let mut q = ListQuery {
        status: None,
        has_logged_in: None,
        kind: None,
        roles: Vec::new(),
        search: String::new(),
        sort: vec![("username".into(), 1)],
        count: DEFAULT_COUNT,
        offset: 0,
        inactive_reason: None,
    };
    for (key, value) in &query {
        let text = value.as_str();
        match key.as_str() {
            "status" => {
                q.status = Some(match text {
                    Some("active") => true,
                    Some("deactivated") => false,
                    _ => return Err(invalid_params("must be equal to one of the allowed values")),
                });
            }
            "hasLoggedIn" => {
                q.has_logged_in = Some(match text {
                    Some("true") => true,
                    Some("false") => false,
                    _ => return Err(invalid_params("must be boolean")),
                });
            }
            "type" => q.kind = text.map(str::to_owned),
            "searchTerm" => q.search = text.unwrap_or_default().trim().to_owned(),
            "roles" => q.roles = string_list(value, key)?,
            "count" => q.count = number(value, key)?,
            "offset" => q.offset = number(value, key)?,
            "sort" => q.sort = parse_sort(text.unwrap_or_default())?,
            // 8.0 added `inactiveReason` to the validator; before, it is an unknown key.
            "inactiveReason" if state.version_at_least(8, 0) => {
                let reasons = string_list(value, key)?;
                if reasons.iter().any(|r| {
                    !matches!(
                        r.as_str(),
                        "deactivated" | "pending_approval" | "idle_too_long"
                    )
                }) {
                    return Err(invalid_params("must be equal to one of the allowed values"));
                }
                q.inactive_reason = Some(reasons);
            }
            _ => return Err(invalid_params("must NOT have additional properties")),
        }
    }
    Ok(q)
}

/// `sort` as the server reads it: a JSON object of 1 / -1 (`error-invalid-sort` otherwise).
fn parse_sort(text: &str) -> Result<Vec<(String, i64)>, Response> {
    let refuse = || super::meteor_error("error-invalid-sort", "Invalid sort parameter provided");
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
        return Err(refuse());
    };
    map.into_iter()
        .map(|(k, v)| match v.as_i64() {
            Some(d @ (1 | -1)) => Ok((k, d)),
            _ => Err(refuse()),
        })
        .collect()
}

fn matches(q: &ListQuery, user: &User, emails_too: bool) -> bool {
    if q.status.is_some_and(|active| user.seed.active != active) {
        return false;
    }
    if q.has_logged_in
        .is_some_and(|logged| user.account.last_login_ms.is_some() != logged)
    {
        return false;
    }
    if q.kind.as_deref().is_some_and(|k| user.account.kind != k) {
        return false;
    }
    if !q.roles.is_empty()
        && !q.roles.iter().any(|r| r == "all")
        && !q
            .roles
            .iter()
            .any(|r| user.seed.roles.contains(&r.as_str()))
    {
        return false;
    }
    if let Some(reasons) = &q.inactive_reason {
        // Users deactivated before 8.0 have no reason: they count as `deactivated`.
        let legacy = reasons
            .iter()
            .any(|r| r == "deactivated" || r == "idle_too_long");
        let ok = match user.account.inactive_reason {
            Some(reason) => reasons.iter().any(|r| r == reason),
            None => legacy,
        };
        if !ok {
            return false;
        }
    }
    if !q.search.is_empty() {
        let term = q.search.to_lowercase();
        let hit = user.profile.username.to_lowercase().contains(&term)
            || user.profile.name.to_lowercase().contains(&term)
            || (emails_too && user.profile.email.to_lowercase().contains(&term));
        if !hit {
            return false;
        }
    }
    true
}

fn compare(a: &User, b: &User, key: &str) -> Ordering {
    match key {
        "name" => a
            .profile
            .name
            .to_lowercase()
            .cmp(&b.profile.name.to_lowercase()),
        "emails.address" => a.profile.email.cmp(&b.profile.email),
        // A `status` key sorts by `active`.
        "status" | "active" => a.seed.active.cmp(&b.seed.active),
        "lastLogin" => a.account.last_login_ms.cmp(&b.account.last_login_ms),
        "createdAt" => a.account.created_ms.cmp(&b.account.created_ms),
        _ => a.profile.username.cmp(&b.profile.username),
    }
}

/// `GET /api/v1/users.listByStatus` (6.8+): `view-d-room` required.
pub async fn list_by_status(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Response {
    let (_, _, me) = or_respond!(admin_caller(&state, &headers));
    or_respond!(require(&me, "view-d-room"));
    let q = or_respond!(parse_list_query(&state, raw.as_deref()));
    let emails_too = super::has_permission(me.roles, "view-full-other-user-info");
    let inner = state.lock();
    let mut found: Vec<&User> = inner
        .users
        .iter()
        .filter(|u| matches(&q, u, emails_too))
        .collect();
    found.sort_by(|a, b| {
        q.sort
            .iter()
            .map(|(k, d)| {
                let o = compare(a, b, k);
                if *d < 0 { o.reverse() } else { o }
            })
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    });
    let total = found.len();
    let count = if q.count == 0 {
        usize::MAX
    } else {
        q.count.min(UPPER_COUNT)
    };
    let page: Vec<Value> = found
        .into_iter()
        .skip(q.offset)
        .take(count)
        .map(list_json)
        .collect();
    success(json!({ "users": page, "count": page.len(), "offset": q.offset, "total": total }))
}

/// `GET /api/v1/users.info`: exactly one of `userId` / `username` (and `includeUserRooms`,
/// `fields`). The fields follow `getFullUserData`: everyone sees the default ones; `emails`,
/// `createdAt`, `lastLogin`, `roles` and `requirePasswordChange` need
/// `view-full-other-user-info` (or asking about yourself); `services` only about yourself.
pub async fn info(
    State(state): State<SandboxState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Response {
    let (my_index, _, me) = or_respond!(admin_caller(&state, &headers));
    let query = parse_query(raw.as_deref());
    let keys: Vec<&str> = query
        .keys()
        .map(String::as_str)
        .filter(|k| !matches!(*k, "includeUserRooms" | "fields"))
        .collect();
    let inner = state.lock();
    let index = match keys.as_slice() {
        [] => return failure_message("Invalid search query."),
        ["userId"] => query["userId"].as_str().and_then(|id| find(&inner, id)),
        ["username"] => query["username"]
            .as_str()
            .and_then(|u| find_by_username(&inner, u)),
        _ => return invalid_params("must match exactly one schema in oneOf"),
    };
    let Some(index) = index else {
        return failure_message("User not found.");
    };
    let user = &inner.users[index];
    let myself = index == my_index;
    let full = myself || super::has_permission(me.roles, "view-full-other-user-info");
    let (status, connection) = user.presence();
    let mut doc = json!({
        "_id": user.seed.id,
        "name": user.profile.name,
        "username": user.profile.username,
        "status": status,
        "utcOffset": user.account.utc_offset,
        "type": user.account.kind,
        "active": user.seed.active,
        "statusText": user.profile.status_text,
    });
    for (key, value) in [
        ("nickname", &user.profile.nickname),
        ("bio", &user.profile.bio),
    ] {
        if !value.is_empty() {
            doc[key] = json!(value);
        }
    }
    if let Some(avatar) = &user.profile.avatar {
        doc["avatarETag"] = json!(avatar.etag);
    }
    if full {
        doc["emails"] =
            json!([{ "address": user.profile.email, "verified": user.profile.email_verified }]);
        doc["statusConnection"] = json!(connection);
        doc["createdAt"] = iso(user.account.created_ms);
        doc["roles"] = json!(user.seed.roles);
        doc["requirePasswordChange"] = json!(user.account.require_password_change);
        if let Some(at) = user.account.last_login_ms {
            doc["lastLogin"] = iso(at);
        }
    }
    let rooms_asked = query.get("includeUserRooms").and_then(Value::as_str) == Some("true");
    if rooms_asked && (myself || super::has_permission(me.roles, "view-other-user-channels")) {
        let rooms: Vec<Value> = inner
            .rooms
            .iter()
            .filter(|r| r.members.iter().any(|m| m == user.seed.id))
            .map(|r| {
                let owner = r.owners.iter().any(|o| o == user.seed.id);
                json!({
                    "rid": format!("room-{}", r.name),
                    "name": r.name,
                    "t": "c",
                    "roles": if owner { json!(["owner"]) } else { json!([]) },
                    "unread": 0,
                })
            })
            .collect();
        doc["rooms"] = json!(rooms);
    }
    success(json!({ "user": doc }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn bracket_keys_are_arrays_and_plain_keys_stay_strings() {
        let q = super::parse_query(Some("roles[]=admin&roles[]=user&searchTerm=al&sort=%7B%7D"));
        assert_eq!(q["roles"], serde_json::json!(["admin", "user"]));
        assert_eq!(q["searchTerm"], "al");
        let plain = super::parse_query(Some("roles=admin"));
        assert_eq!(plain["roles"], "admin", "qs keeps a plain key a string");
    }
}
