//! Core against the sandbox workspace, in process, on a random loopback port.

use std::sync::Arc;
use std::time::Duration;

use crate::common::{Harness, pw, sign_in_as};
use tether_core::ports::{
    CoreEvent, RecordingEventSink, SecretError, SecretKey, SecretStore, SystemClock,
};
use tether_core::workspace::{Connection, DataSource};
use tether_core::{ErrorCode, Sensitive, Tether};
use tether_sandbox::{RateLimit, Sandbox, SandboxConfig, seed};

#[tokio::test]
async fn signs_in_and_reads_the_profile_from_server_then_cache() {
    let h = Harness::new();
    let sandbox = h.sandbox().await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    assert_eq!(ws.name, "Tether Sandbox", "the name comes from Site_Name");
    assert_eq!(ws.connection, Connection::NotSignedIn);

    let ws = sign_in_as(&app, &ws.id, &seed::ALICE).await;
    assert_eq!(ws.connection, Connection::Online);
    assert_eq!(ws.account.as_ref().unwrap().username, "alice");

    let fresh = app.profile().refresh(&ws.id).await.unwrap();
    assert_eq!(fresh.source, DataSource::Server);
    assert_eq!(fresh.profile.name.as_deref(), Some(seed::ALICE.name));
    let cached = app
        .profile()
        .cached(&ws.id)
        .await
        .unwrap()
        .expect("cached after reading");
    assert_eq!(cached.source, DataSource::Cache);
    assert_eq!(
        cached.profile, fresh.profile,
        "the cache holds what the server said"
    );

    let login = h
        .recorded()
        .into_iter()
        .find(|r| r["path"] == "/api/v1/login")
        .unwrap();
    assert_eq!(
        login["body"]["password"]["algorithm"], "sha-256",
        "the password travels as a digest"
    );
    assert!(login["body"]["password"].get("digest").is_some());
}

#[tokio::test]
async fn wrong_password_is_reported_with_its_own_code() {
    let h = Harness::new();
    let sandbox = h.sandbox().await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    let err = app
        .session()
        .sign_in_password(&ws.id, "alice", pw("wrong"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidCredentials);
    let details = err.details().unwrap().to_json();
    assert_eq!(
        details["server_error"], "Unauthorized",
        "the server's own error is kept for the UI"
    );
}

#[tokio::test]
async fn restart_resumes_with_the_stored_token_and_no_password() {
    let h = Harness::new();
    let sandbox = h.sandbox().await;
    let ws_id = {
        let app = h.app().await;
        let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
        sign_in_as(&app, &ws.id, &seed::ALICE).await;
        ws.id
    };
    let app = h.app().await;
    app.workspaces().restore_sessions().await.unwrap();
    let snapshot = app.workspaces().snapshot().await.unwrap();
    assert_eq!(snapshot.workspaces[0].connection, Connection::Online);
    let logins: Vec<_> = h
        .recorded()
        .into_iter()
        .filter(|r| r["path"] == "/api/v1/login")
        .collect();
    assert_eq!(logins.len(), 2, "one password login, then one resume");
    assert_eq!(
        logins[1]["body"]["resume"], "[redacted]",
        "the second login is a resume"
    );
    let avatars = h
        .recorded()
        .iter()
        .filter(|r| {
            r["path"]
                .as_str()
                .is_some_and(|p| p.starts_with("/avatar/"))
        })
        .count();
    assert_eq!(avatars, 1, "a start does not fetch a cached avatar again");
    assert_eq!(
        app.profile().refresh(&ws_id).await.unwrap().source,
        DataSource::Server
    );
}

#[tokio::test]
async fn offline_start_shows_the_cached_profile() {
    let h = Harness::new();
    let sandbox = h.sandbox().await;
    let ws_id = {
        let app = h.app().await;
        let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
        sign_in_as(&app, &ws.id, &seed::ALICE).await;
        ws.id
    };
    sandbox.stop().await;
    let app = h.app().await;
    app.workspaces().restore_sessions().await.unwrap();
    let snapshot = app.workspaces().snapshot().await.unwrap();
    assert!(
        matches!(
            snapshot.workspaces[0].connection,
            Connection::Offline { .. }
        ),
        "an unreachable server means offline, not signed out: {:?}",
        snapshot.workspaces[0].connection
    );
    let cached = app.profile().cached(&ws_id).await.unwrap().unwrap();
    assert_eq!(cached.profile.username, "alice");
    let err = app.profile().refresh(&ws_id).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Unreachable);
}

