//! Account > Preferences against the sandbox (issue 5): defaults shown honestly, offline edits
//! kept in the outbox and sent in one coalesced `users.setPreferences`, the three-way merge,
//! conflicts, validation, the rate limit, and data export.

use std::time::Duration;

use crate::common::{Harness, generous, sign_in_as, signed_in_app};
use serde_json::json;
use tether_core::ErrorCode;
use tether_core::preferences::{PreferenceGroup, PreferenceSync, PreferencesView};
use tether_core::store::OutboxSlice;
use tether_sandbox::seed;
use tether_sandbox::{RateLimit, SandboxConfig};

pub(crate) fn item<'a>(
    view: &'a PreferencesView,
    key: &str,
) -> &'a tether_core::preferences::PreferenceItem {
    view.items
        .iter()
        .find(|i| i.key == key)
        .unwrap_or_else(|| panic!("{key} is on the page"))
}

pub(crate) fn set_calls(h: &Harness) -> Vec<serde_json::Value> {
    h.recorded()
        .into_iter()
        .filter(|r| r["path"] == "/api/v1/users.setPreferences")
        .collect()
}

#[tokio::test]
async fn shows_every_preference_with_the_workspace_defaults_and_what_the_user_set() {
    let h = Harness::new();
    let config = SandboxConfig {
        settings: vec![(
            "Accounts_Default_User_Preferences_idleTimeLimit".into(),
            json!(600),
        )],
        ..generous()
    };
    let (app, ws, sandbox) = signed_in_app(&h, config, &seed::ALICE).await;
    sandbox.set_user_preference("alice", "useEmojis", json!(false));
    let view = app.preferences().refresh(&ws).await.unwrap();
    let idle = item(&view, "idleTimeLimit");
    assert_eq!(
        idle.default,
        Some(json!(600)),
        "the workspace's own default"
    );
    assert_eq!(idle.value, Some(json!(600)));
    assert!(!idle.user_set);
    let emojis = item(&view, "useEmojis");
    assert_eq!(emojis.value, Some(json!(false)));
    assert_eq!(emojis.default, Some(json!(true)));
    assert!(emojis.user_set);
    // 8.8 accepts every key of the catalog; alice has no omnichannel role.
    assert!(!view.items.iter().any(|i| i.key == "statusVisibilityDenied"));
    assert!(view.items.iter().any(|i| i.key == "masterVolume"));
    assert!(
        !view
            .items
            .iter()
            .any(|i| i.group == PreferenceGroup::Omnichannel)
    );
    for group in [
        PreferenceGroup::Localization,
        PreferenceGroup::UserPresence,
        PreferenceGroup::Notifications,
        PreferenceGroup::Messages,
        PreferenceGroup::Highlights,
        PreferenceGroup::Sound,
    ] {
        assert!(view.items.iter().any(|i| i.group == group), "{group:?}");
    }

    // Reset to the default stores the default's value.
    app.preferences().reset(&ws, "useEmojis").await.unwrap();
    app.preferences().sync(&ws).await.unwrap();
    assert_eq!(sandbox.user_preferences("alice")["useEmojis"], json!(true));
    let err = app
        .preferences()
        .reset(&ws, "highlights")
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(err.to_string().contains("no workspace default"), "{err}");
}

#[tokio::test]
async fn omnichannel_preferences_only_for_omnichannel_roles_and_newer_keys_only_for_newer_servers()
{
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::OLGA).await;
    let view = app.preferences().refresh(&ws).await.unwrap();
    assert!(
        view.items
            .iter()
            .any(|i| i.key == "omnichannelTranscriptEmail")
    );

    let old = SandboxConfig {
        version: "7.6".into(),
        ..generous()
    };
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, old, &seed::ALICE).await;
    let view = app.preferences().refresh(&ws).await.unwrap();
    assert!(!view.items.iter().any(|i| i.key == "masterVolume"), "7.10+");
    let err = app
        .preferences()
        .set(&ws, "masterVolume", json!(50))
        .await
        .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("masterVolume"));
    assert!(err.to_string().contains("7.10"), "{err}");
}

#[tokio::test]
async fn the_page_an_edit_returns_is_the_page_the_store_holds() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    app.preferences().refresh(&ws).await.unwrap();
    // A new edit, the same key edited again, and a value equal to the server's: the page is
    // built from the edit's own row, never read back, and must match a fresh read each time.
    for (key, value) in [
        ("hideRoles", json!(true)),
        ("hideRoles", json!(false)),
        ("idleTimeLimit", json!(600)),
        ("useEmojis", json!(true)),
    ] {
        let returned = app.preferences().set(&ws, key, value).await.unwrap();
        let stored = app.preferences().cached(&ws).await.unwrap();
        assert_eq!(returned, stored, "after setting {key}");
    }
}

