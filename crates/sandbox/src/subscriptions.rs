//! Room subscriptions, the numbers behind a tray badge (reference §9.1): `GET
//! /api/v1/subscriptions.get[?updatedSince]` and `POST /api/v1/subscriptions.read`, and the
//! `<uid>/subscriptions-changed` realtime event Rocket.Chat sends when a message arrives or a
//! room is read (§9.2).

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::Response;
use serde_json::{Map, Value, json};

use crate::envelope::{failure, failure_message, success};
use crate::request::Caller;
use crate::state::{Room, SandboxState, Subscription, UserEvent, epoch_ms};

/// How a date travels: REST gives ISO strings, DDP gives EJSON `{"$date": ms}`.
#[derive(Clone, Copy)]
pub enum Dates {
    Rest,
    Ddp,
}

fn date(ms: u128, how: Dates) -> Value {
    match how {
        Dates::Ddp => json!({ "$date": u64::try_from(ms).unwrap_or(u64::MAX) }),
        Dates::Rest => {
            let ms = i64::try_from(ms).unwrap_or(i64::MAX);
            chrono::DateTime::from_timestamp_millis(ms).map_or(Value::Null, |d| {
                json!(d.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
            })
        }
    }
}

/// The room's id as the sandbox names it.
pub fn room_id(room: &Room) -> String {
    format!("room-{}", room.name)
}

/// An `ISubscription` of `user_id` to `room`.
pub fn json(room: &Room, user_id: &str, username: &str, sub: &Subscription, how: Dates) -> Value {
    let mut value = json!({
        "_id": format!("sub-{}-{user_id}", room.name),
        "rid": room_id(room),
        "u": { "_id": user_id, "username": username },
        "t": "c",
        "name": room.name,
        "fname": room.fname,
        "open": true,
        "alert": sub.alert,
        "unread": sub.unread,
        "userMentions": sub.user_mentions,
        "groupMentions": sub.group_mentions,
        "ts": date(0, how),
        "ls": date(sub.ls_ms, how),
        "_updatedAt": date(sub.updated_ms, how),
    });
    if sub.never_read
        && let Some(fields) = value.as_object_mut()
    {
        fields.remove("ls");
    }
    if let Some(sound) = room.sounds.get(user_id) {
        value["audioNotificationValue"] = json!(sound);
    }
    value
}

/// The `<uid>/subscriptions-changed` event for a member's subscription.
pub fn changed_event(room: &Room, user_id: &str, username: &str) -> Option<UserEvent> {
    event(room, user_id, username, "updated")
}

/// The `<uid>/subscriptions-changed` event with its action (`inserted` for a new one).
pub fn event(room: &Room, user_id: &str, username: &str, action: &str) -> Option<UserEvent> {
    let sub = room.subscriptions.get(user_id)?;
    Some(UserEvent {
        event: format!("{user_id}/subscriptions-changed"),
        args: json!([action, json(room, user_id, username, sub, Dates::Ddp)]),
    })
}

fn username_of(inner: &crate::state::Inner, user_id: &str) -> String {
    inner
        .users
        .iter()
        .find(|u| u.seed.id == user_id)
        .map(|u| u.profile.username.clone())
        .unwrap_or_default()
}

/// `GET /api/v1/subscriptions.get`: every subscription of the caller, or those changed since
/// `updatedSince` (`isSubscriptionsGetProps` allows no other key).
pub async fn get(
    State(state): State<SandboxState>,
    Caller(me): Caller,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if let Some(extra) = query.keys().find(|k| k.as_str() != "updatedSince") {
        return failure(
            &format!("must NOT have additional properties '{extra}' [invalid-params]"),
            "invalid-params",
        );
    }
    let since = match query.get("updatedSince") {
        None => None,
        Some(text) => match chrono::DateTime::parse_from_rfc3339(text) {
            Ok(d) => Some(u128::try_from(d.timestamp_millis()).unwrap_or(0)),
            Err(_) => {
                return failure(
                    "Invalid date for `updatedSince` [error-roomId-param-invalid]",
                    "error-roomId-param-invalid",
                );
            }
        },
    };
    let inner = state.lock();
    let username = username_of(&inner, me.id);
    let update: Vec<Value> = inner
        .rooms
        .iter()
        .filter_map(|room| {
            let sub = room.subscriptions.get(me.id)?;
            since
                .is_none_or(|s| sub.updated_ms > s)
                .then(|| json(room, me.id, &username, sub, Dates::Rest))
        })
        .collect();
    success(json!({ "update": update, "remove": [] }))
}

/// `POST /api/v1/subscriptions.read {rid | roomId, readThreads?}`: marks the room read for the
/// caller and tells their realtime connections.
pub async fn read(State(state): State<SandboxState>, Caller(me): Caller, body: Bytes) -> Response {
    let body: Map<String, Value> = match serde_json::from_slice(&body) {
        Ok(Value::Object(map)) => map,
        _ => return failure("must be object [invalid-params]", "invalid-params"),
    };
    // isSubscriptionsReadProps: exactly one of {rid, readThreads?} and {roomId, readThreads?}.
    let allowed = |key: &str| matches!(key, "rid" | "roomId" | "readThreads");
    let room_key = match (body.get("rid"), body.get("roomId")) {
        (Some(Value::String(rid)), None) => Some(rid.clone()),
        (None, Some(Value::String(rid))) => Some(rid.clone()),
        _ => None,
    };
    let threads_ok = body.get("readThreads").is_none_or(Value::is_boolean);
    let (Some(rid), true, true) = (room_key, threads_ok, body.keys().all(|k| allowed(k))) else {
        return failure(
            "must match exactly one schema in oneOf [invalid-params]",
            "invalid-params",
        );
    };
    let mut inner = state.lock();
    let username = username_of(&inner, me.id);
    let Some(room) = inner.rooms.iter_mut().find(|r| room_id(r) == rid) else {
        // A plain `Error`, not a Meteor.Error: no errorType.
        return failure_message("error-invalid-subscription");
    };
    let now = epoch_ms();
    let event = room.subscriptions.get_mut(me.id).map(|sub| {
        *sub = Subscription {
            ls_ms: now,
            updated_ms: now,
            ..Subscription::default()
        };
    });
    let event = event.and_then(|()| changed_event(room, me.id, &username));
    drop(inner);
    if let Some(event) = event {
        let _ = state.events.send(event);
    }
    success(json!({}))
}

/// Posts a message to `room` from `from`. As Rocket.Chat does, every other member's
/// subscription counts it unread (and, for `to` when `mention`, as a mention) and each of
/// them gets a `<uid>/subscriptions-changed` event; and, as `sendNotification` does, `to`
/// gets a `<uid>/notification` event unless their status is busy or their
/// `desktopNotifications` preference excludes the message (per-room desktop settings are
/// not modelled; nor are other members' notifications). Returns whether the notification
/// was sent; `None` when the users or the room do not exist or `to` is not a member.
pub fn post_message(
    state: &SandboxState,
    to: &str,
    from: &str,
    room: &str,
    text: &str,
    mention: bool,
) -> Option<bool> {
    let mut inner = state.lock();
    let recipient_id = inner
        .users
        .iter()
        .find(|u| u.profile.username == to)?
        .seed
        .id;
    let sender_id = inner
        .users
        .iter()
        .find(|u| u.profile.username == from)?
        .seed
        .id;
    let room_name = room;
    let usernames: HashMap<&'static str, String> = inner
        .users
        .iter()
        .map(|u| (u.seed.id, u.profile.username.clone()))
        .collect();
    let room = inner.rooms.iter_mut().find(|r| r.name == room_name)?;
    if !room.members.iter().any(|m| m == recipient_id) {
        return None;
    }
    let now = epoch_ms();
    let mut changes = Vec::new();
    for (member, sub) in &mut room.subscriptions {
        if member == sender_id {
            continue;
        }
        sub.unread += 1;
        sub.alert = true;
        if mention && member == recipient_id {
            sub.user_mentions += 1;
        }
        sub.updated_ms = now;
        changes.push(member.clone());
    }
    let room = inner.rooms.iter().find(|r| r.name == room_name)?;
    for member in changes {
        let username = usernames.get(member.as_str()).cloned().unwrap_or_default();
        if let Some(event) = changed_event(room, &member, &username) {
            let _ = state.events.send(event);
        }
    }
    let recipient = inner.users.iter().find(|u| u.seed.id == recipient_id)?;
    let sender = inner.users.iter().find(|u| u.seed.id == sender_id)?;
    let mode = recipient
        .profile
        .preferences
        .get("desktopNotifications")
        .and_then(Value::as_str)
        .unwrap_or("all");
    let wanted = match mode {
        "nothing" => false,
        "mentions" => mention,
        _ => true,
    };
    // `sendNotification` skips a recipient whose computed status is busy.
    if !wanted || recipient.presence().0 == "busy" {
        return Some(false);
    }
    let mut payload = json!({
        "_id": format!("msg-{}", epoch_ms()),
        "rid": room_id(room),
        "sender": { "_id": sender.seed.id, "username": sender.profile.username, "name": sender.profile.name },
        "type": "c",
        "name": room.name,
        "message": { "msg": text },
    });
    if let Some(sound) = room.sounds.get(recipient.seed.id) {
        payload["audioNotificationValue"] = json!(sound);
    }
    let event = UserEvent {
        event: format!("{}/notification", recipient.seed.id),
        args: json!([{
            "title": format!("#{}", room.fname),
            "text": format!("{}: {text}", sender.profile.username),
            "payload": payload,
        }]),
    };
    drop(inner);
    let _ = state.events.send(event);
    Some(true)
}
