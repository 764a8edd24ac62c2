//! Desktop integration on the real app: one Tether per data folder (a second launch hands its
//! arguments to the first and leaves), and the window's size and position remembered across
//! restarts.
#![allow(
    clippy::expect_used,
    reason = "a test's failed step fails it with its message"
)]

use std::time::{Duration, Instant};

use tether_e2e::Journey;
use tether_sandbox::{Sandbox, SandboxConfig};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_launch_hands_its_arguments_to_the_first_and_leaves() {
    let journey = Journey::new();
    let sandbox = Sandbox::start(SandboxConfig::default())
        .await
        .expect("the sandbox");
    let driver = journey.driver().await;
    let s = driver.launch(&journey.app).await;
    s.wait_for("[data-testid=add-workspace-url]").await;

    // The same data folder: the second launch finds the first, hands over `--workspace`, exits.
    let started = Instant::now();
    let second = tokio::process::Command::new(&journey.app)
        .args(["--workspace", &sandbox.url()])
        .env("TETHER_DATA_DIR", journey.data.path())
        .output();
    let second = tokio::time::timeout(Duration::from_secs(20), second)
        .await
        .expect("the second launch leaves within 20 s")
        .expect("the second launch starts");
    assert!(second.status.success(), "{second:?}");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "it handed over rather than starting a second app ({:?})",
        started.elapsed()
    );
    // The first one added the workspace the second was given: its sign-in form shows.
    s.wait_for("[data-testid=signin-username]").await;
    s.screenshot(&journey.shots.join("instance-01-handed-over.png"))
        .await;
    let log = std::fs::read_to_string(journey.data.path().join("tether.log")).expect("the log");
    assert!(log.contains("second launch: showing the window"), "{log}");

    // Another data folder is another Tether: it does not hand over (it starts, so stop it).
    let other = tempfile::tempdir().expect("a folder");
    let mut third = tokio::process::Command::new(&journey.app)
        .env("TETHER_DATA_DIR", other.path())
        .kill_on_drop(true)
        .spawn()
        .expect("a third launch");
    let waited = tokio::time::timeout(Duration::from_secs(3), third.wait()).await;
    assert!(
        waited.is_err(),
        "a Tether on another data folder keeps running: {waited:?}"
    );
    let _ = third.kill().await;
    s.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_window_comes_back_with_its_size_and_position() {
    let journey = Journey::new();
    let driver = journey.driver().await;
    let s = driver.launch(&journey.app).await;
    s.wait_for("[data-testid=add-workspace-url]").await;
    s.set_window_rect(40, 30, 900, 640).await;
    // Written once the moves settle.
    let file = journey.data.path().join("window.json");
    let deadline = Instant::now() + Duration::from_secs(10);
    let saved = loop {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        if text.contains("\"width\":900") {
            break text;
        }
        assert!(Instant::now() < deadline, "window.json: {text}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert!(saved.contains("\"height\":640"), "{saved}");
    s.quit().await;

    let s = driver.launch(&journey.app).await;
    s.wait_for("[data-testid=add-workspace-url]").await;
    let rect = s.window_rect().await;
    assert_eq!(
        (rect["width"].as_i64(), rect["height"].as_i64()),
        (Some(900), Some(640)),
        "the size came back: {rect}"
    );
    assert_eq!(
        (rect["x"].as_i64(), rect["y"].as_i64()),
        (Some(40), Some(30)),
        "the position came back: {rect}"
    );
    s.quit().await;
}
