//! A Chatwoot workspace's realtime side through Tether's worker (issue 23 items 4 and 9):
//! a message in a conversation the user's audio alerts cover shows a notification and plays
//! the chosen tone at the workspace's volume; one outside them does nothing; the tray counts
//! the covered conversations with unread messages, beside a Rocket.Chat workspace's.

use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use tether_core::Tether;
use tether_core::alerts::sounds::chatwoot_tone;
use tether_core::workspace::AgentAudio;
use tether_sandbox::chatwoot::{CORA, ChatwootConfig, ChatwootSandbox};
use tether_sandbox::seed;

use crate::common::{Harness, generous, pw, sign_in_as, signed_in};

async fn wait_for<F: std::future::Future<Output = bool>>(what: &str, mut done: impl FnMut() -> F) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while !done().await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn post(sandbox: &ChatwootSandbox, route: &str, body: serde_json::Value) {
    let response = reqwest::Client::new()
        .post(format!("{}_sandbox/{route}", sandbox.url()))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(
        response.status().is_success(),
        "{route}: {}",
        response.status()
    );
}

fn assigned_only(tone: &str) -> AgentAudio {
    AgentAudio {
        assigned: true,
        unassigned: false,
        assigned_to_others: false,
        all: false,
        always_play: true,
        repeat_while_unread: false,
        tone: tone.into(),
    }
}

/// Adds the Chatwoot sandbox, signs Cora in, and saves her audio alerts.
async fn cora_with(app: &Tether, chatwoot: &ChatwootSandbox, audio: AgentAudio) -> String {
    let cw = app.workspaces().add(&chatwoot.url()).await.unwrap().id;
    signed_in(
        app.session()
            .sign_in_password(&cw, CORA.email, pw(CORA.password))
            .await
            .unwrap(),
    );
    app.agent().save_audio(&cw, audio).await.unwrap();
    cw
}

/// Starts the background worker and waits for the Chatwoot connection's first count.
async fn connected(app: &Arc<Tether>, cw: &str) {
    let worker = app.clone();
    tokio::spawn(async move { worker.worker().run().await });
    wait_for("the Chatwoot connection", || async {
        let summary = app.unread().tray_summary().await.unwrap();
        summary
            .workspaces
            .iter()
            .any(|w| w.workspace_id == cw && !w.stale)
    })
    .await;
}

async fn test_chatwoot() -> ChatwootSandbox {
    ChatwootSandbox::start(ChatwootConfig {
        test_routes: true,
        ..ChatwootConfig::default()
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn a_covered_message_notifies_with_the_tone_and_the_tray_counts_it_beside_rocket_chat() {
    let h = Harness::new();
    let chatwoot = test_chatwoot().await;
    let rocket = h.sandbox_with(generous()).await;
    let (app, desktop) = h.app_with_desktop().await;
    let app = Arc::new(app);
    let rc = app.workspaces().add(&rocket.url()).await.unwrap().id;
    sign_in_as(&app, &rc, &seed::ALICE).await;
    let cw = cora_with(&app, &chatwoot, assigned_only("magic")).await;
    app.agent().set_volume(&cw, 60).await.unwrap();
    connected(&app, &cw).await;

    // Conversation 2 is unassigned: outside "assigned to me".
    post(
        &chatwoot,
        "messages",
        json!({ "conversation_id": 2, "content": "Anyone?", "from": "contact" }),
    )
    .await;
    // Conversation 1 is Cora's.
    post(
        &chatwoot,
        "messages",
        json!({ "conversation_id": 1, "content": "Hello Cora", "from": "contact" }),
    )
    .await;
    wait_for("the notification", || async {
        !desktop.notifications().is_empty()
    })
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let shown = desktop.notifications();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert_eq!(shown[0].body, "Hello Cora");
    assert!(shown[0].summary.contains("Sandbox Contact"), "{shown:?}");
    assert!(
        shown[0]
            .open_url
            .as_deref()
            .is_some_and(|u| u.ends_with("app/accounts/1/conversations/1")),
        "{shown:?}"
    );
    let sounds = desktop.sounds();
    assert_eq!(sounds.len(), 1);
    assert_eq!(sounds[0].0, chatwoot_tone("magic").unwrap());
    assert!((sounds[0].1 - 0.6).abs() < 1e-6);

    // The tray: the unread message of Cora's conversation, summed with Rocket.Chat's.
    wait_for("the Chatwoot count", || async {
        let summary = app.unread().tray_summary().await.unwrap();
        summary
            .workspaces
            .iter()
            .any(|w| w.workspace_id == cw && w.unread.unread == 1 && w.unread.mentions == 0)
    })
    .await;
    let summary = app.unread().tray_summary().await.unwrap();
    let rc_unread = summary
        .workspaces
        .iter()
        .find(|w| w.workspace_id == rc)
        .unwrap()
        .unread
        .unread;
    assert_eq!(summary.badge, Some(rc_unread + 1), "{summary:?}");
    assert!(summary.text.contains("Sandbox Support"), "{summary:?}");

    // Assigning conversation 2 to Cora brings it under her alerts: its next message sounds.
    post(
        &chatwoot,
        "assign",
        json!({ "conversation_id": 2, "assignee": CORA.email }),
    )
    .await;
    post(
        &chatwoot,
        "messages",
        json!({ "conversation_id": 2, "content": "Still there?", "from": "contact" }),
    )
    .await;
    wait_for("the second notification", || async {
        desktop.notifications().len() == 2
    })
    .await;
    // Cora's two conversations now: one unread message in the first, two in the second.
    wait_for("the recount", || async {
        let summary = app.unread().tray_summary().await.unwrap();
        summary
            .workspaces
            .iter()
            .any(|w| w.workspace_id == cw && w.unread.unread == 3)
    })
    .await;
}

#[tokio::test]
async fn the_thirty_second_reminder_sounds_while_an_assigned_conversation_waits() {
    let h = Harness::new();
    let chatwoot = test_chatwoot().await;
    let (app, desktop) = h.app_with_desktop().await;
    let app = Arc::new(app);
    let audio = AgentAudio {
        repeat_while_unread: true,
        ..assigned_only("ping")
    };
    let cw = cora_with(&app, &chatwoot, audio).await;
    connected(&app, &cw).await;
    post(
        &chatwoot,
        "messages",
        json!({ "conversation_id": 1, "content": "Hello?", "from": "contact" }),
    )
    .await;
    wait_for("the message's tone", || async {
        desktop.sounds().len() == 1
    })
    .await;
    let first = tokio::time::Instant::now();
    let deadline = first + Duration::from_secs(40);
    while desktop.sounds().len() < 2 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "no reminder within 40 s"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let waited = first.elapsed();
    assert!(
        (Duration::from_secs(25)..=Duration::from_secs(35)).contains(&waited),
        "the reminder came after {waited:?}"
    );
    assert_eq!(desktop.sounds()[1].0, chatwoot_tone("ping").unwrap());
    // Only the message showed a notification: the reminder is a sound.
    assert_eq!(desktop.notifications().len(), 1);
}
