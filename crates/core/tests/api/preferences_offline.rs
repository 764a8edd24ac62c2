//! Offline preference edits against the sandbox: kept and sent in one request on reconnect,
//! the three-way merge (theirs taken, mine sent, conflicts kept for the user), and an edit made
//! while an older value was in flight.

use super::preferences::*;
use crate::common::{Harness, generous, signed_in_app};
use serde_json::json;
use tether_core::ErrorCode;
use tether_core::preferences::PreferenceSync;
use tether_core::store::OutboxSlice;
use tether_sandbox::seed;

#[tokio::test]
async fn offline_edits_are_kept_and_sent_in_one_request_on_reconnect() {
    let h = Harness::new();
    let (app, ws, mut sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    app.preferences().refresh(&ws).await.unwrap();
    sandbox.suspend().await;
    assert_eq!(
        app.preferences().refresh(&ws).await.unwrap_err().code(),
        ErrorCode::Unreachable
    );
    app.preferences()
        .set(&ws, "idleTimeLimit", json!(120))
        .await
        .unwrap();
    app.preferences()
        .set(&ws, "idleTimeLimit", json!(180))
        .await
        .unwrap();
    app.preferences()
        .set(&ws, "highlights", json!(["tether", " sync ", "tether"]))
        .await
        .unwrap();
    let view = app
        .preferences()
        .set(&ws, "desktopNotifications", json!("mentions"))
        .await
        .unwrap();
    assert_eq!(view.pending, 3, "edits of one key coalesce");
    assert_eq!(item(&view, "idleTimeLimit").value, Some(json!(180)));
    assert_eq!(item(&view, "idleTimeLimit").sync, PreferenceSync::Pending);
    assert_eq!(
        item(&view, "highlights").value,
        Some(json!(["tether", "sync"]))
    );
    drop(app);

    // Kept through a restart, shown from the cache while still offline.
    let app = h.app().await;
    app.workspaces().restore_sessions().await.unwrap();
    let view = app.preferences().cached(&ws).await.unwrap();
    assert_eq!(view.pending, 3);
    assert_eq!(
        item(&view, "desktopNotifications").value,
        Some(json!("mentions"))
    );

    sandbox.resume().await.unwrap();
    app.workspaces().reconnect(&ws).await.unwrap();
    let sent = set_calls(&h);
    assert_eq!(sent.len(), 1, "one request for every pending key");
    assert_eq!(
        sent[0]["body"]["data"],
        json!({"idleTimeLimit": 180, "highlights": ["tether", "sync"], "desktopNotifications": "mentions"})
    );
    let view = app.preferences().cached(&ws).await.unwrap();
    assert_eq!(view.pending, 0);
    assert_eq!(item(&view, "idleTimeLimit").sync, PreferenceSync::Synced);
    let stored = sandbox.user_preferences("alice");
    assert_eq!(stored["idleTimeLimit"], json!(180));
    // Syncing again sends nothing.
    app.preferences().sync(&ws).await.unwrap();
    assert_eq!(set_calls(&h).len(), 1);
}

#[tokio::test]
async fn three_way_merge_takes_theirs_sends_mine_and_keeps_conflicts_for_the_user() {
    let h = Harness::new();
    let (app, ws, mut sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    app.preferences().refresh(&ws).await.unwrap();
    sandbox.suspend().await;
    app.preferences().refresh(&ws).await.unwrap_err();
    app.preferences()
        .set(&ws, "useEmojis", json!(false))
        .await
        .unwrap(); // only here
    app.preferences()
        .set(&ws, "idleTimeLimit", json!(120))
        .await
        .unwrap(); // both, differently
    app.preferences()
        .set(&ws, "sendOnEnter", json!("desktop"))
        .await
        .unwrap(); // both, the same
    // Meanwhile, on another device:
    sandbox.set_user_preference("alice", "idleTimeLimit", json!(900));
    sandbox.set_user_preference("alice", "sendOnEnter", json!("desktop"));
    sandbox.set_user_preference("alice", "hideRoles", json!(true)); // only there
    sandbox.resume().await.unwrap();
    app.workspaces().reconnect(&ws).await.unwrap();

    let view = app.preferences().cached(&ws).await.unwrap();
    let stored = sandbox.user_preferences("alice");
    assert_eq!(stored["useEmojis"], json!(false), "changed only here: sent");
    assert_eq!(
        stored["idleTimeLimit"],
        json!(900),
        "a conflict is never sent"
    );
    assert_eq!(
        item(&view, "hideRoles").value,
        Some(json!(true)),
        "changed only there: taken"
    );
    assert_eq!(item(&view, "sendOnEnter").sync, PreferenceSync::Synced);
    assert_eq!(
        item(&view, "idleTimeLimit").sync,
        PreferenceSync::Conflict {
            theirs: Some(json!(900))
        }
    );
    assert_eq!(
        item(&view, "idleTimeLimit").value,
        Some(json!(120)),
        "mine is shown"
    );
    assert_eq!(view.conflicts, 1);
    assert_eq!(
        set_calls(&h)[0]["body"]["data"],
        json!({"useEmojis": false})
    );

    // Keep mine: sent.
    app.preferences()
        .resolve(&ws, "idleTimeLimit", true)
        .await
        .unwrap();
    app.preferences().sync(&ws).await.unwrap();
    assert_eq!(
        sandbox.user_preferences("alice")["idleTimeLimit"],
        json!(120)
    );

    // Another conflict; take theirs: dropped, the server's value shown.
    app.preferences()
        .set(&ws, "hideRoles", json!(false))
        .await
        .unwrap();
    sandbox.set_user_preference("alice", "hideRoles", json!(true));
    sandbox.set_user_preference("alice", "displayAvatars", json!(false));
    app.preferences()
        .set(&ws, "displayAvatars", json!(false))
        .await
        .unwrap();
    sandbox.set_user_preference("alice", "hideRoles", json!("x"));
    app.preferences().sync(&ws).await.unwrap();
    let view = app.preferences().cached(&ws).await.unwrap();
    assert!(matches!(
        item(&view, "hideRoles").sync,
        PreferenceSync::Conflict { .. }
    ));
    let view = app
        .preferences()
        .resolve(&ws, "hideRoles", false)
        .await
        .unwrap();
    assert_eq!(item(&view, "hideRoles").sync, PreferenceSync::Synced);
    assert_eq!(view.pending, 0);
    assert_eq!(
        app.preferences()
            .resolve(&ws, "hideRoles", true)
            .await
            .unwrap_err()
            .code(),
        ErrorCode::InvalidInput
    );
}

#[tokio::test]
async fn an_edit_made_while_its_older_value_is_in_flight_is_not_lost() {
    let h = Harness::new();
    let (app, ws, sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    app.preferences().refresh(&ws).await.unwrap();
    app.preferences()
        .set(&ws, "idleTimeLimit", json!(120))
        .await
        .unwrap();
    // Sync and a newer edit race; whichever order they land in, the newer value wins.
    let preferences = app.preferences();
    let (synced, edited) = tokio::join!(
        preferences.sync(&ws),
        preferences.set(&ws, "idleTimeLimit", json!(240)),
    );
    synced.unwrap();
    edited.unwrap();
    app.preferences().sync(&ws).await.unwrap();
    app.preferences().sync(&ws).await.unwrap();
    let view = app.preferences().cached(&ws).await.unwrap();
    assert_eq!(
        view.pending,
        0,
        "{:?}",
        app.store()
            .edits(OutboxSlice::Preferences)
            .list(&ws)
            .await
            .unwrap()
    );
    assert_eq!(item(&view, "idleTimeLimit").value, Some(json!(240)));
    assert_eq!(
        sandbox.user_preferences("alice")["idleTimeLimit"],
        json!(240)
    );
}

/// Found by the crash test once profile edits joined the outbox: a value sent before a crash and
/// found on the server is the edit's base from then on, also when the next send fails. Before,
/// the base stayed in memory only; the next send replaced `sent`, failed, and the sync after it
/// took the server's value for someone else's change and dropped the user's edit back to the
/// old value.
#[tokio::test]
async fn a_landed_send_stays_the_base_when_the_next_send_fails() {
    let h = Harness::new();
    let (app, ws, sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    sandbox.set_user_preference("alice", "useEmojis", json!(true));
    app.preferences().refresh(&ws).await.unwrap();
    app.preferences()
        .set(&ws, "useEmojis", json!(false))
        .await
        .unwrap();
    // The send of `false` reached the server, and Tether died before settling it.
    let sent = [("useEmojis".to_owned(), json!(false))].into();
    app.store()
        .edits(OutboxSlice::Preferences)
        .mark_sent(&ws, &sent)
        .await
        .unwrap();
    sandbox.set_user_preference("alice", "useEmojis", json!(false));
    // Back to `true`, and its send is cut off.
    app.preferences()
        .set(&ws, "useEmojis", json!(true))
        .await
        .unwrap();
    sandbox.inject_fault(
        "/api/v1/users.setPreferences",
        tether_sandbox::Fault::Reset,
        1,
    );
    assert!(app.preferences().sync(&ws).await.is_err());
    app.preferences().sync(&ws).await.unwrap();
    assert_eq!(
        sandbox.user_preferences("alice")["useEmojis"],
        true,
        "the user's last edit is on the server"
    );
}
