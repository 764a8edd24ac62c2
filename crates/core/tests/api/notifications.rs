//! Notifications and sounds against the sandbox, with the desktop recorded: realtime
//! `<uid>/notification` events carried out as the preferences say, Tether's do-not-disturb,
//! "mute focused conversations", the workspace's custom sounds (downloaded once, cached on
//! disk) and the test notification. The real notification daemon and audio are the shell's
//! tests (`src-tauri/tests/desktop.rs`) and the end-to-end journey.

use std::sync::Arc;
use std::time::Duration;

use crate::common::{Harness, generous, sign_in_as};
use serde_json::json;
use tether_core::alerts::QuietFor;
use tether_core::ports::{Clip, RecordingDesktop};
use tether_core::{ErrorCode, Tether};
use tether_sandbox::{Sandbox, seed, sounds};

/// The app with a recorded desktop, alice signed in, and its background worker connected.
async fn connected(h: &Harness) -> (Arc<Tether>, Arc<RecordingDesktop>, String, Sandbox) {
    let sandbox = h.sandbox_with(generous()).await;
    let (app, desktop) = h.app_with_desktop().await;
    let app = Arc::new(app);
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    sign_in_as(&app, &ws, &seed::ALICE).await;
    app.preferences().refresh(&ws).await.unwrap();
    let worker = app.clone();
    tokio::spawn(async move { worker.worker().run().await });
    // Subscribed to userData and notification.
    wait_for("the realtime subscriptions", || {
        sandbox.realtime_subscriptions() >= 2
    })
    .await;
    (app, desktop, ws, sandbox)
}

async fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Posts to alice and waits until the event has surely been handled: a message that is
/// always shown follows it, and its notification must arrive.
async fn post_and_settle(sandbox: &Sandbox, desktop: &RecordingDesktop, room: &str, text: &str) {
    let before = desktop.notifications().len();
    sandbox.post_message("alice", "dora", room, text, text.contains("@alice"));
    sandbox.post_message("alice", "tina", "general", "@alice marker", true);
    wait_for("the marker notification", || {
        desktop
            .notifications()
            .iter()
            .skip(before)
            .any(|n| n.body == "tina: @alice marker")
    })
    .await;
}

#[tokio::test]
async fn a_mention_shows_a_notification_that_opens_the_room_and_plays_the_rooms_sound() {
    let h = Harness::new();
    let (_app, desktop, _ws, sandbox) = connected(&h).await;
    sandbox.post_message(
        "alice",
        "dora",
        "design-reviews",
        "@alice have a look",
        true,
    );
    wait_for("the notification", || !desktop.notifications().is_empty()).await;
    wait_for("the sound", || !desktop.sounds().is_empty()).await;
    let shown = &desktop.notifications()[0];
    assert_eq!(shown.summary, "#Design reviews");
    assert_eq!(shown.body, "dora: @alice have a look");
    assert!(!shown.require_interaction);
    assert_eq!(
        shown.open_url.as_deref(),
        Some(format!("{}channel/design-reviews", sandbox.url()).as_str()),
        "a click opens the room in the browser"
    );
    let (clip, volume) = &desktop.sounds()[0];
    assert_eq!(
        clip,
        &tether_core::alerts::sounds::built_in("ding").unwrap(),
        "alice's own sound for this room"
    );
    assert!((volume - 1.0).abs() < 1e-6);
}

