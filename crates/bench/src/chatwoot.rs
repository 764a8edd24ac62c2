//! The Chatwoot sandbox in the bench (issue 23): a contact's message in the agent's
//! conversation, to Tether's notification and tray count, through core's worker and its
//! ActionCable connection, with a recorded desktop (the window's own share of a notification
//! is the desktop latency section's).

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;
use tether_core::ports::{MemorySecretStore, RecordingDesktop, RecordingEventSink, SystemClock};
use tether_core::workspace::AgentAudio;
use tether_core::{Sensitive, Tether, TetherConfig};
use tether_sandbox::chatwoot::{CORA, ChatwootConfig, ChatwootSandbox};

use crate::report::{ChatwootFigures, Stat};

/// Waits for `done`, up to 10 s.
async fn until(what: &str, mut done: impl AsyncFnMut() -> bool) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done().await {
        if Instant::now() > deadline {
            return Err(format!("timed out waiting for {what}"));
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    Ok(())
}

/// `rounds` × 4 messages, one at a time.
pub async fn measure(scratch: &std::path::Path, rounds: usize) -> Result<ChatwootFigures, String> {
    let record = scratch.join("chatwoot-requests.jsonl");
    let sandbox = ChatwootSandbox::start(ChatwootConfig {
        test_routes: true,
        record_to: Some(record.clone()),
        ..ChatwootConfig::default()
    })
    .await
    .map_err(|e| e.to_string())?;
    let desktop = Arc::new(RecordingDesktop::default());
    let app = Tether::open(
        &TetherConfig {
            cache_path: scratch.join("chatwoot-cache.sqlite"),
        },
        Arc::new(MemorySecretStore::default()),
        Arc::new(SystemClock),
        Arc::new(RecordingEventSink::default()),
    )
    .await
    .map_err(|e| e.to_string())?
    .with_desktop(desktop.clone(), desktop.clone());
    let app = Arc::new(app);
    let cw = app
        .workspaces()
        .add(&sandbox.url())
        .await
        .map_err(|e| e.to_string())?
        .id;
    app.session()
        .sign_in_password(&cw, CORA.email, Sensitive::new(CORA.password.to_owned()))
        .await
        .map_err(|e| e.to_string())?;
    let audio = AgentAudio {
        assigned: true,
        unassigned: false,
        assigned_to_others: false,
        all: false,
        always_play: true,
        repeat_while_unread: false,
        tone: "ding".into(),
    };
    app.agent()
        .save_audio(&cw, audio)
        .await
        .map_err(|e| e.to_string())?;
    let worker = app.clone();
    let running = tokio::spawn(async move { worker.worker().run().await });
    let unread = async || {
        app.unread()
            .tray_summary()
            .await
            .ok()
            .and_then(|s| s.workspaces.into_iter().find(|w| w.workspace_id == cw))
            .filter(|w| !w.stale)
            .map(|w| w.unread.unread)
    };
    until("the Chatwoot connection", async || unread().await.is_some()).await?;
    let client = reqwest::Client::new();
    let before = requests(&record);
    let (mut notified, mut counted) = (Vec::new(), Vec::new());
    let messages = rounds * 4;
    for n in 0..messages {
        let shown = desktop.notifications().len();
        let count = unread().await.unwrap_or(0);
        let started = Instant::now();
        client
            .post(format!("{}_sandbox/messages", sandbox.url()))
            .json(&json!({ "conversation_id": 1, "content": format!("message {n}"), "from": "contact" }))
            .send()
            .await
            .map_err(|e| e.to_string())?;
        until("the notification", async || {
            desktop.notifications().len() > shown
        })
        .await?;
        notified.push(started.elapsed().as_secs_f64() * 1000.0);
        until("the tray count", async || {
            unread().await.is_some_and(|u| u > count)
        })
        .await?;
        counted.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let sent = requests(&record).saturating_sub(before);
    running.abort();
    sandbox.stop().await;
    Ok(ChatwootFigures {
        messages,
        notification_ms: Stat::of(&notified),
        tray_ms: Stat::of(&counted),
        #[allow(clippy::cast_precision_loss, reason = "a few hundred requests")]
        requests_per_message: (messages > 0).then(|| sent as f64 / messages as f64),
    })
}

/// Requests the sandbox recorded (the test routes are not recorded).
fn requests(record: &std::path::Path) -> usize {
    std::fs::read_to_string(record)
        .map(|t| t.lines().count())
        .unwrap_or(0)
}