/// Signing out while the realtime connection is up: the server closes that connection when the
/// token goes (as Meteor does), and its ending must not turn the user's "You signed out." into
/// "your session has ended"; a new sign-in afterwards stays signed in and reconnects.
#[tokio::test]
async fn signing_out_while_connected_keeps_the_users_reason() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(crate::common::generous()).await;
    let app = Arc::new(h.app().await);
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    sign_in_as(&app, &ws, &seed::ALICE).await;
    let worker = app.clone();
    tokio::spawn(async move { worker.worker().run().await });
    let until = async |what: &str, done: &dyn Fn() -> bool| {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while !done() {
            assert!(tokio::time::Instant::now() < deadline, "timed out: {what}");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    until("connected", &|| sandbox.realtime_subscriptions() >= 3).await;

    let signed_out = app.session().sign_out(&ws).await.unwrap();
    let reason = |c: &Connection| match c {
        Connection::SignedOut { reason } => reason.clone(),
        other => panic!("not signed out: {other:?}"),
    };
    assert_eq!(reason(&signed_out.connection), "You signed out.");
    until("the server closed the connection", &|| {
        sandbox.realtime_subscriptions() == 0
    })
    .await;
    // The worker sees the connection end within moments; nothing may change for a while.
    for _ in 0..25 {
        let now = app.workspaces().snapshot().await.unwrap().workspaces[0]
            .connection
            .clone();
        assert_eq!(reason(&now), "You signed out.");
        tokio::time::sleep(Duration::from_millis(40)).await;
    }

    sign_in_as(&app, &ws, &seed::ALICE).await;
    until("connected again", &|| sandbox.realtime_subscriptions() >= 3).await;
    assert_eq!(
        app.workspaces().snapshot().await.unwrap().workspaces[0].connection,
        Connection::Online
    );
}

#[tokio::test]
async fn sign_out_ends_the_server_session_and_forgets_the_token() {
    let h = Harness::new();
    let sandbox = h.sandbox().await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    let ws = sign_in_as(&app, &ws.id, &seed::ALICE).await;
    let key = SecretKey {
        workspace_id: ws.id.clone(),
        user_id: seed::ALICE.id.into(),
    };
    assert!(
        h.secrets.get(&key).unwrap().is_some(),
        "the token is in the secret store"
    );
    let ws = app.session().sign_out(&ws.id).await.unwrap();
    assert!(matches!(ws.connection, Connection::SignedOut { .. }));
    assert!(
        h.secrets.get(&key).unwrap().is_none(),
        "sign-out removes the token"
    );
    assert!(
        h.recorded()
            .iter()
            .any(|r| r["path"] == "/api/v1/logout" && r["status"] == 200)
    );
    assert!(
        app.profile().cached(&ws.id).await.unwrap().is_some(),
        "cached data stays"
    );
}

#[tokio::test]
async fn no_token_or_server_secret_reaches_the_cache_file() {
    let h = Harness::new();
    let sandbox = h.sandbox().await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    sign_in_as(&app, &ws.id, &seed::ALICE).await;
    app.profile().refresh(&ws.id).await.unwrap();
    let key = SecretKey {
        workspace_id: ws.id.clone(),
        user_id: seed::ALICE.id.into(),
    };
    let token = h.secrets.get(&key).unwrap().unwrap();
    app.store().close().await;
    let dir = h.config.cache_path.parent().unwrap();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "jsonl") {
            continue; // the sandbox's own (redacted) request log
        }
        // SQLite removes its -wal/-shm files as the last connection closes, possibly while we
        // list the folder: a file that is gone holds nothing to leak.
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
            Err(err) => panic!("cannot read {}: {err}", path.display()),
        };
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(token.expose().as_str()),
            "token found in {}",
            path.display()
        );
        assert!(
            !text.contains("services"),
            "server services object found in {}",
            path.display()
        );
        assert!(
            !text.contains(seed::ALICE.password.unwrap()),
            "password found in {}",
            path.display()
        );
    }
}

