//! The realtime connection (reference §9.2) against the sandbox's `/websocket`: login with a
//! stored token, subscriptions, events, and a refused token meaning "signed out".

use std::sync::Arc;
use std::time::Duration;

use crate::common::{Harness, generous};
use serde_json::json;
use tether_core::rocketchat::realtime::Realtime;
use tether_core::rocketchat::{Credentials, Http, WorkspaceUrl};
use tether_core::{ErrorCode, Sensitive};
use tether_sandbox::seed;

fn oscar(token: &str) -> Credentials {
    Credentials {
        user_id: seed::OSCAR.id.to_owned(),
        token: Sensitive::new(token.to_owned()),
    }
}

const OSCAR_TOKEN: &str = "oscarPAT00000000000000000000000000000000001";

#[tokio::test]
async fn logs_in_with_the_token_subscribes_and_receives_user_data() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let base = WorkspaceUrl::parse(&sandbox.url()).unwrap();
    let mut realtime = Realtime::connect(&Http::new().unwrap(), &base, &oscar(OSCAR_TOKEN))
        .await
        .unwrap();
    realtime.subscribe("userData").await.unwrap();
    assert_eq!(sandbox.realtime_subscriptions(), 1);
    sandbox.set_user_preference("oscar", "useEmojis", json!(false));
    let event = next_event(&mut realtime).await;
    assert_eq!(event.name, "userData");
    assert_eq!(
        event.args[0]["diff"]["settings.preferences.useEmojis"],
        json!(false)
    );
}

#[tokio::test]
async fn a_refused_token_is_a_signed_out_session_and_another_users_login_is_refused() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let base = WorkspaceUrl::parse(&sandbox.url()).unwrap();
    let http = Http::new().unwrap();
    let Err(err) = Realtime::connect(&http, &base, &oscar("not-a-token")).await else {
        panic!("a wrong token must not log in");
    };
    assert_eq!(err.code(), ErrorCode::SessionExpired);

    // oscar's token with alice's id: the server logs in oscar, which Tether notices.
    let spoof = Realtime::connect(
        &http,
        &base,
        &Credentials {
            user_id: seed::ALICE.id.to_owned(),
            token: Sensitive::new(OSCAR_TOKEN.to_owned()),
        },
    )
    .await;
    assert_eq!(spoof.err().map(|e| e.code()), Some(ErrorCode::Protocol));
    assert_eq!(sandbox.realtime_subscriptions(), 0);
}

#[tokio::test]
async fn a_message_notifies_as_rocket_chat_does_with_the_rooms_own_sound() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let base = WorkspaceUrl::parse(&sandbox.url()).unwrap();
    let http = Http::new().unwrap();
    let login = tether_core::rocketchat::RestClient::new(http.clone(), base.clone())
        .login_password(
            seed::ALICE.username,
            &tether_core::rocketchat::PasswordProof::Digest(
                tether_core::rocketchat::password_digest(&Sensitive::new(
                    seed::ALICE.password.unwrap().to_owned(),
                )),
            ),
            None,
        )
        .await
        .unwrap();
    let creds = Credentials {
        user_id: login.user_id.clone(),
        token: login.auth_token.clone(),
    };
    let mut realtime = Realtime::connect(&http, &base, &creds).await.unwrap();
    realtime.subscribe("notification").await.unwrap();

    assert_eq!(
        sandbox.post_message("alice", "tina", "general", "hello", false),
        Some(true)
    );
    let event = next_event(&mut realtime).await;
    assert_eq!(event.name, "notification");
    let n = &event.args[0];
    assert_eq!(n["title"], "#general");
    assert_eq!(n["text"], "tina: hello");
    assert_eq!(n["payload"]["rid"], "room-general");
    assert_eq!(n["payload"]["sender"]["username"], "tina");
    assert!(n["payload"].get("audioNotificationValue").is_none());

    // Alice's own sound for "Design reviews" travels with the event.
    assert_eq!(
        sandbox.post_message("alice", "dora", "design-reviews", "look", true),
        Some(true)
    );
    let event = next_event(&mut realtime).await;
    assert_eq!(event.args[0]["payload"]["audioNotificationValue"], "ding");

    // Desktop notifications for mentions only: a plain message sends nothing, a mention does.
    sandbox.set_user_preference("alice", "desktopNotifications", json!("mentions"));
    assert_eq!(
        sandbox.post_message("alice", "tina", "general", "no ping", false),
        Some(false)
    );
    assert_eq!(
        sandbox.post_message("alice", "tina", "general", "@alice ping", true),
        Some(true)
    );
    let event = next_event(&mut realtime).await;
    assert_eq!(event.args[0]["text"], "tina: @alice ping");
    // Not a member: nothing to deliver.
    assert_eq!(
        sandbox.post_message("alice", "dora", "dora-notes", "x", true),
        None
    );
}

