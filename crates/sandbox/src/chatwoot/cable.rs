//! ActionCable at `/cable` (reference chatwoot-api.md B10; Rails' ActionCable protocol and
//! Chatwoot's `RoomChannel`): `welcome`, a `ping` every 3 s, `subscribe` to `RoomChannel` with
//! the user's `pubsub_token`, `user_id` and `account_id` (confirmed only when they belong
//! together), `update_presence`, and the events the sandbox publishes for that user and account.

use std::time::Duration;

use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Value, json};

use super::envelope::rails_404;
use super::state::{CableEvent, ChatwootState, PRESENCE_DURATION};

/// Rails' request-origin check with `allow_same_origin_as_host` (its default): the `Origin`
/// must be this server's own address, else the upgrade is refused with a 404.
pub async fn cable(
    State(state): State<ChatwootState>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let same_origin = matches!((text("origin"), text("host")),
        (Some(origin), Some(host)) if origin == format!("http://{host}"));
    if !same_origin {
        return rails_404();
    }
    upgrade
        .protocols(["actioncable-v1-json"])
        .on_upgrade(move |socket| connection(state, socket))
}

async fn send(socket: &mut WebSocket, message: &Value) -> bool {
    socket
        .send(Message::Text(message.to_string().into()))
        .await
        .is_ok()
}

/// One confirmed `RoomChannel` subscription.
struct Subscription {
    identifier: String,
    pubsub_token: String,
    account_id: u64,
    user_id: u64,
}

async fn connection(state: ChatwootState, mut socket: WebSocket) {
    let mut events = state.cable.subscribe();
    let mut ping = tokio::time::interval(Duration::from_secs(3));
    let mut subscriptions: Vec<Subscription> = Vec::new();
    if !send(&mut socket, &json!({ "type": "welcome" })).await {
        return;
    }
    loop {
        tokio::select! {
            incoming = socket.recv() => {
                let Some(Ok(Message::Text(text))) = incoming else {
                    if matches!(incoming, Some(Ok(_))) { continue; }
                    break;
                };
                let Ok(command) = serde_json::from_str::<Value>(&text) else { continue };
                let identifier = command["identifier"].as_str().unwrap_or_default().to_owned();
                match command["command"].as_str() {
                    Some("subscribe") => {
                        // A wrong token, user or account raises in the channel: no confirmation.
                        let Some(sub) = room_channel(&state, &identifier) else { continue };
                        let confirmed = json!({ "identifier": identifier, "type": "confirm_subscription" });
                        if !send(&mut socket, &confirmed).await { break; }
                        presence(&state, &sub);
                        subscriptions.push(sub);
                    }
                    Some("message") => {
                        let data: Value = serde_json::from_str(command["data"].as_str().unwrap_or("{}")).unwrap_or(Value::Null);
                        if data["action"] == "update_presence"
                            && let Some(sub) = subscriptions.iter().find(|s| s.identifier == identifier)
                        {
                            presence(&state, sub);
                        }
                    }
                    Some("unsubscribe") => subscriptions.retain(|s| s.identifier != identifier),
                    _ => {}
                }
            }
            event = events.recv() => {
                let Ok(event) = event else { continue };
                for sub in subscriptions.iter().filter(|s| {
                    s.account_id == event.account_id && event.tokens.contains(&s.pubsub_token)
                }) {
                    let message = json!({
                        "identifier": sub.identifier,
                        "message": { "event": event.event, "data": event.data },
                    });
                    if !send(&mut socket, &message).await { return; }
                }
            }
            _ = ping.tick() => {
                let now = chrono::Utc::now().timestamp();
                if !send(&mut socket, &json!({ "type": "ping", "message": now })).await { break; }
            }
        }
    }
}

/// The subscription an identifier asks for, when its token, user and account belong together.
fn room_channel(state: &ChatwootState, identifier: &str) -> Option<Subscription> {
    let id: Value = serde_json::from_str(identifier).ok()?;
    if id["channel"] != "RoomChannel" {
        return None;
    }
    let token = id["pubsub_token"].as_str()?;
    let user_id = id["user_id"].as_u64()?;
    let account_id = id["account_id"].as_u64()?;
    let inner = state.lock();
    let user = inner
        .users
        .iter()
        .find(|u| u.id == user_id && u.pubsub_token == token)?;
    user.accounts.iter().find(|a| a.account_id == account_id)?;
    Some(Subscription {
        identifier: identifier.to_owned(),
        pubsub_token: token.to_owned(),
        account_id,
        user_id,
    })
}

/// Records the subscriber as present, then `presence.update` to their stream with every user
/// of the account present now and their availability (`RoomChannel`,
/// `OnlineStatusTracker.get_available_users`).
fn presence(state: &ChatwootState, sub: &Subscription) {
    let users: serde_json::Map<String, Value> = {
        let mut inner = state.lock();
        if let Some(account_user) = inner
            .users
            .iter_mut()
            .find(|u| u.id == sub.user_id)
            .and_then(|u| {
                u.accounts
                    .iter_mut()
                    .find(|a| a.account_id == sub.account_id)
            })
        {
            account_user.present_at = Some(std::time::Instant::now());
        }
        inner
            .users
            .iter()
            .filter_map(|u| {
                let a = u.accounts.iter().find(|a| a.account_id == sub.account_id)?;
                let present = a
                    .present_at
                    .is_some_and(|at| at.elapsed() < PRESENCE_DURATION);
                present.then(|| (u.id.to_string(), Value::String(a.availability.clone())))
            })
            .collect()
    };
    let _ = state.cable.send(CableEvent {
        tokens: vec![sub.pubsub_token.clone()],
        account_id: sub.account_id,
        event: "presence.update".into(),
        data: json!({ "account_id": sub.account_id, "users": users, "contacts": {} }),
    });
}
