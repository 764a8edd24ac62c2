//! Faults that are not the server's refusal (issue 20): a 500, a proxy's HTML page, no answer
//! in time, a dropped connection, a proxy's own 401, a rate limit, a truncated body. Sign-in,
//! a profile save, the preference sync and the realtime connection each meet every one of them:
//! the user gets a clear error, nothing typed or queued is lost, and the session token stays.

use std::sync::Arc;
use std::time::Duration;

use crate::common::{Harness, generous, password, sign_in_as};
use tether_core::ports::{SecretKey, SecretStore};
use tether_core::preferences::PreferenceSync;
use tether_core::store::OutboxSlice;
use tether_core::workspace::{Connection, ProfileChanges, ProfileSaveStep};
use tether_core::{ErrorCode, Tether};
use tether_sandbox::seed;
use tether_sandbox::{DDP_LOGIN, Fault, Sandbox};

/// Well below the sandbox's injected delay (2 s): a server that does not answer in time.
const TIMEOUT: Duration = Duration::from_millis(600);

async fn app_for(h: &Harness) -> Tether {
    h.app().await.with_request_timeout(TIMEOUT).unwrap()
}

/// What a fault may be called: never a wrong password, never a session end; and it says so.
fn assert_clear_transient(fault: Fault, err: &tether_core::Error) {
    assert!(
        matches!(
            err.code(),
            ErrorCode::Unreachable
                | ErrorCode::Server
                | ErrorCode::RateLimited
                | ErrorCode::Protocol
        ),
        "{fault:?}: {:?} {err}",
        err.code()
    );
    assert!(
        err.is_transient(),
        "{fault:?}: retried later, not refused: {err}"
    );
}

/// After an injected 429 the client waits out the window the server named (1 s).
async fn settle(fault: Fault) {
    let wait = match fault {
        Fault::RateLimited => Duration::from_millis(1100),
        // The delayed request still reaches the route after its pause.
        Fault::Delay(pause) => pause + Duration::from_millis(100),
        _ => Duration::ZERO,
    };
    tokio::time::sleep(wait).await;
}

fn token(h: &Harness, ws: &str) -> Option<String> {
    h.secrets
        .get(&SecretKey {
            workspace_id: ws.to_owned(),
            user_id: seed::ALICE.id.into(),
        })
        .unwrap()
        .map(|t| t.expose().clone())
}

/// The session survived: the same token in the keyring, and the workspace not signed out.
async fn assert_session_kept(h: &Harness, app: &Tether, ws: &str, before: &str, what: &str) {
    assert_eq!(token(h, ws).as_deref(), Some(before), "{what}: token kept");
    assert!(
        !matches!(connection(app, ws).await, Connection::SignedOut { .. }),
        "{what}: still signed in"
    );
}

async fn connection(app: &Tether, ws: &str) -> Connection {
    let snapshot = app.workspaces().snapshot().await.unwrap();
    let found = snapshot
        .workspaces
        .into_iter()
        .find(|w| w.id == ws)
        .unwrap();
    found.connection
}

async fn signed_in(h: &Harness, sandbox: &Sandbox) -> (Tether, String) {
    let app = app_for(h).await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    sign_in_as(&app, &ws, &seed::ALICE).await;
    (app, ws)
}

#[tokio::test]
async fn sign_in_through_each_fault_is_a_clear_error_and_works_once_it_passes() {
    for fault in Fault::ALL {
        let h = Harness::new();
        let sandbox = h.sandbox_with(generous()).await;
        let app = app_for(&h).await;
        let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
        sandbox.inject_fault("/api/v1/login", fault, 1);
        let err = app
            .session()
            .sign_in_password(&ws, "alice", password(&seed::ALICE))
            .await
            .unwrap_err();
        assert_clear_transient(fault, &err);
        assert!(
            !err.to_string().contains("password") && !err.to_string().contains("session"),
            "{fault:?}: a fault is not the user's password or session: {err}"
        );
        settle(fault).await;
        // The same typed credentials work once the fault has passed.
        sign_in_as(&app, &ws, &seed::ALICE).await;
        assert!(token(&h, &ws).is_some(), "{fault:?}");
    }
}

#[tokio::test]
async fn a_profile_save_through_each_fault_keeps_the_token_and_can_be_repeated() {
    for fault in Fault::ALL {
        let h = Harness::new();
        let sandbox = h.sandbox_with(generous()).await;
        let (app, ws) = signed_in(&h, &sandbox).await;
        let before = token(&h, &ws).unwrap();
        sandbox.inject_fault("/api/v1/users.updateOwnBasicInfo", fault, 1);
        let changes = ProfileChanges {
            nickname: Some("Al".into()),
            ..Default::default()
        };
        let err = app
            .profile()
            .save(&ws, changes.clone(), None)
            .await
            .unwrap_err();
        assert_clear_transient(fault, &err);
        assert_session_kept(&h, &app, &ws, &before, &format!("{fault:?}")).await;
        settle(fault).await;
        // Saved now, or (when the fault made the workspace look unreachable) kept on this
        // computer and sent as soon as it is reached again: either way, nothing is lost.
        match app.profile().save(&ws, changes, None).await.unwrap() {
            ProfileSaveStep::Saved { .. } => {}
            ProfileSaveStep::Queued { .. } => {
                app.workspaces().reconnect(&ws).await.unwrap();
            }
            other => panic!("{fault:?}: {other:?}"),
        }
        let view = app.profile().refresh(&ws).await.unwrap();
        assert_eq!(view.profile.nickname.as_deref(), Some("Al"), "{fault:?}");
        assert!(view.pending.is_empty(), "{fault:?}: {:?}", view.pending);
    }
}