#[tokio::test]
async fn bad_values_never_reach_the_outbox() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    for (key, value, says) in [
        ("idleTimeLimit", json!(59), "at least 60"),
        ("notificationsSoundVolume", json!(101), "between 0 and 100"),
        ("masterVolume", json!(-5), "between 0 and 100"),
        ("desktopNotifications", json!("sometimes"), "must be one of"),
        ("sendOnEnter", json!("shout"), "must be one of"),
        ("newMessageNotification", json!("kazoo"), "not a sound"),
        ("noSuchPreference", json!(true), "not a preference"),
    ] {
        let err = app.preferences().set(&ws, key, value).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{key}");
        assert!(err.to_string().contains(says), "{key}: {err}");
    }
    assert!(
        app.store()
            .edits(OutboxSlice::Preferences)
            .list(&ws)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(set_calls(&h).is_empty(), "nothing was sent");
}

#[tokio::test]
async fn the_background_worker_coalesces_bursts_and_never_exceeds_the_rate_limit() {
    let h = Harness::new();
    // Two calls per route per 3 seconds: a burst of edits must wait, never be refused.
    let config = SandboxConfig {
        rate_limit: RateLimit {
            calls: 2,
            window: Duration::from_secs(3),
        },
        ..SandboxConfig::default()
    };
    let sandbox = h.sandbox_with(config).await;
    let app = std::sync::Arc::new(h.app().await);
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    sign_in_as(&app, &ws, &seed::ALICE).await;
    let worker = {
        let app = app.clone();
        tokio::spawn(async move { app.worker().run().await })
    };
    for n in 0..12 {
        app.preferences()
            .set(&ws, "idleTimeLimit", json!(100 + n))
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    app.preferences()
        .set(&ws, "useEmojis", json!(false))
        .await
        .unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while !app
        .store()
        .edits(OutboxSlice::Preferences)
        .list(&ws)
        .await
        .unwrap()
        .is_empty()
    {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the outbox drains: {:?}\n{:?}\n{:?}",
            app.store()
                .edits(OutboxSlice::Preferences)
                .list(&ws)
                .await
                .unwrap(),
            app.workspaces().snapshot().await.unwrap().workspaces[0].connection,
            h.recorded()
                .iter()
                .map(|r| format!("{} {} {}", r["path"], r["status"], r["body"]))
                .collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    worker.abort();
    let stored = sandbox.user_preferences("alice");
    assert_eq!(stored["idleTimeLimit"], json!(111), "the last edit won");
    assert_eq!(stored["useEmojis"], json!(false));
    let recorded = h.recorded();
    let refused: Vec<_> = recorded.iter().filter(|r| r["status"] == 429).collect();
    assert!(refused.is_empty(), "never ran into the limit: {refused:?}");
    let sets = set_calls(&h).len();
    assert!(
        (1..=6).contains(&sets),
        "13 edits coalesced into {sets} requests"
    );
}

#[tokio::test]
async fn a_refused_value_is_kept_with_the_reason_until_the_user_drops_it() {
    let h = Harness::new();
    // A value the server refuses (put in the outbox directly: Tether's own check stops it).
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    app.preferences().refresh(&ws).await.unwrap();
    app.store()
        .edits(OutboxSlice::Preferences)
        .put(
            &ws,
            "idleTimeLimit",
            &json!(30),
            Some(&json!(300)),
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    app.preferences().sync(&ws).await.unwrap();
    let view = app.preferences().cached(&ws).await.unwrap();
    let PreferenceSync::Refused { message } = &item(&view, "idleTimeLimit").sync else {
        panic!("refused: {:?}", item(&view, "idleTimeLimit"));
    };
    assert!(message.contains("idle"), "{message}");
    app.preferences().sync(&ws).await.unwrap();
    assert_eq!(set_calls(&h).len(), 1, "a refused edit is not sent again");
    let view = app
        .preferences()
        .resolve(&ws, "idleTimeLimit", false)
        .await
        .unwrap();
    assert_eq!(view.pending, 0);
}

#[tokio::test]
async fn data_download_starts_an_export_and_shows_the_24_hour_throttle() {
    let h = Harness::new();
    let (app, ws, mut sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    let first = app.preferences().data_download(&ws, false).await.unwrap();
    assert!(first.requested);
    assert!(!first.full_export);
    assert_eq!(first.status, "preparing");
    let again = app.preferences().data_download(&ws, false).await.unwrap();
    assert!(!again.requested, "one per 24 hours");
    assert_eq!(again.created_at, first.created_at);
    assert!(again.next_allowed_at.is_some());
    let full = app.preferences().data_download(&ws, true).await.unwrap();
    assert!(full.requested, "the full export has its own allowance");
    assert!(full.full_export);
    let queries: Vec<_> = h
        .recorded()
        .into_iter()
        .filter(|r| r["path"] == "/api/v1/users.requestDataDownload")
        .map(|r| r["query"].clone())
        .collect();
    assert_eq!(queries.len(), 3);

    sandbox.suspend().await;
    app.preferences().refresh(&ws).await.unwrap_err();
    let err = app
        .preferences()
        .data_download(&ws, true)
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NeedsServer);
}

#[tokio::test]
async fn an_edit_back_to_the_old_value_after_a_send_landed_unconfirmed_is_still_sent() {
    // Found by the crash test: Tether sent "mentions", the server took it, and Tether died
    // before recording that. The user then chose "all" again, which matches the stale cached
    // server value; it must still be sent, not dropped as "no change".
    let h = Harness::new();
    let (app, ws, sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    app.preferences().refresh(&ws).await.unwrap();
    app.preferences()
        .set(&ws, "desktopNotifications", json!("mentions"))
        .await
        .unwrap();
    let sending = [("desktopNotifications".to_owned(), json!("mentions"))].into();
    app.store()
        .edits(OutboxSlice::Preferences)
        .mark_sent(&ws, &sending)
        .await
        .unwrap();
    sandbox.set_user_preference("alice", "desktopNotifications", json!("mentions"));
    // (Tether died here: the cache still says the server has the default, "all".)
    let view = app
        .preferences()
        .set(&ws, "desktopNotifications", json!("all"))
        .await
        .unwrap();
    assert_eq!(
        item(&view, "desktopNotifications").sync,
        PreferenceSync::Pending
    );
    app.preferences().sync(&ws).await.unwrap();
    let view = app.preferences().cached(&ws).await.unwrap();
    assert_eq!(view.pending, 0);
    assert_eq!(
        sandbox.user_preferences("alice")["desktopNotifications"],
        json!("all")
    );
}

#[tokio::test]
async fn a_change_on_another_device_arrives_over_realtime_without_a_rest_call() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let app = std::sync::Arc::new(h.app().await);
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    sign_in_as(&app, &ws, &seed::ALICE).await;
    app.preferences().refresh(&ws).await.unwrap();
    let worker = {
        let app = app.clone();
        tokio::spawn(async move { app.worker().run().await })
    };
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while sandbox.realtime_subscriptions() == 0 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "subscribed to userData"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let reads = |h: &Harness| {
        h.recorded()
            .iter()
            .filter(|r| r["path"] == "/api/v1/users.getPreferences")
            .count()
    };
    let before = reads(&h);
    sandbox.set_user_preference("alice", "hideRoles", json!(true));
    loop {
        let view = app.preferences().cached(&ws).await.unwrap();
        if item(&view, "hideRoles").value == Some(json!(true)) {
            assert!(item(&view, "hideRoles").user_set);
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "the change arrived");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(reads(&h), before, "no REST read was needed");

    // With an edit of the same key waiting (the worker holds it 300 ms to coalesce), the other
    // device's change arrives first: the merge sees both and keeps them for the user.
    app.preferences()
        .set(&ws, "idleTimeLimit", json!(120))
        .await
        .unwrap();
    sandbox.set_user_preference("alice", "idleTimeLimit", json!(900));
    loop {
        let view = app.preferences().cached(&ws).await.unwrap();
        if view.conflicts == 1 {
            assert_eq!(
                item(&view, "idleTimeLimit").sync,
                PreferenceSync::Conflict {
                    theirs: Some(json!(900))
                }
            );
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the conflict was found"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        sandbox.user_preferences("alice")["idleTimeLimit"],
        json!(900)
    );
    worker.abort();
}

#[tokio::test]
async fn an_empty_language_means_the_workspace_s_own_language_read_from_its_settings() {
    // Reference §4.2: `language` `''` is "server default", the public `Language` setting.
    let h = Harness::new();
    let config = SandboxConfig {
        settings: vec![("Language".into(), json!("de"))],
        ..generous()
    };
    let (app, ws, _sandbox) = signed_in_app(&h, config, &seed::ALICE).await;
    let view = app.preferences().refresh(&ws).await.unwrap();
    assert_eq!(item(&view, "language").value, Some(json!("")));
    assert_eq!(view.server_language.as_deref(), Some("de"));
    // Kept with the cache: the window picks the language offline too.
    let cached = app.preferences().cached(&ws).await.unwrap();
    assert_eq!(cached.server_language.as_deref(), Some("de"));
}
