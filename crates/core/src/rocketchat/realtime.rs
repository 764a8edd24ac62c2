//! The realtime connection (reference §9.2): DDP over a websocket at `<base>/websocket`, with
//! Tether's TLS verifier. Connect, answer pings, resume the login with the stored token, and
//! subscribe to the signed-in user's `stream-notify-user` events.

use std::pin::Pin;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;

use super::{Credentials, Http, WorkspaceUrl};
use crate::{Error, Result};

/// A byte stream a websocket runs over: plain TCP, or TLS over it.
pub(crate) trait Io: AsyncRead + AsyncWrite + Send + Unpin {}
impl<T: AsyncRead + AsyncWrite + Send + Unpin> Io for T {}

/// A websocket to a workspace, plain or over TLS with Tether's verifier.
pub(crate) type Socket = WebSocketStream<Pin<Box<dyn Io>>>;

/// Opens a websocket to `<base><path>` with Tether's certificate verifier, sending `headers`
/// in the handshake (a Chatwoot cable needs `Origin` and its subprotocol). Every step has a
/// time limit. Returns the socket and its `ws(s)://` address.
pub(crate) async fn open_websocket(
    http: &Http,
    base: &WorkspaceUrl,
    path: &str,
    headers: &[(&str, String)],
) -> Result<(Socket, String)> {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
    let url = base.as_url();
    let secure = url.scheme() == "https";
    let host = url.host_str().unwrap_or_default().to_owned();
    let port = url
        .port_or_known_default()
        .unwrap_or(if secure { 443 } else { 80 });
    let ws_url = format!(
        "{}://{}{}{path}",
        if secure { "wss" } else { "ws" },
        url.authority(),
        url.path()
    );
    let unreachable = |reason: String| Error::Unreachable {
        url: ws_url.clone(),
        reason,
    };
    let mut request = ws_url
        .as_str()
        .into_client_request()
        .map_err(|e| unreachable(e.to_string()))?;
    for (name, value) in headers {
        let name = tokio_tungstenite::tungstenite::http::HeaderName::from_bytes(name.as_bytes())
            .map_err(|e| unreachable(e.to_string()))?;
        let value = value
            .parse()
            .map_err(|_| unreachable(format!("a bad {name} header")))?;
        request.headers_mut().insert(name, value);
    }
    let tcp = tokio::time::timeout(
        ANSWER_WITHIN,
        TcpStream::connect((host.trim_start_matches('[').trim_end_matches(']'), port)),
    )
    .await
    .map_err(|_| unreachable("the server did not answer in time".into()))?
    .map_err(|e| unreachable(e.to_string()))?;
    let io: Pin<Box<dyn Io>> = if secure {
        let name = rustls::pki_types::ServerName::try_from(
            host.trim_start_matches('[')
                .trim_end_matches(']')
                .to_owned(),
        )
        .map_err(|e| unreachable(e.to_string()))?;
        let tls = tokio_rustls::TlsConnector::from(http.tls_config())
            .connect(name, tcp)
            .await
            .map_err(|e| unreachable(format!("the secure connection failed: {e}")))?;
        Box::pin(tls)
    } else {
        Box::pin(tcp)
    };
    let (socket, _) =
        tokio::time::timeout(ANSWER_WITHIN, tokio_tungstenite::client_async(request, io))
            .await
            .map_err(|_| unreachable("the websocket handshake timed out".into()))?
            .map_err(|e| unreachable(format!("the websocket handshake failed: {e}")))?;
    Ok((socket, ws_url))
}

/// How long to wait for the server's answer during the handshake.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);

/// A `stream-notify-user` event: its name without the user id (`userData`) and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct UserEvent {
    /// `userData`, `notification`, `subscriptions-changed`, …
    pub name: String,
    /// The event's `args`.
    pub args: Vec<Value>,
}

/// A logged-in DDP connection.
pub struct Realtime {
    socket: Socket,
    user_id: String,
    url: String,
    next_id: u64,
    /// When the server last sent anything, and whether a ping of ours awaits its pong.
    last_heard: tokio::time::Instant,
    pinged: bool,
}

/// A quiet connection is pinged after this long, and given up after twice as long.
const QUIET: Duration = Duration::from_secs(30);

impl Realtime {
    /// Connects, logs in with `resume` and returns the connection. An invalid token answers
    /// an error with the code `session_expired`.
    pub async fn connect(http: &Http, base: &WorkspaceUrl, creds: &Credentials) -> Result<Self> {
        let (socket, ws_url) = open_websocket(http, base, "websocket", &[]).await?;
        let mut realtime = Realtime {
            socket,
            user_id: creds.user_id.clone(),
            url: ws_url,
            next_id: 0,
            last_heard: tokio::time::Instant::now(),
            pinged: false,
        };
        realtime
            .send(json!({"msg": "connect", "version": "1", "support": ["1", "pre2", "pre1"]}))
            .await?;
        realtime.expect(|m| m["msg"] == "connected").await?;
        let id = realtime.id();
        realtime
            .send(json!({"msg": "method", "method": "login", "id": id, "params": [{"resume": creds.token.expose()}]}))
            .await?;
        let answer = realtime
            .expect(|m| m["msg"] == "result" && m["id"] == id)
            .await?;
        if let Some(error) = answer.get("error") {
            return Err(resume_refusal(error));
        }
        if answer["result"]["id"] != creds.user_id.as_str() {
            return Err(Error::Protocol {
                endpoint: "login".into(),
                reason: "the realtime login answered for another user".into(),
            });
        }
        Ok(realtime)
    }

