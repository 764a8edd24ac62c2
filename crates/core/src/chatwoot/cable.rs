//! Chatwoot's realtime connection: ActionCable at `<base>/cable` (reference chatwoot-api.md
//! B10), the same TLS verifier as every other connection. Connect with the server's own
//! `Origin` (Rails refuses others), wait for `welcome`, subscribe to `RoomChannel` with the
//! user's `pubsub_token`, and read events; `update_presence` keeps the user online. No
//! confirmation within a few seconds is a refusal: the token may have changed (re-read the
//! profile, then try again with back-off).

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use crate::rocketchat::realtime::{Socket, open_websocket};
use crate::rocketchat::{Http, WorkspaceUrl};
use crate::{Error, Result, Sensitive};

/// How long the welcome and the subscription's confirmation may take.
const ANSWER_WITHIN: Duration = Duration::from_secs(5);
/// The server pings every 3 s; this long without a word is a dead connection.
const SILENT_FOR: Duration = Duration::from_secs(10);
/// How often `update_presence` is sent (the dashboard: 10 s, meant to become 20 s).
pub const PRESENCE_EVERY: Duration = Duration::from_secs(20);

/// One event of the subscribed account (`data.account_id` matches; others are dropped).
#[derive(Debug, Clone, PartialEq)]
pub struct CableEvent {
    /// `message.created`, `assignee.changed`, `presence.update`, …
    pub name: String,
    /// The event's `data`.
    pub data: Value,
}

/// A confirmed `RoomChannel` subscription.
pub struct Cable {
    socket: Socket,
    url: String,
    identifier: String,
    account_id: u64,
    last_heard: tokio::time::Instant,
    last_presence: tokio::time::Instant,
}

impl Cable {
    /// Connects and subscribes as `user_id` in `account_id`. A subscription the server does
    /// not confirm is [`Error::Protocol`] on `RoomChannel`.
    pub async fn connect(
        http: &Http,
        base: &WorkspaceUrl,
        pubsub_token: &Sensitive<String>,
        user_id: u64,
        account_id: u64,
    ) -> Result<Self> {
        let origin = base.to_string().trim_end_matches('/').to_owned();
        let headers = [
            ("origin", origin),
            ("sec-websocket-protocol", "actioncable-v1-json".to_owned()),
        ];
        let (socket, url) = open_websocket(http, base, "cable", &headers).await?;
        let identifier = json!({
            "channel": "RoomChannel",
            "pubsub_token": pubsub_token.expose(),
            "account_id": account_id,
            "user_id": user_id,
        })
        .to_string();
        let now = tokio::time::Instant::now();
        let mut cable = Cable {
            socket,
            url,
            identifier,
            account_id,
            last_heard: now,
            last_presence: now,
        };
        cable
            .expect(|m| m["type"] == "welcome", "the server sent no welcome")
            .await?;
        let subscribe = json!({ "command": "subscribe", "identifier": cable.identifier });
        cable.send(&subscribe).await?;
        let id = cable.identifier.clone();
        cable
            .expect(
                |m| m["type"] == "confirm_subscription" && m["identifier"] == id.as_str(),
                "RoomChannel did not confirm the subscription (the realtime token may have changed)",
            )
            .await?;
        Ok(cable)
    }

    /// The next event for this account; `Ok(None)` when `wait` (if any) passed without one.
    /// Sends `update_presence` when it is due; a connection silent for 10 s is dead. Without
    /// `wait`, only the server's messages and those two deadlines wake it.
    pub async fn next_event(&mut self, wait: Option<Duration>) -> Result<Option<CableEvent>> {
        let until = wait.map(|wait| tokio::time::Instant::now() + wait);
        loop {
            if self.last_presence.elapsed() >= PRESENCE_EVERY {
                self.update_presence().await?;
            }
            let due = (self.last_presence + PRESENCE_EVERY).min(self.last_heard + SILENT_FOR);
            let deadline = until.map_or(due, |until| until.min(due));
            let Ok(frame) = tokio::time::timeout_at(deadline, self.receive()).await else {
                if self.last_heard.elapsed() >= SILENT_FOR {
                    return Err(self.gone("the realtime connection went silent"));
                }
                if until.is_some_and(|until| tokio::time::Instant::now() >= until) {
                    return Ok(None);
                }
                continue;
            };
            let message = frame?;
            if message["identifier"] != self.identifier.as_str() {
                continue;
            }
            let event = &message["message"];
            let Some(name) = event["event"].as_str() else {
                continue;
            };
            let data = event["data"].clone();
            // The dashboard drops events of another account.
            if data["account_id"]
                .as_u64()
                .is_some_and(|a| a != self.account_id)
            {
                continue;
            }
            return Ok(Some(CableEvent {
                name: name.to_owned(),
                data,
            }));
        }
    }

    /// Keeps the user "online" (RoomChannel's `update_presence`).
    pub async fn update_presence(&mut self) -> Result<()> {
        self.last_presence = tokio::time::Instant::now();
        let message = json!({
            "command": "message",
            "identifier": self.identifier,
            "data": json!({ "action": "update_presence" }).to_string(),
        });
        self.send(&message).await
    }

    fn gone(&self, reason: &str) -> Error {
        Error::Unreachable {
            url: self.url.clone(),
            reason: reason.to_owned(),
        }
    }

    async fn send(&mut self, message: &Value) -> Result<()> {
        let text = message.to_string();
        self.socket
            .send(Message::Text(text.into()))
            .await
            .map_err(|e| Error::Unreachable {
                url: self.url.clone(),
                reason: e.to_string(),
            })
    }

    /// The next message that is not a ping. A `disconnect` from the server ends it.
    async fn receive(&mut self) -> Result<Value> {
        loop {
            let text = match self.socket.next().await {
                Some(Ok(Message::Text(text))) => text,
                Some(Ok(Message::Close(_))) | None => {
                    return Err(self.gone("the server closed the realtime connection"));
                }
                Some(Ok(_)) => continue,
                Some(Err(e)) => return Err(self.gone(&e.to_string())),
            };
            self.last_heard = tokio::time::Instant::now();
            let Ok(message) = serde_json::from_str::<Value>(text.as_str()) else {
                continue;
            };
            match message["type"].as_str() {
                Some("ping") => continue,
                Some("disconnect") => {
                    let reason = message["reason"].as_str().unwrap_or("no reason given");
                    return Err(self.gone(&format!("the server ended the connection ({reason})")));
                }
                _ => return Ok(message),
            }
        }
    }

    async fn expect(&mut self, wanted: impl Fn(&Value) -> bool, refused: &str) -> Result<Value> {
        let endpoint = format!("{} RoomChannel", self.url);
        let answer = tokio::time::timeout(ANSWER_WITHIN, async {
            loop {
                let message = self.receive().await?;
                if wanted(&message) {
                    return Ok(message);
                }
            }
        })
        .await;
        answer.unwrap_or_else(|_| {
            Err(Error::Protocol {
                endpoint,
                reason: refused.to_owned(),
            })
        })
    }
}