#[tokio::test]
async fn preferences_decide_desktop_mode_sound_volume_and_interaction() {
    let h = Harness::new();
    let (app, desktop, ws, sandbox) = connected(&h).await;
    // Edits made in Tether count at once, before the server has them.
    app.preferences()
        .set(&ws, "newMessageNotification", json!("beep"))
        .await
        .unwrap();
    app.preferences()
        .set(&ws, "notificationsSoundVolume", json!(40))
        .await
        .unwrap();
    app.preferences()
        .set(&ws, "desktopNotificationRequireInteraction", json!(true))
        .await
        .unwrap();
    post_and_settle(&sandbox, &desktop, "general", "plain").await;
    let shown = desktop.notifications();
    let plain = shown.iter().find(|n| n.body == "dora: plain").unwrap();
    assert!(plain.require_interaction, "stays until dismissed");
    let (clip, volume) = &desktop.sounds()[0];
    assert_eq!(
        clip,
        &tether_core::alerts::sounds::built_in("beep").unwrap()
    );
    assert!((volume - 0.4).abs() < 1e-6, "volume {volume}");

    // Mentions only: Tether applies the user's choice even before the server has it.
    app.preferences()
        .set(&ws, "desktopNotifications", json!("mentions"))
        .await
        .unwrap();
    let before = desktop.notifications().len();
    let sounds_before = desktop.sounds().len();
    sandbox.post_message("alice", "dora", "general", "not for you", false);
    sandbox.post_message("alice", "tina", "general", "@alice marker", true);
    wait_for("the marker", || desktop.notifications().len() > before).await;
    let after: Vec<_> = desktop.notifications()[before..].to_vec();
    assert!(
        after.iter().all(|n| n.body != "dora: not for you"),
        "{after:?}"
    );
    assert_eq!(
        desktop.sounds().len(),
        sounds_before + 1,
        "only the marker's sound"
    );

    // Nothing: the server sends no event once it has the preference; none is shown.
    app.preferences()
        .set(&ws, "desktopNotifications", json!("nothing"))
        .await
        .unwrap();
    wait_for("the preference on the server", || {
        sandbox
            .user_preferences("alice")
            .get("desktopNotifications")
            == Some(&json!("nothing"))
    })
    .await;
    let before = desktop.notifications().len();
    assert_eq!(
        sandbox.post_message("alice", "dora", "general", "@alice silence", true),
        Some(false)
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(desktop.notifications().len(), before);
}

#[tokio::test]
async fn a_notification_the_server_decided_to_send_is_shown_whatever_it_mentions() {
    let h = Harness::new();
    let (app, desktop, ws, sandbox) = connected(&h).await;
    // The server has "mentions": it applied that (with alice's highlight words, thread
    // replies and group mentions) before sending the event.
    sandbox.set_user_preference("alice", "desktopNotifications", json!("mentions"));
    app.preferences().refresh(&ws).await.unwrap();
    // A highlight word: the server counts it, though the text names no one.
    assert_eq!(
        sandbox.post_message(
            "alice",
            "dora",
            "general",
            "the tether release is out",
            true
        ),
        Some(true)
    );
    wait_for("the notification", || {
        desktop
            .notifications()
            .iter()
            .any(|n| n.body == "dora: the tether release is out")
    })
    .await;
}

#[tokio::test]
async fn a_pending_edit_of_desktop_notifications_filters_until_the_server_has_it() {
    let h = Harness::new();
    let (app, desktop, ws, sandbox) = connected(&h).await;
    // The server cannot take the edit yet (it keeps failing): the edit waits in the outbox.
    sandbox.inject_fault(
        "/api/v1/users.setPreferences",
        tether_sandbox::Fault::InternalError,
        1000,
    );
    app.preferences()
        .set(&ws, "desktopNotifications", json!("nothing"))
        .await
        .unwrap();
    let before = desktop.notifications().len();
    // The server still has "all" and sends the event; Tether applies the user's newer choice.
    assert_eq!(
        sandbox.post_message("alice", "dora", "general", "@alice held back", true),
        Some(true)
    );
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(desktop.notifications().len(), before, "not shown");
    assert!(desktop.sounds().is_empty(), "not played");
}

#[tokio::test]
async fn the_desktops_do_not_disturb_holds_the_sound_not_the_notification() {
    let h = Harness::new();
    let (_app, desktop, _ws, sandbox) = connected(&h).await;
    desktop.set_desktop_quiet(true);
    sandbox.post_message("alice", "dora", "general", "@alice while quiet", true);
    wait_for("the notification, handed to the desktop", || {
        !desktop.notifications().is_empty()
    })
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(desktop.sounds().is_empty(), "no sound in do-not-disturb");
}

#[tokio::test]
async fn a_new_room_plays_the_new_room_sound_once() {
    let h = Harness::new();
    let (app, desktop, ws, sandbox) = connected(&h).await;
    wait_for("the subscriptions-changed subscription", || {
        sandbox.realtime_subscriptions() >= 3
    })
    .await;
    app.preferences()
        .set(&ws, "newRoomNotification", json!("highbell"))
        .await
        .unwrap();
    sandbox.add_to_room("alice", "dora-notes").unwrap();
    wait_for("the new room's sound", || !desktop.sounds().is_empty()).await;
    let (clip, _) = &desktop.sounds()[0];
    assert_eq!(
        clip,
        &tether_core::alerts::sounds::built_in("highbell").unwrap()
    );
    // A message in that room, still unread: no second new-room sound (its own notification's
    // sound plays instead).
    let sounds = desktop.sounds().len();
    post_and_settle(&sandbox, &desktop, "dora-notes", "@alice welcome").await;
    let played: Vec<_> = desktop.sounds()[sounds..]
        .iter()
        .map(|(c, _)| c.clone())
        .collect();
    assert!(
        !played.contains(&tether_core::alerts::sounds::built_in("highbell").unwrap()),
        "the new room's sound plays once"
    );
}

#[tokio::test]
async fn do_not_disturb_and_a_focused_workspace_silence_what_they_should() {
    let h = Harness::new();
    let (app, desktop, ws, sandbox) = connected(&h).await;
    let quiet = app
        .alerts()
        .set_do_not_disturb(QuietFor::OneHour)
        .await
        .unwrap();
    let until = chrono::DateTime::parse_from_rfc3339(quiet.until.as_deref().unwrap()).unwrap();
    let left = until.with_timezone(&chrono::Utc) - chrono::Utc::now();
    assert!((59..=60).contains(&left.num_minutes()), "an hour: {left}");
    sandbox.post_message("alice", "dora", "general", "@alice muted", true);
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert!(desktop.notifications().is_empty());
    assert!(desktop.sounds().is_empty());

    // It survives a restart (kept in the cache).
    let reopened = h.app().await;
    assert_eq!(reopened.alerts().do_not_disturb().await.unwrap(), quiet);
    drop(reopened);

    assert_eq!(
        app.alerts()
            .set_do_not_disturb(QuietFor::Off)
            .await
            .unwrap()
            .until,
        None
    );
    // The window shows this workspace and has the focus: shown, but silent.
    app.alerts().set_shown_workspace(Some(ws.clone()));
    app.alerts().set_window_focused(true);
    sandbox.post_message("alice", "dora", "general", "@alice focused", true);
    wait_for("the notification", || !desktop.notifications().is_empty()).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(desktop.sounds().is_empty(), "mute focused conversations");
    // Another workspace shown: the sound plays.
    app.alerts().set_shown_workspace(Some("another".into()));
    sandbox.post_message("alice", "dora", "general", "@alice unfocused", true);
    wait_for("the sound", || !desktop.sounds().is_empty()).await;
}

#[tokio::test]
async fn custom_sounds_are_listed_downloaded_once_kept_on_disk_and_choosable() {
    let h = Harness::new();
    let (app, desktop, ws, sandbox) = connected(&h).await;
    // The worker read the list and downloaded the file when it connected.
    let file_requests = || {
        h.recorded()
            .iter()
            .filter(|r| {
                r["path"]
                    .as_str()
                    .is_some_and(|p| p.starts_with("/custom-sounds/"))
            })
            .count()
    };
    wait_for("the sound's download", || file_requests() == 1).await;
    let list = app.alerts().sound_list(Some(&ws)).await.unwrap();
    let knock = list.iter().find(|s| s.custom).unwrap();
    assert_eq!(
        (knock.id.as_str(), knock.name.as_str()),
        (sounds::KNOCK.id, "Knock")
    );
    assert!(list.iter().any(|s| s.id == "chime" && !s.custom));

    // Reading the list again does not download it again, and playing it reads the disk.
    app.alerts().custom_sounds_refresh(&ws).await.unwrap();
    let Clip::Encoded { bytes } = app
        .alerts()
        .sound_clip(Some(&ws), sounds::KNOCK.id)
        .await
        .unwrap()
    else {
        panic!("a custom sound is the server's file");
    };
    assert_eq!(&*bytes, sounds::wav(&sounds::KNOCK).as_slice());
    assert_eq!(file_requests(), 1, "downloaded once");
    let cached: Vec<_> = walk(&h.config.cache_path.parent().unwrap().join("sounds"));
    assert_eq!(cached.len(), 1, "{cached:?}");

    // The Preferences page offers it; choosing it is accepted, and new messages play it.
    let view = app
        .preferences()
        .set(&ws, "newMessageNotification", json!(sounds::KNOCK.id))
        .await
        .unwrap();
    let item = view
        .items
        .iter()
        .find(|i| i.key == "newMessageNotification")
        .unwrap();
    assert_eq!(item.value, Some(json!(sounds::KNOCK.id)));
    let err = app
        .preferences()
        .set(&ws, "newMessageNotification", json!("no-such-sound"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    sandbox.post_message("alice", "tina", "general", "@alice knock knock", true);
    wait_for("the sound", || !desktop.sounds().is_empty()).await;
    assert!(matches!(desktop.sounds()[0].0, Clip::Encoded { .. }));
}

#[tokio::test]
async fn previews_and_the_test_notification_report_clear_errors() {
    let h = Harness::new();
    let (app, desktop, ws, _sandbox) = connected(&h).await;
    app.alerts()
        .sound_play(Some(&ws), "door", Some(25))
        .await
        .unwrap();
    let (clip, volume) = desktop.sounds().pop().unwrap();
    assert_eq!(clip, tether_core::alerts::sounds::built_in("door").unwrap());
    assert!((volume - 0.25).abs() < 1e-6);
    // No volume given: the user's own, master × notification.
    app.preferences()
        .set(&ws, "notificationsSoundVolume", json!(50))
        .await
        .unwrap();
    app.alerts()
        .sound_play(Some(&ws), "door", None)
        .await
        .unwrap();
    assert!((desktop.sounds().pop().unwrap().1 - 0.5).abs() < 1e-6);

    let err = app
        .alerts()
        .sound_play(Some(&ws), "door", Some(101))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let err = app
        .alerts()
        .sound_play(Some(&ws), "kazoo", None)
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::SoundNotFound);
    assert!(err.to_string().contains("kazoo"), "{err}");

    app.alerts()
        .notification_test(Some(&ws), true)
        .await
        .unwrap();
    let test = desktop.notifications().pop().unwrap();
    assert!(test.require_interaction);
    assert!(test.summary.contains("test notification"));
    assert_eq!(test.open_url.as_deref(), Some(_sandbox.url().as_str()));

    // Without a desktop (core's default), each says so with its own code.
    let bare = h.app().await;
    let err = bare
        .alerts()
        .notification_test(None, false)
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotificationServiceMissing);
    let err = bare
        .alerts()
        .sound_play(None, "chime", Some(50))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::AudioDeviceMissing);
}

