//! The Chatwoot sandbox's ActionCable and conversation counts behave as Chatwoot's (reference
//! chatwoot-api.md B9, B10): the origin check, `welcome` and pings, `RoomChannel` confirmed
//! only for a matching token, user and account, and events only to those who see the
//! conversation.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

mod chatwoot_common;

use std::time::Duration;

use chatwoot_common::Server;
use futures_util::{SinkExt, StreamExt};
use reqwest::Method;
use serde_json::{Value, json};
use tether_sandbox::chatwoot::{ADA, CORA, ChatwootConfig};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

async fn open(server: &Server, origin: Option<&str>) -> Result<Socket, String> {
    let base = server.sandbox.url();
    let url = format!("{}cable", base.replacen("http", "ws", 1));
    let mut request = url.into_client_request().unwrap();
    if let Some(origin) = origin {
        request
            .headers_mut()
            .insert("origin", origin.parse().unwrap());
    }
    let host = base.trim_start_matches("http://").trim_end_matches('/');
    let tcp = TcpStream::connect(host).await.unwrap();
    tokio_tungstenite::client_async(request, MaybeTlsStream::Plain(tcp))
        .await
        .map(|(socket, _)| socket)
        .map_err(|e| e.to_string())
}

/// The next frame that is not a ping, within `secs`.
async fn next(socket: &mut Socket, secs: u64) -> Option<Value> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
    loop {
        let frame = tokio::time::timeout_at(deadline, socket.next())
            .await
            .ok()??;
        let Ok(Message::Text(text)) = frame else {
            continue;
        };
        let value: Value = serde_json::from_str(&text).unwrap();
        if value["type"] != "ping" {
            return Some(value);
        }
    }
}

fn identifier(token: &str, user: u64, account: u64) -> String {
    json!({ "channel": "RoomChannel", "pubsub_token": token, "account_id": account, "user_id": user })
        .to_string()
}

async fn subscribe(socket: &mut Socket, identifier: &str) {
    let command = json!({ "command": "subscribe", "identifier": identifier });
    socket
        .send(Message::Text(command.to_string().into()))
        .await
        .unwrap();
}

/// A socket subscribed as `user` to `account`, its confirmation and first presence read.
async fn subscribed(server: &Server, token: &str, user: u64, account: u64) -> Socket {
    let mut socket = open(server, Some(server.sandbox.url().trim_end_matches('/')))
        .await
        .unwrap();
    assert_eq!(next(&mut socket, 2).await.unwrap()["type"], "welcome");
    let id = identifier(token, user, account);
    subscribe(&mut socket, &id).await;
    let confirmed = next(&mut socket, 2).await.unwrap();
    assert_eq!(
        confirmed,
        json!({ "identifier": id, "type": "confirm_subscription" })
    );
    let presence = next(&mut socket, 2).await.unwrap();
    assert_eq!(presence["message"]["event"], "presence.update");
    socket
}

async fn test_server() -> Server {
    Server::with(ChatwootConfig {
        test_routes: true,
        ..ChatwootConfig::default()
    })
    .await
}

#[tokio::test]
async fn the_cable_checks_the_origin_pings_and_confirms_only_a_matching_subscription() {
    let server = test_server().await;
    let refused = open(&server, None).await.unwrap_err();
    assert!(refused.contains("404"), "{refused}");
    let elsewhere = open(&server, Some("https://evil.example"))
        .await
        .unwrap_err();
    assert!(elsewhere.contains("404"), "{elsewhere}");

    let origin = server.sandbox.url().trim_end_matches('/').to_owned();
    let mut socket = open(&server, Some(&origin)).await.unwrap();
    assert_eq!(
        next(&mut socket, 2).await.unwrap(),
        json!({ "type": "welcome" })
    );
    // Cora's token with Ada's id, and Cora in an account she is not in: no confirmation.
    subscribe(&mut socket, &identifier("pubsub-1", ADA.id, 1)).await;
    subscribe(&mut socket, &identifier("pubsub-1", CORA.id, 2)).await;
    assert_eq!(next(&mut socket, 1).await, None);
    // Pings every 3 s.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(4);
    let mut pinged = false;
    while let Ok(Some(Ok(Message::Text(text)))) =
        tokio::time::timeout_at(deadline, socket.next()).await
    {
        let value: Value = serde_json::from_str(&text).unwrap();
        if value["type"] == "ping" && value["message"].is_i64() {
            pinged = true;
            break;
        }
    }
    assert!(pinged, "no ping within 4 s");
}

