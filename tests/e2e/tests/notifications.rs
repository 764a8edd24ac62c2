//! Notifications and sounds in the real app under Xvfb, with the real notification daemon and
//! audio sink: the test button's notification reaches the daemon; the sandbox posts a mention
//! and the daemon receives the notification while the room's own sound reaches the sink;
//! clicking it opens the room in the browser; with desktop notifications set to "nothing" in
//! the Preferences page, the next mention brings neither.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::json;
use tether_core::ports::Clip;
use tether_e2e::desktop::{NotifyMonitor, Recording, peak, peak_hz, require_session};
use tether_e2e::processes::{
    DunstPaused, bus_connections_of, pid_of, playback_streams, thread_names,
};
use tether_e2e::{Driver, Journey};
use tether_sandbox::{Sandbox, SandboxConfig, seed};

/// A stand-in browser that writes down the address it is asked to open. It is both `$BROWSER`
/// and, in the headless session's own XDG folders, the default handler for http(s): xdg-open
/// asks the desktop's handler first, and a machine with a real browser installed (Chromium,
/// for the benchmarks) has one.
fn browser(dir: &Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let script = dir.join("browser.sh");
    let log = dir.join("opened.txt");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", log.display()),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let data = std::path::PathBuf::from(std::env::var_os("XDG_DATA_HOME").unwrap());
    let config = std::path::PathBuf::from(std::env::var_os("XDG_CONFIG_HOME").unwrap());
    std::fs::create_dir_all(data.join("applications")).unwrap();
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        data.join("applications/tether-test-browser.desktop"),
        format!(
            "[Desktop Entry]\nType=Application\nName=Test browser\nExec={} %u\nMimeType=x-scheme-handler/http;x-scheme-handler/https;\n",
            script.display()
        ),
    )
    .unwrap();
    std::fs::write(
        config.join("mimeapps.list"),
        "[Default Applications]\nx-scheme-handler/http=tether-test-browser.desktop\nx-scheme-handler/https=tether-test-browser.desktop\n",
    )
    .unwrap();
    script
}