/// A keyring that never answers; it counts how often it was asked.
#[derive(Default)]
struct BrokenKeyring {
    asked: std::sync::atomic::AtomicUsize,
}
impl BrokenKeyring {
    fn refuse(&self) -> SecretError {
        self.asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        SecretError::Unavailable("no Secret Service on the session bus".into())
    }
    fn asked(&self) -> usize {
        self.asked.load(std::sync::atomic::Ordering::SeqCst)
    }
}
impl SecretStore for BrokenKeyring {
    fn get(&self, _: &SecretKey) -> Result<Option<Sensitive<String>>, SecretError> {
        Err(self.refuse())
    }
    fn set(&self, _: &SecretKey, _: &Sensitive<String>) -> Result<(), SecretError> {
        Err(self.refuse())
    }
    fn delete(&self, _: &SecretKey) -> Result<(), SecretError> {
        Err(self.refuse())
    }
}

#[tokio::test]
async fn without_a_keyring_sign_in_works_for_the_session_and_says_so() {
    let h = Harness::new();
    let sandbox = h.sandbox().await;
    let keyring = Arc::new(BrokenKeyring::default());
    let events = Arc::new(RecordingEventSink::default());
    let app = Tether::open(
        &h.config,
        keyring.clone(),
        Arc::new(SystemClock),
        events.clone(),
    )
    .await
    .unwrap();
    // Opening never waits for the keyring (the shell opens core on its main thread, before
    // the window's first page): it is asked when the stored sessions are restored.
    assert_eq!(keyring.asked(), 0, "opening asked the keyring");
    app.workspaces().restore_sessions().await.unwrap();
    assert_eq!(keyring.asked(), 1, "the start-up probe asks once");
    assert!(
        events.events().contains(&CoreEvent::WorkspacesChanged),
        "the window learns the keyring's state"
    );
    let status = app.context().keyring_status();
    assert!(!status.available);
    assert!(
        status.message.unwrap().contains("sign in again"),
        "the user learns the consequence"
    );
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    sign_in_as(&app, &ws.id, &seed::ALICE).await;
    let profile = app.profile().refresh(&ws.id).await.unwrap();
    assert_eq!(
        profile.profile.username, "alice",
        "the session works without a keyring"
    );
}

#[tokio::test]
async fn too_many_logins_are_rate_limited_with_a_wait_time() {
    let h = Harness::new();
    let sandbox = Sandbox::start(SandboxConfig {
        rate_limit: RateLimit {
            calls: 3,
            window: Duration::from_secs(60),
        },
        ..Default::default()
    })
    .await
    .unwrap();
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    let mut last = None;
    for _ in 0..4 {
        last = Some(
            app.session()
                .sign_in_password(&ws.id, "alice", pw("wrong"))
                .await
                .unwrap_err(),
        );
    }
    let err = last.unwrap();
    assert_eq!(err.code(), ErrorCode::RateLimited);
    let wait = err.details().unwrap().to_json()["retry_after_seconds"]
        .as_u64()
        .unwrap();
    assert!(
        (1..=60).contains(&wait),
        "wait comes from X-RateLimit-Reset: {wait}"
    );
}

#[tokio::test]
async fn adding_a_workspace_explains_what_is_wrong() {
    let h = Harness::new();
    let app = h.app().await;
    // Nothing listens on this port.
    let free = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let err = app
        .workspaces()
        .add(&format!("http://{free}"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Unreachable);

    let old = Sandbox::start(SandboxConfig {
        version: "5.4".into(),
        ..Default::default()
    })
    .await
    .unwrap();
    let err = app.workspaces().add(&old.url()).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::UnsupportedVersion);
    assert!(
        err.to_string().contains("6.0"),
        "the minimum is stated: {err}"
    );

    // A server that answers, but not /api/info: the sandbox under a path it does not serve.
    let other = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let err = app
        .workspaces()
        .add(&format!("{}not-here/", other.url()))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotRocketChat, "{err}");
    assert!(
        err.to_string()
            .contains("does not answer as a Chatwoot installation either"),
        "{err}"
    );

    // A Chatwoot installation is added as one (`chatwoot_workspace.rs` signs in to it).
    let chatwoot = tether_sandbox::chatwoot::ChatwootSandbox::start(Default::default())
        .await
        .unwrap();
    let added = app.workspaces().add(&chatwoot.url()).await.unwrap();
    assert_eq!(added.kind, tether_core::workspace::ServerKind::Chatwoot);
}