#[tokio::test]
async fn a_contacts_message_reaches_those_who_see_the_conversation_and_counts_unread() {
    let server = test_server().await;
    // Presence is computed, not chosen (B8): online by choice, offline until the cable says so.
    let status = |server: &Server| {
        let request = server
            .http
            .get(server.url("/api/v1/profile"))
            .header("api_access_token", CORA.access_token);
        async move {
            request.send().await.unwrap().json::<Value>().await.unwrap()["accounts"][0].clone()
        }
    };
    let before = status(&server).await;
    assert_eq!(
        (
            before["availability"].as_str(),
            before["availability_status"].as_str()
        ),
        (Some("online"), Some("offline"))
    );
    let mut cora = subscribed(&server, "pubsub-1", CORA.id, 1).await;
    assert_eq!(status(&server).await["availability_status"], "online");
    let mut ada = subscribed(&server, "pubsub-3", ADA.id, 1).await;
    let post = |path: &'static str, body: Value| {
        let request = server.http.post(server.url(path)).json(&body);
        async move { request.send().await.unwrap() }
    };
    post(
        "/_sandbox/messages",
        json!({ "conversation_id": 1, "content": "Hello?", "from": "contact" }),
    )
    .await;
    for socket in [&mut cora, &mut ada] {
        let event = next(socket, 2).await.unwrap();
        assert_eq!(event["message"]["event"], "message.created");
        let data = &event["message"]["data"];
        assert_eq!(data["message_type"], 0);
        assert_eq!(data["conversation"]["assignee_id"], CORA.id);
        assert_eq!(data["conversation"]["unread_count"], 1);
    }
    // Account 2's conversation: Cora neither sees it nor is subscribed there.
    post(
        "/_sandbox/messages",
        json!({ "conversation_id": 4, "content": "Quote?", "from": "contact" }),
    )
    .await;
    assert_eq!(next(&mut cora, 1).await, None);

    // The counts and the list the tray reads (B9): Cora sees inbox 1's open conversations.
    let s = server.session(CORA.email, CORA.password).await;
    let (_, meta) = server
        .call(
            &s,
            Method::GET,
            "/api/v1/accounts/1/conversations/meta",
            None,
        )
        .await;
    assert_eq!(
        meta,
        json!({ "meta": { "mine_count": 1, "assigned_count": 2, "unassigned_count": 1, "all_count": 3 } })
    );
    post(
        "/_sandbox/assign",
        json!({ "conversation_id": 2, "assignee": CORA.email }),
    )
    .await;
    let event = next(&mut cora, 2).await.unwrap();
    assert_eq!(event["message"]["event"], "assignee.changed");
    assert_eq!(event["message"]["data"]["assignee_id"], CORA.id);
    assert_eq!(
        next(&mut cora, 2).await.unwrap()["message"]["event"],
        "conversation.updated"
    );
    let mine_path = "/api/v1/accounts/1/conversations?assignee_type=me&status=open";
    let (_, mine) = server.call(&s, Method::GET, mine_path, None).await;
    let payload = mine["data"]["payload"].as_array().unwrap();
    assert_eq!(payload.len(), 2);
    let unread: u64 = payload
        .iter()
        .map(|c| c["unread_count"].as_u64().unwrap())
        .sum();
    assert_eq!(unread, 1);
    assert_eq!(mine["data"]["meta"]["mine_count"], 2);
}
