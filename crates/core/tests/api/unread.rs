//! The unread model against two sandboxes: one `subscriptions.get` per connection, then
//! `<uid>/subscriptions-changed` events as messages arrive and rooms are read; the tray's
//! state, words and badge across both workspaces; the user's unread alert; a signed-out
//! workspace needing attention.

use std::sync::Arc;
use std::time::Duration;

use crate::common::{Harness, generous, password, sign_in_as};
use serde_json::json;
use tether_core::Tether;
use tether_core::ports::{CoreEvent, RecordingEventSink};
use tether_core::rocketchat::{Credentials, Http, PasswordProof, RestClient, WorkspaceUrl};
use tether_core::unread::{TrayState, TraySummary, Unread};
use tether_sandbox::{Sandbox, SandboxConfig, seed};

/// Two workspaces, "Acme" and "Beta", with alice signed in to both and the background work
/// running.
async fn two_workspaces(h: &Harness) -> (Arc<Tether>, Events, [(String, Sandbox); 2]) {
    let (app, events) = h.app_with_events().await;
    let app = Arc::new(app);
    let mut pairs = Vec::new();
    for name in ["Acme", "Beta"] {
        let sandbox = h
            .sandbox_with(SandboxConfig {
                site_name: name.into(),
                ..generous()
            })
            .await;
        let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
        sign_in_as(&app, &ws, &seed::ALICE).await;
        pairs.push((ws, sandbox));
    }
    let worker = app.clone();
    tokio::spawn(async move { worker.worker().run().await });
    let [a, b]: [(String, Sandbox); 2] = pairs.try_into().ok().unwrap();
    (app, events, [a, b])
}

type Events = Arc<RecordingEventSink>;

/// Waits until the latest `unread_changed` the app emitted (what the tray shows) satisfies
/// `done`, and returns it; it must equal the summary computed afresh from the cache.
async fn summary_when(
    app: &Tether,
    events: &RecordingEventSink,
    what: &str,
    done: impl Fn(&TraySummary) -> bool,
) -> TraySummary {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let latest = events.events().into_iter().rev().find_map(|e| match e {
            CoreEvent::UnreadChanged { summary } => Some(summary),
            _ => None,
        });
        if let Some(summary) = latest.as_ref().filter(|s| done(s)) {
            assert_eq!(
                *summary,
                app.unread().tray_summary().await.unwrap(),
                "emitted = computed"
            );
            return summary.clone();
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}; last emitted: {latest:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn of<'a>(summary: &'a TraySummary, ws: &str) -> &'a Unread {
    &summary
        .workspaces
        .iter()
        .find(|w| w.workspace_id == ws)
        .unwrap()
        .unread
}

/// Alice's own REST session on a sandbox (another device of hers), to read rooms with.
async fn alice_elsewhere(sandbox: &Sandbox) -> (RestClient, Credentials) {
    let client = RestClient::new(
        Http::new().unwrap(),
        WorkspaceUrl::parse(&sandbox.url()).unwrap(),
    );
    let login = client
        .login_password(
            seed::ALICE.username,
            &PasswordProof::for_password(&password(&seed::ALICE), false),
            None,
        )
        .await
        .unwrap();
    let creds = Credentials {
        user_id: login.user_id,
        token: login.auth_token,
    };
    (client, creds)
}

fn get_calls(h: &Harness) -> usize {
    h.recorded()
        .iter()
        .filter(|r| r["path"] == "/api/v1/subscriptions.get")
        .count()
}

#[tokio::test]
async fn messages_and_reads_across_two_workspaces_move_the_tray() {
    let h = Harness::new();
    let (app, events, [(acme, acme_box), (beta, beta_box)]) = two_workspaces(&h).await;
    summary_when(&app, &events, "both workspaces loaded", |_| {
        get_calls(&h) == 2
    })
    .await;
    let quiet = summary_when(&app, &events, "nothing unread", |s| {
        s.state == TrayState::Idle
    })
    .await;
    assert_eq!(quiet.text, "Nothing unread");
    assert_eq!(quiet.badge, None);
    let names: Vec<&str> = quiet.workspaces.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(names, ["Acme", "Beta"]);

    // A mention in Acme.
    acme_box.post_message("alice", "dora", "general", "@alice look", true);
    let s = summary_when(&app, &events, "the mention", |s| of(s, &acme).mentions == 1).await;
    assert_eq!(s.state, TrayState::Mentions { count: 1 });
    assert_eq!(s.text, "1 unread mention in Acme");
    assert_eq!(*of(&s, &beta), Unread::default());

    // A plain message in Beta, and one more in Acme by someone else.
    beta_box.post_message("alice", "dora", "design-reviews", "new mockups", false);
    acme_box.post_message("alice", "tina", "general", "hello all", false);
    let s = summary_when(&app, &events, "both messages", |s| {
        of(s, &beta).unread == 1 && of(s, &acme).unread == 2
    })
    .await;
    assert_eq!(s.state, TrayState::Mentions { count: 1 });
    assert_eq!(s.badge, Some(3));
    assert_eq!(s.text, "1 unread mention in Acme");

    // Alice reads Acme's general elsewhere: only Beta's message is left, a dot.
    let (client, creds) = alice_elsewhere(&acme_box).await;
    client.read_room(&creds, "room-general").await.unwrap();
    let s = summary_when(&app, &events, "Acme read", |s| of(s, &acme).unread == 0).await;
    assert_eq!(s.state, TrayState::Unread);
    assert_eq!(s.text, "1 unread message in Beta");
    assert_eq!(s.badge, Some(1));

    let (client, creds) = alice_elsewhere(&beta_box).await;
    client
        .read_room(&creds, "room-design-reviews")
        .await
        .unwrap();
    summary_when(&app, &events, "all read", |s| s.state == TrayState::Idle).await;

    // Events only: still one subscriptions.get per workspace.
    assert_eq!(get_calls(&h), 2, "no polling");
    // A room that does not exist is Rocket.Chat's error.
    let err = client.read_room(&creds, "room-nowhere").await.unwrap_err();
    assert_eq!(
        err.details()
            .and_then(|d| d.to_json().get("server_error").cloned()),
        Some(json!("error-invalid-subscription")),
        "{err:?}"
    );
}