async fn wait_until(what: &str, secs: u64, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !done() {
        assert!(
            Instant::now() < deadline,
            "timed out after {secs} s waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_shows_and_sounds_a_click_opens_the_room_and_nothing_means_nothing() {
    require_session();
    let journey = Journey::new();
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let tools = tempfile::tempdir().unwrap();
    let browser = browser(tools.path());
    let driver = Driver::start(&[
        ("TETHER_DATA_DIR", journey.data.path()),
        ("BROWSER", browser.as_path()),
    ])
    .await;
    let monitor = NotifyMonitor::start();

    let s = driver.launch(&journey.app).await;
    s.open_preferences(&sandbox.url(), &seed::ALICE).await;

    // The test button: a real notification, and the page says it was shown.
    s.click("[data-testid=notification-test]").await;
    s.wait_attribute(
        "[data-testid=notification-test-result]",
        "data-code",
        "shown",
    )
    .await;
    let test = monitor.wait_for(5, |n| n.summary == "Tether: test notification");
    assert_eq!(test.app, "Tether");
    assert!(
        test.body
            .starts_with("This is how notifications from Tether Sandbox will look."),
        "{}",
        test.body
    );

    // This window shows the workspace; with "mute focused conversations" its sounds would be
    // silent while it has the focus, so that is turned off here.
    s.click("[data-testid=pref-muteFocusedConversations]").await;
    wait_until("the preference on the server", 10, || {
        sandbox
            .user_preferences("alice")
            .get("muteFocusedConversations")
            == Some(&json!(false))
    })
    .await;
    wait_until("the realtime subscriptions", 20, || {
        sandbox.realtime_subscriptions() >= 2
    })
    .await;

    // A mention in "Design reviews": the notification and alice's sound for that room (ding).
    // (The test notification is closed first, so the mention is the one on screen.)
    assert!(
        std::process::Command::new("dunstctl")
            .arg("close-all")
            .status()
            .unwrap()
            .success()
    );
    let recording = Recording::start();
    assert_eq!(
        sandbox.post_message(
            "alice",
            "dora",
            "design-reviews",
            "@alice have a look",
            true
        ),
        Some(true)
    );
    let shown = monitor.wait_for(10, |n| n.summary == "#Design reviews");
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let heard = recording.stop();
    assert_eq!(shown.body, "dora: @alice have a look");
    assert_eq!(shown.urgency, Some(1));
    assert!(shown.actions.iter().any(|a| a == "default"), "{shown:?}");
    let Some(Clip::Pcm { samples: ding, .. }) = tether_core::alerts::sounds::built_in("ding")
    else {
        panic!("ding is built in");
    };
    assert!(
        peak(&heard) > 0.05,
        "the sound reached the sink: peak {}",
        peak(&heard)
    );
    let (want, got) = (peak_hz(&ding), peak_hz(&heard));
    assert!(
        (want - got).abs() <= 10.0,
        "the room's sound (ding, {want} Hz) played; heard {got} Hz"
    );
    s.screenshot(&journey.shots.join("notifications-1-mention.png"))
        .await;

    // A click on the notification (dunst's default action) opens the room in the browser.
    let clicked = std::process::Command::new("dunstctl")
        .arg("action")
        .status()
        .unwrap();
    assert!(clicked.success());
    let opened = tools.path().join("opened.txt");
    let room = format!("{}channel/design-reviews", sandbox.url());
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let seen = std::fs::read_to_string(&opened).unwrap_or_default();
        if seen.lines().any(|l| l == room) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the browser was not asked to open {room} (it was asked for: {seen:?})"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // The desktop's do-not-disturb: the mention is still handed to the daemon (which holds it
    // back and keeps it in its history), and Tether plays no sound.
    let pause = DunstPaused::start();
    let recording = Recording::start();
    assert_eq!(
        sandbox.post_message(
            "alice",
            "dora",
            "design-reviews",
            "@alice while paused",
            true
        ),
        Some(true)
    );
    monitor.wait_for(10, |n| n.body == "dora: @alice while paused");
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let heard = recording.stop();
    pause.end();
    assert!(
        peak(&heard) < 1.0 / 16384.0,
        "no sound in do-not-disturb: peak {}",
        peak(&heard)
    );

    // Bounded: more notifications, each with an "Open" action waiting for its click, add no
    // thread and no bus connection.
    let app = pid_of(&journey.app).expect("the app's process");
    let connections = bus_connections_of(app);
    for i in 0..4 {
        sandbox.post_message(
            "alice",
            "dora",
            "general",
            &format!("@alice burst {i}"),
            true,
        );
    }
    monitor.wait_for(10, |n| n.body == "dora: @alice burst 3");
    let waiting: Vec<String> = thread_names(app)
        .into_iter()
        .filter(|t| t.starts_with("notification"))
        .collect();
    assert!(
        waiting.len() <= 1,
        "one notification thread at most: {waiting:?}"
    );
    assert_eq!(
        bus_connections_of(app),
        connections,
        "no bus connection per notification"
    );
    // The audio output closes once the sounds have stopped: an idle Tether keeps no stream.
    wait_until("the audio output to close after its idle time", 30, || {
        playback_streams() == 0 && !thread_names(app).iter().any(|t| t == "audio-output")
    })
    .await;

    // Desktop notifications: nothing. The next mention brings no notification and no sound.
    s.select("[data-testid=pref-desktopNotifications]", r#"\"nothing\""#)
        .await;
    wait_until("the preference on the server", 10, || {
        sandbox
            .user_preferences("alice")
            .get("desktopNotifications")
            == Some(&json!("nothing"))
    })
    .await;
    let before = monitor.calls().len();
    let recording = Recording::start();
    assert_eq!(
        sandbox.post_message("alice", "dora", "design-reviews", "@alice again", true),
        Some(false),
        "the server sends no notification event"
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    let heard = recording.stop();
    assert_eq!(monitor.calls().len(), before, "{:?}", monitor.calls());
    assert!(
        peak(&heard) < 1.0 / 16384.0,
        "silence: peak {}",
        peak(&heard)
    );
    s.screenshot(&journey.shots.join("notifications-2-nothing.png"))
        .await;
    s.quit().await;
}