#[tokio::test]
async fn a_preference_sync_through_each_fault_keeps_the_edit_waiting() {
    for fault in Fault::ALL {
        let h = Harness::new();
        let sandbox = h.sandbox_with(generous()).await;
        let (app, ws) = signed_in(&h, &sandbox).await;
        let before = token(&h, &ws).unwrap();
        app.preferences().refresh(&ws).await.unwrap();
        app.preferences()
            .set(&ws, "useEmojis", serde_json::json!(false))
            .await
            .unwrap();
        app.preferences()
            .set(&ws, "hideRoles", serde_json::json!(true))
            .await
            .unwrap();
        sandbox.inject_fault("/api/v1/users.setPreferences", fault, 1);
        let err = app.preferences().sync(&ws).await.unwrap_err();
        assert_clear_transient(fault, &err);
        let view = app.preferences().cached(&ws).await.unwrap();
        assert_eq!(
            (view.pending, view.refused, view.conflicts),
            (2, 0, 0),
            "{fault:?}: both edits wait, neither refused nor a conflict"
        );
        assert_session_kept(&h, &app, &ws, &before, &format!("{fault:?}")).await;
        settle(fault).await;
        app.preferences().sync(&ws).await.unwrap();
        let view = app.preferences().cached(&ws).await.unwrap();
        assert_eq!(
            (view.pending, view.refused, view.conflicts),
            (0, 0, 0),
            "{fault:?}: sent once the fault passed"
        );
        let stored = sandbox.user_preferences("alice");
        assert_eq!(stored["useEmojis"], false, "{fault:?}");
        assert_eq!(stored["hideRoles"], true, "{fault:?}");
    }
}

#[tokio::test]
async fn one_refused_preference_does_not_refuse_the_rest_of_its_batch() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let (app, ws) = signed_in(&h, &sandbox).await;
    app.preferences().refresh(&ws).await.unwrap();
    app.preferences()
        .set(&ws, "useEmojis", serde_json::json!(false))
        .await
        .unwrap();
    app.preferences()
        .set(&ws, "hideRoles", serde_json::json!(true))
        .await
        .unwrap();
    // An edit the server will not store, queued before Tether checked such values (an older
    // Tether leaves it): `null` passes the route's validator (nullable) but not
    // saveUserPreferences' `Match.Optional`, whose 400 names no key the client can act on.
    app.store()
        .edits(OutboxSlice::Preferences)
        .put(
            &ws,
            "convertAsciiEmoji",
            &serde_json::Value::Null,
            Some(&serde_json::json!(true)),
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    app.preferences().sync(&ws).await.unwrap();
    let view = app.preferences().cached(&ws).await.unwrap();
    let sent: Vec<_> = h
        .recorded()
        .into_iter()
        .filter(|r| r["path"] == "/api/v1/users.setPreferences")
        .map(|r| (r["status"].clone(), r["body"]["data"].clone()))
        .collect();
    assert_eq!(
        (view.pending, view.refused),
        (0, 1),
        "only the bad value is refused: {sent:?}"
    );
    let refused: Vec<_> = view
        .items
        .iter()
        .filter(|i| matches!(i.sync, PreferenceSync::Refused { .. }))
        .map(|i| i.key.clone())
        .collect();
    assert_eq!(refused, ["convertAsciiEmoji"]);
    let stored = sandbox.user_preferences("alice");
    assert_eq!(stored["useEmojis"], false, "the rest of the batch was sent");
    assert_eq!(stored["hideRoles"], true, "the rest of the batch was sent");
}

