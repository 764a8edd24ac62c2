//! Preferences, offline-first, on the real app binary under Xvfb: with the server gone, change
//! three preferences; restart the app (still offline: they are shown, waiting); change one of
//! them on the server directly; bring the server back. Two land on their own, one shows a
//! conflict beside its field; keep mine, and the server has it. A bad value is refused on its
//! field and never sent. Then a change made on another device appears live (realtime).
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use std::time::{Duration, Instant};

use serde_json::json;
use tether_e2e::{Journey, Session};
use tether_sandbox::{Sandbox, SandboxConfig, seed};

/// Waits up to `secs` for an attribute to hold `expected` (reconnecting waits out a backoff).
async fn wait_attribute_long(s: &Session, css: &str, name: &str, expected: &str, secs: u64) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if s.attribute(css, name).await.as_deref() == Some(expected) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{css} [{name}] did not become {expected} within {secs} s (it is {:?})",
            s.attribute(css, name).await
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_edits_survive_a_restart_then_two_land_and_one_conflicts() {
    let journey = Journey::new();
    let (app, shots) = (&journey.app, &journey.shots);
    let mut sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let driver = journey.driver().await;

    let s = driver.launch(app).await;
    s.open_preferences(&sandbox.url(), &seed::ALICE).await;
    s.wait_text("[data-testid=group-user_presence]", "Idle time limit")
        .await;
    s.wait_for("[data-testid=pref-default-idleTimeLimit]").await;

    // A bad value stays in its field with the reason; nothing is queued.
    s.fill("[data-testid=pref-idleTimeLimit]", "30\u{E007}")
        .await;
    s.wait_text(
        "[data-testid=pref-error-idleTimeLimit]",
        "at least 60 seconds",
    )
    .await;
    s.screenshot(&shots.join("prefs-01-refused-value.png"))
        .await;

    // Offline: three changes, kept and shown as waiting.
    sandbox.suspend().await;
    s.fill("[data-testid=pref-idleTimeLimit]", "120\u{E007}")
        .await;
    s.wait_for("[data-testid=pref-pending-idleTimeLimit]").await;
    s.click("[data-testid=pref-useEmojis]").await;
    s.wait_for("[data-testid=pref-pending-useEmojis]").await;
    s.select("[data-testid=pref-desktopNotifications]", r#"\"mentions\""#)
        .await;
    s.wait_for("[data-testid=pref-pending-desktopNotifications]")
        .await;
    s.wait_attribute("[data-testid=preferences-state]", "data-pending", "3")
        .await;
    s.wait_for("[data-testid=preferences-offline]").await;
    s.screenshot(&shots.join("prefs-02-offline-edits.png"))
        .await;
    s.quit().await;

    // Restart, still offline: the page comes from the cache with the three edits waiting.
    let s = driver.launch(app).await;
    s.click("[data-testid=nav-preferences]").await;
    s.wait_attribute("[data-testid=preferences-state]", "data-pending", "3")
        .await;
    s.wait_for("[data-testid=preferences-offline]").await;
    assert_eq!(
        s.attribute("[data-testid=pref-idleTimeLimit]", "value")
            .await
            .as_deref(),
        Some("120")
    );

    // Meanwhile, on another device: the idle time changes on the server.
    sandbox.set_user_preference("alice", "idleTimeLimit", json!(900));
    sandbox.resume().await.unwrap();

    // Tether reconnects on its own: two edits land, one conflicts.
    wait_attribute_long(
        &s,
        "[data-testid=preferences-state]",
        "data-conflicts",
        "1",
        90,
    )
    .await;
    wait_attribute_long(
        &s,
        "[data-testid=preferences-state]",
        "data-pending",
        "0",
        10,
    )
    .await;
    s.wait_text(
        "[data-testid=pref-conflict-idleTimeLimit]",
        "Changed on another device to 900 seconds while you chose 120 seconds here",
    )
    .await;
    s.wait_gone("[data-testid=preferences-offline]").await;
    let stored = sandbox.user_preferences("alice");
    assert_eq!(stored["useEmojis"], json!(false));
    assert_eq!(stored["desktopNotifications"], json!("mentions"));
    assert_eq!(
        stored["idleTimeLimit"],
        json!(900),
        "a conflict is never sent"
    );
    s.screenshot(&shots.join("prefs-03-conflict.png")).await;

    // Keep mine: it is sent, and the page says everything is saved.
    s.click("[data-testid=pref-keep-idleTimeLimit]").await;
    wait_attribute_long(
        &s,
        "[data-testid=preferences-state]",
        "data-pending",
        "0",
        20,
    )
    .await;
    s.wait_text("[data-testid=preferences-state]", "All changes saved")
        .await;
    assert_eq!(
        sandbox.user_preferences("alice")["idleTimeLimit"],
        json!(120)
    );
    s.screenshot(&shots.join("prefs-04-resolved.png")).await;

    // Live: a change made on another device shows on the open page over the realtime
    // connection, with no action here.
    assert_eq!(
        s.attribute("[data-testid=pref-row-hideRoles]", "data-user-set")
            .await
            .as_deref(),
        Some("false")
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while sandbox.realtime_subscriptions() == 0 {
        assert!(Instant::now() < deadline, "Tether subscribed to userData");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    sandbox.set_user_preference("alice", "hideRoles", json!(true));
    s.wait_attribute("[data-testid=pref-row-hideRoles]", "data-user-set", "true")
        .await;
    s.wait_for("[data-testid=pref-reset-hideRoles]").await;

    // The user's theme and font size apply to Tether's own window, not only the OS theme.
    s.select("[data-testid=pref-themeAppearence]", r#"\"dark\""#)
        .await;
    s.select("[data-testid=pref-fontSize]", r#"\"20px\""#).await;
    let root = |what: &'static str| {
        let s = &s;
        async move {
            s.execute(
                &format!("return document.documentElement.dataset.{what}"),
                json!([]),
            )
            .await
        }
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while (root("theme").await, root("fontScale").await) != (json!("dark"), json!("1.25")) {
        assert!(
            Instant::now() < deadline,
            "the window took the dark theme at 125%: {:?} {:?}",
            root("theme").await,
            root("fontScale").await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    s.screenshot(&shots.join("prefs-05-dark-large.png")).await;
    s.quit().await;
}