#[tokio::test]
async fn the_tray_notice_is_shown_once_and_retried_when_it_could_not_be() {
    let h = Harness::new();
    let (app, desktop) = h.app_with_desktop().await;
    // No notification service: not shown, so not remembered.
    let bare = h.app().await;
    let err = bare.alerts().tray_notice_once().await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotificationServiceMissing);
    assert!(
        app.alerts().tray_notice_once().await.unwrap(),
        "shown the first time"
    );
    let notice = desktop.notifications().pop().unwrap();
    assert_eq!(notice.summary, "Tether is still running");
    assert!(notice.body.contains("Quit Tether"), "{}", notice.body);
    // In the language the window shows; the body names the tray menu's own entry.
    app.context().set_language("de");
    app.alerts().notification_test(None, false).await.unwrap();
    let test = desktop.notifications().pop().unwrap();
    assert_eq!(test.summary, "Tether: Testbenachrichtigung");
    assert_eq!(test.body, "So sehen Tethers Benachrichtigungen aus.");
    app.context().set_language("en");
    assert!(
        !app.alerts().tray_notice_once().await.unwrap(),
        "never again"
    );
    drop(app);
    // Remembered in the cache, across restarts.
    assert!(!h.app().await.alerts().tray_notice_once().await.unwrap());
    let notices = desktop
        .notifications()
        .iter()
        .filter(|n| n.summary == "Tether is still running")
        .count();
    assert_eq!(notices, 1, "one notice in all");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry.path().is_dir() {
            files.extend(walk(&entry.path()));
        } else {
            files.push(entry.path());
        }
    }
    files
}