#[tokio::test]
async fn the_realtime_connection_through_each_fault_keeps_the_session() {
    let cases: Vec<(&str, Fault)> = vec![
        ("/websocket", Fault::InternalError),
        ("/websocket", Fault::BadGatewayHtml),
        ("/websocket", Fault::ProxyUnauthorized),
        ("/websocket", Fault::Reset),
        ("/websocket", Fault::RateLimited),
        (DDP_LOGIN, Fault::InternalError),
        (DDP_LOGIN, Fault::RateLimited),
    ];
    let runs = cases.into_iter().map(|(route, fault)| async move {
        let h = Harness::new();
        let sandbox = h.sandbox_with(generous()).await;
        let (app, ws) = signed_in(&h, &sandbox).await;
        let before = token(&h, &ws).unwrap();
        sandbox.inject_fault(route, fault, 1);
        let app = Arc::new(app);
        let worker = app.clone();
        let background = tokio::spawn(async move { worker.worker().run().await });
        // The first connection meets the fault; the worker tries again after its pause.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        while sandbox.realtime_subscriptions() < 3 {
            assert!(
                tokio::time::Instant::now() < deadline,
                "{route} {fault:?}: the realtime connection never came back"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        background.abort();
        assert_session_kept(&h, &app, &ws, &before, &format!("{route} {fault:?}")).await;
    });
    futures_util::future::join_all(runs).await;
}

#[tokio::test]
async fn a_redirect_to_another_origin_never_carries_the_session_or_password() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let elsewhere_record = h._dir.path().join("elsewhere.jsonl");
    let elsewhere = Sandbox::start(tether_sandbox::SandboxConfig {
        record_to: Some(elsewhere_record.clone()),
        ..generous()
    })
    .await
    .unwrap();
    let (app, ws) = signed_in(&h, &sandbox).await;
    let before = token(&h, &ws).unwrap();
    sandbox.inject_fault("/api/v1/me", Fault::RedirectTo(elsewhere.addr().port()), 1);
    let err = app.profile().refresh(&ws).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Unreachable, "{err}");
    assert!(err.to_string().contains("not followed"), "{err}");
    assert_eq!(token(&h, &ws), Some(before), "the token is kept");

    // A sign-in is not followed there either: the password digest stays home.
    let device = Harness::new();
    let other = app_for(&device).await;
    let ws2 = other.workspaces().add(&sandbox.url()).await.unwrap().id;
    sandbox.inject_fault(
        "/api/v1/login",
        Fault::RedirectTo(elsewhere.addr().port()),
        1,
    );
    let err = other
        .session()
        .sign_in_password(&ws2, "alice", password(&seed::ALICE))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Unreachable, "{err}");
    let reached = std::fs::read_to_string(&elsewhere_record).unwrap_or_default();
    assert!(
        reached.trim().is_empty(),
        "nothing reached the other origin: {reached}"
    );
}

#[tokio::test]
async fn avatars_are_fetched_with_cookies_not_credentials_in_the_address() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let (app, ws) = signed_in(&h, &sandbox).await;
    app.profile()
        .avatar_upload(&ws, tether_sandbox::seed::SAMPLE_PNG.to_vec(), "me.png")
        .await
        .unwrap();
    let avatars: Vec<_> = h
        .recorded()
        .into_iter()
        .filter(|r| {
            r["path"]
                .as_str()
                .is_some_and(|p| p.starts_with("/avatar/"))
        })
        .collect();
    assert!(!avatars.is_empty(), "the new avatar was fetched");
    for request in avatars {
        assert!(
            request["query"].get("rc_token").is_none() && request["query"].get("rc_uid").is_none(),
            "no credentials in the address: {request}"
        );
        assert_eq!(request["headers"]["cookie"], "[redacted]", "{request}");
    }
}

#[tokio::test]
async fn offline_profile_edits_wait_through_a_failing_server_and_go_out_once_it_answers() {
    for fault in [
        Fault::InternalError,
        Fault::BadGatewayHtml,
        Fault::RateLimited,
    ] {
        let h = Harness::new();
        let mut sandbox = h.sandbox_with(generous()).await;
        let (app, ws) = signed_in(&h, &sandbox).await;
        sandbox.suspend().await;
        let _ = app.profile().refresh(&ws).await;
        let changes = ProfileChanges {
            bio: Some("Written offline".into()),
            ..Default::default()
        };
        let step = app.profile().save(&ws, changes, None).await.unwrap();
        assert!(matches!(step, ProfileSaveStep::Queued { .. }), "{fault:?}");
        sandbox.resume().await.unwrap();
        sandbox.inject_fault("/api/v1/users.updateOwnBasicInfo", fault, 1);
        app.workspaces().reconnect(&ws).await.unwrap();
        let view = app.profile().cached(&ws).await.unwrap().unwrap();
        assert_eq!(view.pending.len(), 1, "{fault:?}: still waiting");
        assert!(
            view.pending[0].refused.is_none() && view.pending[0].conflict.is_none(),
            "{fault:?}: neither refused nor a conflict: {:?}",
            view.pending
        );
        assert!(token(&h, &ws).is_some(), "{fault:?}: token kept");
        settle(fault).await;
        // The next try (the worker's, after its pause; here asked for directly) sends it.
        app.workspaces().reconnect(&ws).await.unwrap();
        let view = app.profile().cached(&ws).await.unwrap().unwrap();
        assert!(
            view.pending.is_empty(),
            "{fault:?}: sent: {:?}",
            view.pending
        );
        assert_eq!(
            view.profile.bio.as_deref(),
            Some("Written offline"),
            "{fault:?}"
        );
    }
}