/// The next user event within 5 s (fails the test otherwise).
async fn next_event(realtime: &mut Realtime) -> tether_core::rocketchat::realtime::UserEvent {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        if let Some(event) = realtime
            .next_event(Some(Duration::from_millis(500)))
            .await
            .unwrap()
        {
            return event;
        }
        assert!(tokio::time::Instant::now() < deadline, "an event arrived");
    }
}

/// What the worker traces, kept for a test to read.
#[derive(Clone, Default)]
struct Traced(Arc<std::sync::Mutex<Vec<u8>>>);

impl Traced {
    fn count(&self, text: &str) -> usize {
        String::from_utf8_lossy(&self.0.lock().unwrap())
            .matches(text)
            .count()
    }
}

impl std::io::Write for Traced {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Traced {
    type Writer = Traced;

    fn make_writer(&'a self) -> Traced {
        self.clone()
    }
}

/// Issue 25: an idle Tether causes no wake-ups of its own. With a workspace connected and
/// nothing happening, neither the realtime supervisor nor the connection's loop wakes up (they
/// used to look every 2 s whether a workspace had come online or gone offline); a workspace
/// signing in is still connected at once, because the session slice announces it.
#[tokio::test]
async fn an_idle_worker_sleeps_until_something_happens() {
    let traced = Traced::default();
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(
            "tether_core::worker=trace",
        ))
        .with_writer(traced.clone())
        .with_ansi(false)
        .finish();
    // The test's runtime has one thread: the worker's tasks log to this subscriber.
    let _guard = tracing::subscriber::set_default(subscriber);
    let h = Harness::new();
    let (acme, beta) = (
        h.sandbox_with(generous()).await,
        h.sandbox_with(generous()).await,
    );
    let app = Arc::new(h.app().await);
    let first = app.workspaces().add(&acme.url()).await.unwrap().id;
    crate::common::sign_in_as(&app, &first, &seed::ALICE).await;
    let worker = app.clone();
    tokio::spawn(async move { worker.worker().run().await });
    let subscribed = |sandbox: &tether_sandbox::Sandbox| sandbox.realtime_subscriptions() == 3;
    wait_until("the first workspace's realtime subscriptions", || {
        subscribed(&acme)
    })
    .await;
    // The connection's start (subscriptions, custom sounds) settles, then nothing happens.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let woke = |t: &Traced| t.count("supervisor woke") + t.count("connection woke");
    let before = woke(&traced);
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(woke(&traced) - before, 0, "woke while idle");
    // A second workspace signing in is connected without waiting for a poll.
    let second = app.workspaces().add(&beta.url()).await.unwrap().id;
    crate::common::sign_in_as(&app, &second, &seed::ALICE).await;
    wait_until("the second workspace's realtime subscriptions", || {
        subscribed(&beta)
    })
    .await;
    assert!(
        traced.count("supervisor woke") > before,
        "woken by the sign-in"
    );
}

/// Waits up to 10 s for `done`.
async fn wait_until(what: &str, done: impl Fn() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(tokio::time::Instant::now() < deadline, "waited for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