    /// Subscribes to `<uid>/<event>` of `stream-notify-user`.
    pub async fn subscribe(&mut self, event: &str) -> Result<()> {
        let id = self.id();
        let name = format!("{}/{event}", self.user_id);
        self.send(json!({"msg": "sub", "id": id, "name": "stream-notify-user", "params": [name, {"useCollection": false, "args": []}]}))
            .await?;
        let answer = self
            .expect(|m| {
                (m["msg"] == "ready"
                    && m["subs"].as_array().is_some_and(|s| s.contains(&json!(id))))
                    || (m["msg"] == "nosub" && m["id"] == id)
            })
            .await?;
        if answer["msg"] == "nosub" {
            return Err(Error::Protocol {
                endpoint: "stream-notify-user".into(),
                reason: format!("the server refused the subscription to {event}"),
            });
        }
        Ok(())
    }

    /// The next message, answering the server's pings meanwhile: `Ok(Some)` for a user event,
    /// `Ok(None)` for another message or when `wait` (if any) passed without one. A connection
    /// quiet for 30 s is pinged, one silent for 60 s is dead; without `wait` nothing else wakes
    /// it, so an idle connection costs no timer of its own between those deadlines.
    pub async fn next_event(&mut self, wait: Option<Duration>) -> Result<Option<UserEvent>> {
        let until = wait.map(|wait| tokio::time::Instant::now() + wait);
        let message = loop {
            let due = self.last_heard + if self.pinged { QUIET * 2 } else { QUIET };
            let deadline = until.map_or(due, |until| until.min(due));
            if let Ok(message) = tokio::time::timeout_at(deadline, self.receive()).await {
                break message?;
            }
            let quiet = self.last_heard.elapsed();
            if quiet >= QUIET * 2 {
                return Err(Error::Unreachable {
                    url: self.url.clone(),
                    reason: "the realtime connection went silent".into(),
                });
            }
            if quiet >= QUIET && !self.pinged {
                self.send(json!({"msg": "ping"})).await?;
                self.pinged = true;
            }
            if until.is_some_and(|until| tokio::time::Instant::now() >= until) {
                return Ok(None);
            }
        };
        if message["msg"] == "changed" && message["collection"] == "stream-notify-user" {
            let fields = &message["fields"];
            let prefix = format!("{}/", self.user_id);
            if let Some(name) = fields["eventName"]
                .as_str()
                .and_then(|n| n.strip_prefix(&prefix))
            {
                let args = fields["args"].as_array().cloned().unwrap_or_default();
                return Ok(Some(UserEvent {
                    name: name.to_owned(),
                    args,
                }));
            }
        }
        Ok(None)
    }

    fn id(&mut self) -> String {
        self.next_id += 1;
        self.next_id.to_string()
    }

    async fn send(&mut self, message: Value) -> Result<()> {
        let url = self.url.clone();
        self.socket
            .send(Message::Text(message.to_string().into()))
            .await
            .map_err(|e| Error::Unreachable {
                url,
                reason: e.to_string(),
            })
    }

    /// The next DDP message, after answering any ping.
    async fn receive(&mut self) -> Result<Value> {
        loop {
            let frame = self.socket.next().await;
            let text = match frame {
                Some(Ok(Message::Text(text))) => text,
                Some(Ok(Message::Close(_))) | None => {
                    return Err(Error::Unreachable {
                        url: self.url.clone(),
                        reason: "the server closed the realtime connection".into(),
                    });
                }
                Some(Ok(_)) => continue,
                Some(Err(e)) => {
                    return Err(Error::Unreachable {
                        url: self.url.clone(),
                        reason: e.to_string(),
                    });
                }
            };
            self.last_heard = tokio::time::Instant::now();
            self.pinged = false;
            let Ok(message) = serde_json::from_str::<Value>(text.as_str()) else {
                continue;
            };
            if message["msg"] == "ping" {
                let pong = match message.get("id") {
                    Some(id) => json!({"msg": "pong", "id": id}),
                    None => json!({"msg": "pong"}),
                };
                self.send(pong).await?;
                continue;
            }
            return Ok(message);
        }
    }

    /// Waits for the first message matching `wanted` (others are skipped).
    async fn expect(&mut self, wanted: impl Fn(&Value) -> bool) -> Result<Value> {
        let url = self.url.clone();
        tokio::time::timeout(ANSWER_WITHIN, async {
            loop {
                let message = self.receive().await?;
                if wanted(&message) {
                    return Ok(message);
                }
            }
        })
        .await
        .map_err(|_| Error::Unreachable {
            url,
            reason: "the server did not answer on the realtime connection".into(),
        })?
    }
}

/// What an error answer to the realtime `login {resume}` means. Only Meteor's refusal of the
/// token (`Meteor.Error(403, …)` from the resume handler) ends the session, with the same
/// meaning as a refused REST resume; a DDP rate limit (`too-many-requests`) or an internal
/// error (500) leaves the token alone and the connection is tried again later.
fn resume_refusal(error: &serde_json::Value) -> Error {
    let reason = error
        .get("reason")
        .and_then(serde_json::Value::as_str)
        .unwrap_or("the server refused the realtime login");
    if error.get("error") == Some(&json!(403)) {
        let body = json!({"success": false, "status": "error", "error": 403, "message": reason});
        return super::ApiError::from_body(
            super::LOGIN_RESUME,
            401,
            body.to_string().as_bytes(),
            None,
        )
        .into();
    }
    Error::Protocol {
        endpoint: "realtime login".into(),
        reason: format!("the server could not log the realtime connection in now ({reason})"),
    }
}
