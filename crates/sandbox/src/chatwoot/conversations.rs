//! The conversations the tray counts and the alerts sound for (reference chatwoot-api.md B9,
//! B10): a few seeded conversations in inboxes, who may see them, their counts
//! (`conversations/meta`, the `assignee_type` list), and the events a new message or an
//! assignment sends to the agents who see the conversation.

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::collections::HashMap;

use super::auth::account_access;
use super::seed::{Conversation, INBOXES};
use super::state::{ChatwootState, Inner};

/// Whether `user` sees `conversation`: a member of its inbox, or an administrator of its account.
pub fn visible_to(inner: &Inner, user: u64, conversation: &Conversation) -> bool {
    let Some(record) = inner.users.iter().find(|u| u.id == user) else {
        return false;
    };
    let role = record
        .accounts
        .iter()
        .find(|a| a.account_id == conversation.account_id)
        .map(|a| a.role);
    match role {
        Some("administrator") => true,
        Some(_) => INBOXES
            .iter()
            .any(|i| i.id == conversation.inbox_id && i.members.contains(&user)),
        None => false,
    }
}

/// The conversation as events and lists carry it.
pub fn conversation_json(inner: &Inner, c: &Conversation) -> Value {
    let assignee = c.assignee_id.and_then(|id| {
        inner
            .users
            .iter()
            .find(|u| u.id == id)
            .map(|u| json!({ "id": u.id, "name": u.name, "type": "user" }))
    });
    json!({
        "id": c.id,
        "account_id": c.account_id,
        "inbox_id": c.inbox_id,
        "status": c.status,
        "unread_count": c.unread_count,
        "assignee_id": c.assignee_id,
        "last_activity_at": c.last_activity_at,
        "meta": { "assignee": assignee },
    })
}

/// The conversations of `account` with `status` that `user` sees.
fn seen<'a>(inner: &'a Inner, user: u64, account: u64, status: &str) -> Vec<&'a Conversation> {
    inner
        .conversations
        .iter()
        .filter(|c| c.account_id == account && (status == "all" || c.status == status))
        .filter(|c| visible_to(inner, user, c))
        .collect()
}

fn counts(inner: &Inner, user: u64, account: u64, status: &str) -> Value {
    let seen = seen(inner, user, account, status);
    let mine = seen.iter().filter(|c| c.assignee_id == Some(user)).count();
    let unassigned = seen.iter().filter(|c| c.assignee_id.is_none()).count();
    json!({
        "mine_count": mine,
        "assigned_count": seen.len() - unassigned,
        "unassigned_count": unassigned,
        "all_count": seen.len(),
    })
}

/// `GET /api/v1/accounts/{id}/conversations/meta?status=` (B9).
pub async fn meta(
    State(state): State<ChatwootState>,
    Path(account_id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let (user, account) = match account_access(&state, &headers, &account_id) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let status = status_of(&query);
    let inner = state.lock();
    axum::Json(json!({ "meta": counts(&inner, user, account, status) })).into_response()
}

/// `GET /api/v1/accounts/{id}/conversations?assignee_type=me|unassigned|assigned|all&status=`
/// (B9): `{data: {meta, payload}}`, 25 to a page.
pub async fn index(
    State(state): State<ChatwootState>,
    Path(account_id): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let (user, account) = match account_access(&state, &headers, &account_id) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let status = status_of(&query);
    let assignee_type = query.get("assignee_type").map_or("me", String::as_str);
    let page: usize = query
        .get("page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1)
        .max(1);
    let inner = state.lock();
    let listed: Vec<Value> = seen(&inner, user, account, status)
        .into_iter()
        .filter(|c| match assignee_type {
            "me" => c.assignee_id == Some(user),
            "unassigned" => c.assignee_id.is_none(),
            "assigned" => c.assignee_id.is_some(),
            _ => true,
        })
        .skip((page - 1) * 25)
        .take(25)
        .map(|c| conversation_json(&inner, c))
        .collect();
    axum::Json(json!({
        "data": { "meta": counts(&inner, user, account, status), "payload": listed }
    }))
    .into_response()
}

/// The `status` filter; open conversations when none is given.
fn status_of(query: &HashMap<String, String>) -> &str {
    query.get("status").map_or("open", String::as_str)
}

/// The pubsub tokens of everyone who sees `conversation` (ActionCableListener, B10).
pub fn audience(inner: &Inner, conversation: &Conversation) -> Vec<String> {
    inner
        .users
        .iter()
        .filter(|u| visible_to(inner, u.id, conversation))
        .map(|u| u.pubsub_token.clone())
        .collect()
}