#[tokio::test]
async fn the_unread_alert_preference_and_a_signed_out_workspace() {
    let h = Harness::new();
    let (app, events, [(acme, acme_box), (beta, beta_box)]) = two_workspaces(&h).await;
    summary_when(&app, &events, "both workspaces loaded", |_| {
        get_calls(&h) == 2
    })
    .await;
    beta_box.post_message("alice", "dora", "design-reviews", "new mockups", false);
    summary_when(&app, &events, "the message", |s| {
        s.state == TrayState::Unread
    })
    .await;

    // Alice turns "Unread tray icon alert" off in Beta: the count stays, the tray goes quiet.
    app.preferences()
        .set(&beta, "unreadAlert", json!(false))
        .await
        .unwrap();
    let s = summary_when(&app, &events, "the highlight off", |s| {
        s.state == TrayState::Idle
    })
    .await;
    assert_eq!(of(&s, &beta).unread, 1);
    assert_eq!(s.badge, None);
    assert_eq!(s.text, "1 unread message in Beta");
    // A mention still lights it.
    beta_box.post_message("alice", "dora", "design-reviews", "@alice ?", true);
    summary_when(&app, &events, "the mention", |s| {
        s.state == TrayState::Mentions { count: 1 }
    })
    .await;

    // Acme's session ends on the server: attention.
    let url = format!("{}_sandbox/expire-sessions", acme_box.url());
    reqwest::Client::new()
        .post(url)
        .json(&json!({"username": "alice"}))
        .send()
        .await
        .unwrap();
    let _ = app.profile().refresh(&acme).await;
    let s = summary_when(&app, &events, "attention", |s| {
        s.state == TrayState::Attention
    })
    .await;
    assert!(s.text.starts_with("Sign in again to Acme"), "{}", s.text);
}

#[tokio::test]
async fn counts_of_a_workspace_whose_connection_dropped_are_marked_stale_until_it_is_back() {
    let h = Harness::new();
    let (app, events, [(acme, acme_box), (beta, _beta_box)]) = two_workspaces(&h).await;
    acme_box.post_message("alice", "tina", "general", "@alice hello", true);
    summary_when(&app, &events, "acme's mention, live", |s| {
        of(s, &acme).mentions == 1 && s.workspaces.iter().all(|w| !w.stale)
    })
    .await;
    // The connection drops, and the next attempt fails: the counts stay, marked stale.
    acme_box.inject_fault("/websocket", tether_sandbox::Fault::BadGatewayHtml, 1);
    acme_box.drop_realtime_connections();
    let stale = summary_when(&app, &events, "acme's counts marked stale", |s| {
        s.workspaces
            .iter()
            .any(|w| w.workspace_id == acme && w.stale)
    })
    .await;
    assert_eq!(of(&stale, &acme).mentions, 1, "the last known counts stay");
    assert!(
        stale
            .workspaces
            .iter()
            .all(|w| w.workspace_id == acme || !w.stale),
        "only acme's connection is down: {stale:?}"
    );
    // Back by itself once the fault is spent (the worker retries after 2 s, then 4 s).
    let live = summary_when(&app, &events, "acme live again", |s| {
        s.workspaces.iter().all(|w| !w.stale)
    })
    .await;
    assert_eq!(of(&live, &acme).mentions, 1);
    assert_eq!(of(&live, &beta).mentions, 0);
}

#[tokio::test]
async fn tethers_do_not_disturb_ends_by_itself() {
    let h = Harness::new();
    let (app, events) = h.app_with_events().await;
    let until = chrono::Utc::now() + chrono::Duration::milliseconds(1500);
    app.store()
        .set_do_not_disturb_until(Some(until))
        .await
        .unwrap();
    let app = Arc::new(app);
    let worker = app.clone();
    tokio::spawn(async move { worker.worker().run().await });
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while !events
        .events()
        .iter()
        .any(|e| matches!(e, CoreEvent::DoNotDisturbChanged))
    {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the end of do-not-disturb was never announced"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        chrono::Utc::now() >= until,
        "announced when it ended, not before"
    );
    assert_eq!(app.alerts().do_not_disturb().await.unwrap().until, None);
}

#[tokio::test]
async fn the_tray_speaks_the_language_shown_and_changes_with_it() {
    let h = Harness::new();
    let (app, events) = h.app_with_events().await;
    let app = Arc::new(app);
    let worker = app.clone();
    tokio::spawn(async move { worker.worker().run().await });
    summary_when(&app, &events, "English", |s| s.text == "Nothing unread").await;
    // The window says which language it shows: the tray's words follow at once.
    assert_eq!(app.context().set_language("de-AT"), "de");
    summary_when(&app, &events, "German", |s| s.text == "Nichts ungelesen").await;
    assert_eq!(app.context().set_language("ar"), "ar");
    summary_when(&app, &events, "Arabic", |s| s.text == "لا شيء غير مقروء").await;
}
