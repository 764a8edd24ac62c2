//! The realtime websocket (`/websocket`, reference §9.2): DDP `connect`, `ping`/`pong`,
//! `login {resume}`, `sub`/`unsub` of `stream-notify-user` events of the logged-in user, and
//! `changed` messages for the events the sandbox publishes (`<uid>/userData` on preference
//! changes). As Meteor does, a connection is closed once the login token it resumed is removed
//! (a logout, a password change, "log out other sessions").

use std::collections::HashSet;

use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use serde_json::{Value, json};

use crate::state::{SandboxState, UserEvent, epoch_ms};

pub async fn websocket(State(state): State<SandboxState>, upgrade: WebSocketUpgrade) -> Response {
    upgrade.on_upgrade(move |socket| session(state, socket))
}

async fn send(socket: &mut WebSocket, message: Value) -> bool {
    socket
        .send(Message::Text(message.to_string().into()))
        .await
        .is_ok()
}

async fn session(state: SandboxState, mut socket: WebSocket) {
    let mut events = state.events.subscribe();
    let mut drops = state.drops.subscribe();
    let mut user: Option<String> = None;
    // The token the connection logged in with; watched for its removal.
    let mut login_token: Option<String> = None;
    let mut watch = tokio::time::interval(std::time::Duration::from_millis(100));
    // Subscription id → event name.
    let mut subs: Vec<(String, String)> = Vec::new();
    let mut named: HashSet<String> = HashSet::new();
    loop {
        tokio::select! {
            incoming = socket.recv() => {
                let Some(Ok(message)) = incoming else { break };
                let Message::Text(text) = message else { continue };
                let Ok(message) = serde_json::from_str::<Value>(&text) else { continue };
                let id = message.get("id").cloned();
                let reply = match message["msg"].as_str() {
                    Some("connect") => Some(json!({"msg": "connected", "session": format!("s{}", epoch_ms())})),
                    Some("ping") => Some(match id {
                        Some(id) => json!({"msg": "pong", "id": id}),
                        None => json!({"msg": "pong"}),
                    }),
                    Some("method") if message["method"] == "login" => {
                        // An injected failure of the login method itself (TEST-ONLY).
                        let fault = state.faults.take(crate::faults::DDP_LOGIN).and_then(crate::faults::Fault::ddp_error);
                        if let Some(error) = fault {
                            if !send(&mut socket, json!({"msg": "result", "id": id, "error": error})).await {
                                break;
                            }
                            continue;
                        }
                        let token = message["params"][0]["resume"].as_str().unwrap_or_default();
                        let owner = state.lock().tokens.get(token).filter(|t| !t.expired).map(|t| t.user_id.clone());
                        match owner {
                            Some(uid) => {
                                // The connection now counts for the user's presence.
                                state.connect_user(user.as_deref(), Some(&uid));
                                user = Some(uid.clone());
                                login_token = Some(token.to_owned());
                                let expires = u64::try_from(epoch_ms()).unwrap_or(0) + 90 * 86_400_000;
                                Some(json!({"msg": "result", "id": id, "result": {
                                    "id": uid, "token": token, "tokenExpires": {"$date": expires}, "type": "resume"
                                }}))
                            }
                            None => Some(json!({"msg": "result", "id": id, "error": {
                                "isClientSafe": true, "error": 403,
                                "reason": "You've been logged out by the server. Please log in again.",
                                "message": "You've been logged out by the server. Please log in again. [403]",
                                "errorType": "Meteor.Error"
                            }})),
                        }
                    }
                    Some("method") => Some(json!({"msg": "result", "id": id, "error": {
                        "isClientSafe": true, "error": 404, "reason": "Method not found",
                        "message": "Method not found [404]", "errorType": "Meteor.Error"
                    }})),
                    Some("sub") => {
                        let event = message["params"][0].as_str().unwrap_or_default().to_owned();
                        let own = user.as_deref().is_some_and(|uid| event.starts_with(&format!("{uid}/")));
                        if message["name"] == "stream-notify-user" && own {
                            let sub_id = id.as_ref().and_then(Value::as_str).unwrap_or_default().to_owned();
                            subs.push((sub_id, event.clone()));
                            named.insert(event);
                            state.lock().realtime_subscriptions += 1;
                            Some(json!({"msg": "ready", "subs": [id]}))
                        } else {
                            Some(json!({"msg": "nosub", "id": id, "error": {
                                "isClientSafe": true, "error": "not-allowed", "reason": "Not allowed",
                                "message": "Not allowed [not-allowed]", "errorType": "Meteor.Error"
                            }}))
                        }
                    }
                    Some("unsub") => {
                        let sub_id = id.as_ref().and_then(Value::as_str).unwrap_or_default();
                        if let Some(at) = subs.iter().position(|(s, _)| s == sub_id) {
                            let (_, event) = subs.remove(at);
                            if !subs.iter().any(|(_, e)| *e == event) {
                                named.remove(&event);
                            }
                            state.lock().realtime_subscriptions -= 1;
                        }
                        Some(json!({"msg": "nosub", "id": id}))
                    }
                    _ => None,
                };
                if let Some(reply) = reply
                    && !send(&mut socket, reply).await
                {
                    break;
                }
            }
            _ = watch.tick(), if login_token.is_some() => {
                let token = login_token.as_deref().unwrap_or_default();
                if !state.lock().tokens.contains_key(token) {
                    let _ = socket.send(Message::Close(None)).await;
                    break;
                }
            }
            _ = drops.recv() => {
                let _ = socket.send(Message::Close(None)).await;
                break;
            }
            event = events.recv() => {
                let Ok(UserEvent { event, args }) = event else { continue };
                if named.contains(&event) {
                    let changed = json!({
                        "msg": "changed", "collection": "stream-notify-user", "id": "id",
                        "fields": {"eventName": event, "args": args}
                    });
                    if !send(&mut socket, changed).await {
                        break;
                    }
                }
            }
        }
    }
    state.lock().realtime_subscriptions -= subs.len();
    state.connect_user(user.as_deref(), None);
}
