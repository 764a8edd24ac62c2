//! TEST-ONLY routes (not Chatwoot's; served with `ChatwootConfig::test_routes`, never recorded):
//! what a contact or another agent does, for the journeys to watch Tether react.
//! - `POST /_sandbox/messages {"conversation_id", "content", "from": "contact" | agent email,
//!   "private"}`: a new message; a contact's counts unread; `message.created` goes to everyone
//!   who sees the conversation (B10).
//! - `POST /_sandbox/assign {"conversation_id", "assignee": agent email | null}`:
//!   `assignee.changed` and `conversation.updated` with the conversation as it is now.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::conversations::{audience, conversation_json};
use super::envelope::{error, not_found};
use super::state::{CableEvent, ChatwootState};

fn body_of(raw: &[u8]) -> Value {
    serde_json::from_slice(raw).unwrap_or(Value::Null)
}

pub async fn message(State(state): State<ChatwootState>, raw: axum::body::Bytes) -> Response {
    let body = body_of(&raw);
    let Some(conversation_id) = body["conversation_id"].as_u64() else {
        return error(StatusCode::BAD_REQUEST, "conversation_id is required");
    };
    let from = body["from"].as_str().unwrap_or("contact");
    let private = body["private"].as_bool().unwrap_or(false);
    let content = body["content"].as_str().unwrap_or_default().to_owned();
    let event = {
        let mut inner = state.lock();
        let sender = if from == "contact" {
            Some(
                json!({ "id": 900 + conversation_id, "name": "Sandbox Contact", "type": "contact" }),
            )
        } else {
            inner
                .users
                .iter()
                .find(|u| u.email.eq_ignore_ascii_case(from))
                .map(|u| json!({ "id": u.id, "name": u.name, "type": "user" }))
        };
        let Some(sender) = sender else {
            return error(StatusCode::BAD_REQUEST, "from is not an agent");
        };
        inner.next_message_id += 1;
        let id = inner.next_message_id;
        let now = chrono::Utc::now().timestamp();
        let Some(c) = inner
            .conversations
            .iter_mut()
            .find(|c| c.id == conversation_id)
        else {
            return not_found();
        };
        // An incoming (contact) message is unread until an agent opens the conversation.
        let message_type = if from == "contact" { 0 } else { 1 };
        if message_type == 0 {
            c.unread_count += 1;
        }
        c.last_activity_at = now;
        let c = c.clone();
        let data = json!({
            "id": id,
            "content": content,
            "account_id": c.account_id,
            "inbox_id": c.inbox_id,
            "conversation_id": c.id,
            "message_type": message_type,
            "private": private,
            "created_at": now,
            "sender": sender,
            "sender_type": if message_type == 0 { "Contact" } else { "User" },
            "conversation": conversation_json(&inner, &c),
        });
        CableEvent {
            tokens: audience(&inner, &c),
            account_id: c.account_id,
            event: "message.created".into(),
            data,
        }
    };
    let data = event.data.clone();
    let _ = state.cable.send(event);
    axum::Json(data).into_response()
}

pub async fn assign(State(state): State<ChatwootState>, raw: axum::body::Bytes) -> Response {
    let body = body_of(&raw);
    let Some(conversation_id) = body["conversation_id"].as_u64() else {
        return error(StatusCode::BAD_REQUEST, "conversation_id is required");
    };
    let events = {
        let mut inner = state.lock();
        let assignee = match body["assignee"].as_str() {
            Some(email) => match inner
                .users
                .iter()
                .find(|u| u.email.eq_ignore_ascii_case(email))
            {
                Some(u) => Some(u.id),
                None => return error(StatusCode::BAD_REQUEST, "assignee is not an agent"),
            },
            None => None,
        };
        let Some(c) = inner
            .conversations
            .iter_mut()
            .find(|c| c.id == conversation_id)
        else {
            return not_found();
        };
        c.assignee_id = assignee;
        let c = c.clone();
        let data = conversation_json(&inner, &c);
        let tokens = audience(&inner, &c);
        ["assignee.changed", "conversation.updated"].map(|name| CableEvent {
            tokens: tokens.clone(),
            account_id: c.account_id,
            event: name.into(),
            data: data.clone(),
        })
    };
    let data = events[0].data.clone();
    for event in events {
        let _ = state.cable.send(event);
    }
    axum::Json(data).into_response()
}
