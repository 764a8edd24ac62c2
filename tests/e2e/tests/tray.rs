//! The tray across two workspaces, as a panel sees it on the session bus: the app's
//! StatusNotifierItem registers with our watcher; its icon (the picture file it names) and its
//! menu follow the sandboxes as they post and as alice reads elsewhere; the switcher shows the
//! counts; the menu's do-not-disturb and "start hidden at login" work; closing the window
//! keeps Tether in the tray with a one-time notice; "Quit Tether" ends it.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use std::time::{Duration, Instant};

use tether_core::unread::TrayState;
use tether_core::unread::tray_icon::{SIZE, render};
use tether_e2e::desktop::{NotifyMonitor, require_session};
use tether_e2e::tray::{Item, Watcher, close_window_titled, window_shown};
use tether_e2e::{Driver, Journey};
use tether_sandbox::{Sandbox, SandboxConfig, seed};

/// What the app draws for `state`, from the icon it ships.
fn expected(state: TrayState) -> Vec<u8> {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../icons/128x128.png"
    ))
    .unwrap();
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    assert_eq!(
        info.color_type,
        png::ColorType::Rgba,
        "the shipped icon is RGBA"
    );
    render(state, &buf, info.width)
}

async fn wait_until<T>(what: &str, secs: u64, mut probe: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(found) = probe() {
            return found;
        }
        assert!(
            Instant::now() < deadline,
            "timed out after {secs} s waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Waits until the tray shows `state`; returns how long that took.
async fn icon_shows(item: &Item, state: TrayState) -> Duration {
    let want = expected(state);
    let started = Instant::now();
    wait_until(&format!("the tray icon to show {state:?}"), 10, || {
        item.icon()
            .filter(|(w, h, rgba)| *w == SIZE && *h == SIZE && *rgba == want)
            .map(|_| ())
    })
    .await;
    started.elapsed()
}

async fn menu_has(item: &Item, label: &str) {
    wait_until(&format!("the menu entry \"{label}\""), 10, || {
        item.menu().iter().any(|e| e.label == label).then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tray_follows_two_workspaces_and_its_menu_does_everything() {
    require_session();
    let journey = Journey::new();
    let shots = &journey.shots;
    let watcher = Watcher::start();
    let config_home = tempfile::tempdir().unwrap();
    let acme = Sandbox::start(SandboxConfig {
        site_name: "Acme".into(),
        ..Default::default()
    })
    .await
    .unwrap();
    let beta = Sandbox::start(SandboxConfig {
        site_name: "Beta".into(),
        ..Default::default()
    })
    .await
    .unwrap();
    let driver = Driver::start(&[
        ("TETHER_DATA_DIR", journey.data.path()),
        ("XDG_CONFIG_HOME", config_home.path()),
    ])
    .await;
    let s = driver.launch(&journey.app).await;
    let item = wait_until("the tray icon to register", 20, || watcher.item()).await;
    icon_shows(&item, TrayState::Idle).await;
    menu_has(&item, "Nothing unread").await;

    // Alice in both workspaces.
    s.sign_in_to(&acme.url(), &seed::ALICE).await;
    s.add_another_workspace().await;
    s.sign_in_to(&beta.url(), &seed::ALICE).await;
    s.wait_attribute("[data-testid=connection-state]", "data-workspace", "Beta")
        .await;
    menu_has(&item, "Acme — nothing unread").await;
    menu_has(&item, "Beta — nothing unread").await;
    // Both realtime connections hold their subscriptions (userData, notification, subscriptions-changed).
    wait_until("both realtime connections", 20, || {
        (acme.realtime_subscriptions() >= 3 && beta.realtime_subscriptions() >= 3).then_some(())
    })
    .await;

    // A mention in Acme: the red badge with 1.
    acme.post_message("alice", "dora", "general", "@alice the budget?", true);
    let took = icon_shows(&item, TrayState::Mentions { count: 1 }).await;
    println!("message to tray icon: {} ms", took.as_millis());
    menu_has(&item, "1 unread mention in Acme").await;
    menu_has(&item, "Acme — 1 mention, 1 unread").await;

    // A plain message in Beta: still one mention, Beta counts one; the switcher (showing Beta) says 1.
    beta.post_message("alice", "dora", "design-reviews", "new mockups", false);
    menu_has(&item, "Beta — 1 unread").await;
    s.wait_text("[data-testid=unread-count][data-workspace=Beta]", "1")
        .await;
    icon_shows(&item, TrayState::Mentions { count: 1 }).await;
    s.screenshot(&shots.join("40-switcher-count.png")).await;

    // Alice reads Acme elsewhere: the dot for Beta's message.
    let (client, creds) = tether_e2e::signed_in_elsewhere(&acme, &seed::ALICE)
        .await
        .unwrap();
    client.read_room(&creds, "room-general").await.unwrap();
    let took = icon_shows(&item, TrayState::Unread).await;
    println!("read to tray icon: {} ms", took.as_millis());
    menu_has(&item, "1 unread message in Beta").await;
    menu_has(&item, "Acme — nothing unread").await;

    // Ten mentions in Beta: 9+.
    for i in 0..10 {
        beta.post_message(
            "alice",
            "dora",
            "design-reviews",
            &format!("@alice {i}"),
            true,
        );
    }
    icon_shows(&item, TrayState::ManyMentions).await;
    menu_has(&item, "Beta — 10 mentions, 11 unread").await;
    let (client, creds) = tether_e2e::signed_in_elsewhere(&beta, &seed::ALICE)
        .await
        .unwrap();
    client
        .read_room(&creds, "room-design-reviews")
        .await
        .unwrap();
    icon_shows(&item, TrayState::Idle).await;
    menu_has(&item, "Nothing unread").await;

    // Do-not-disturb from the menu, and back on.
    item.click("Mute notifications for 1 hour");
    wait_until("the muted line", 10, || {
        item.menu()
            .iter()
            .any(|e| e.label.starts_with("Notifications muted until"))
            .then_some(())
    })
    .await;
    s.wait_attribute("[data-testid=quiet]", "data-muted", "true")
        .await;
    let back_on = item
        .menu()
        .into_iter()
        .find(|e| e.label == "Turn notifications back on")
        .unwrap();
    assert!(back_on.enabled);
    item.click("Turn notifications back on");
    s.wait_attribute("[data-testid=quiet]", "data-muted", "false")
        .await;
    menu_has(&item, "Notifications on").await;

    // Start hidden at login: the XDG autostart entry, and its check mark.
    let entry = config_home.path().join("autostart/tether.desktop");
    item.click("Start hidden at login");
    wait_until("the autostart entry", 10, || entry.exists().then_some(())).await;
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(
        text.contains(&format!("Exec=\"{}\" --hidden", journey.app.display())),
        "{text}"
    );
    wait_until("the check mark", 10, || {
        item.menu()
            .iter()
            .any(|e| e.label == "Start hidden at login" && e.checked == Some(true))
            .then_some(())
    })
    .await;
    item.click("Start hidden at login");
    wait_until("the entry removed", 10, || (!entry.exists()).then_some(())).await;

    // The tray menu opens a workspace in the window.
    item.click("Acme —");
    s.wait_attribute("[data-testid=connection-state]", "data-workspace", "Acme")
        .await;

    // Closing the window keeps Tether in the tray, saying so once; Quit ends it.
    let notices = NotifyMonitor::start();
    // Closed as a window manager would; asked again if the first request went unseen (under
    // CPU load the first request can go unhandled until the next one arrives; the cause is not
    // understood yet).
    for attempt in 0.. {
        assert!(attempt < 5, "the window did not close after five requests");
        assert!(close_window_titled("Tether"), "the window to close");
        let deadline = Instant::now() + Duration::from_secs(3);
        while window_shown("Tether") && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        if !window_shown("Tether") {
            break;
        }
    }
    let notice = wait_until("the tray notice", 10, || {
        notices
            .calls()
            .into_iter()
            .find(|n| n.summary == "Tether is still running")
    })
    .await;
    assert!(notice.body.contains("Quit Tether"), "{}", notice.body);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(item.alive(), "Tether still runs in the tray");
    item.click_to_end("Quit Tether");
    wait_until("Tether to quit", 10, || (!item.alive()).then_some(())).await;
}
