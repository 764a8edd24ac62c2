//! The vertical slice, on the real app binary under Xvfb: add the sandbox workspace, sign in
//! (a wrong password first), see the profile; restart and resume with no password; restart with
//! the server gone and see the cached profile marked offline.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use tether_e2e::{Journey, processes};
use tether_sandbox::{Sandbox, SandboxConfig, seed};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn add_sign_in_see_profile_then_resume_then_offline() {
    let journey = Journey::new();
    let (app, shots) = (&journey.app, &journey.shots);
    let record = journey.data.path().join("journey-requests.jsonl");
    let sandbox = Sandbox::start(SandboxConfig {
        record_to: Some(record.clone()),
        ..Default::default()
    })
    .await
    .unwrap();
    let driver = journey.driver().await;

    // 1. First launch: add the workspace, fail once, sign in, see the profile from the server.
    let s = driver.launch(app).await;
    s.fill("[data-testid=add-workspace-url]", &sandbox.url())
        .await;
    s.screenshot(&shots.join("01-add-workspace.png")).await;
    // The page renders as shipped: accelerated compositing off (src-tauri/webkit.rs), set by
    // the app for itself and inherited by its web process. Every journey runs that way.
    let pid = processes::pid_of(app).expect("the app's process");
    let web = processes::web_process_environment(pid).expect("the app's web process");
    assert!(
        web.iter()
            .any(|(k, v)| k == "WEBKIT_DISABLE_COMPOSITING_MODE" && v == "1"),
        "the web process runs with compositing on: {web:?}"
    );
    s.click("[data-testid=add-workspace-submit]").await;
    s.fill("[data-testid=signin-username]", seed::ALICE.username)
        .await;
    s.fill("[data-testid=signin-password]", "not-the-password")
        .await;
    s.click("[data-testid=signin-submit]").await;
    s.wait_text(
        "[data-testid=signin-error]",
        "Incorrect username or password",
    )
    .await;
    assert_eq!(
        s.attribute("[data-testid=signin-error]", "data-code")
            .await
            .as_deref(),
        Some("invalid_credentials"),
        "the server's Unauthorized reaches the form as its own code"
    );
    s.screenshot(&shots.join("02-wrong-password.png")).await;
    s.fill(
        "[data-testid=signin-password]",
        seed::ALICE.password.unwrap(),
    )
    .await;
    s.click("[data-testid=signin-submit]").await;
    s.wait_text("[data-testid=profile-name]", seed::ALICE.name)
        .await;
    s.wait_text("[data-testid=profile-username]", "@alice")
        .await;
    s.wait_text("[data-testid=profile-source]", "Up to date")
        .await;
    s.screenshot(&shots.join("03-profile-from-server.png"))
        .await;
    s.quit().await;

    // 2. Relaunch with the server up: the stored token resumes the session, no password asked.
    let s = driver.launch(app).await;
    s.wait_text("[data-testid=profile-name]", seed::ALICE.name)
        .await;
    s.wait_attribute("[data-testid=connection-state]", "data-state", "online")
        .await;
    assert!(
        !s.exists("[data-testid=signin-password]").await,
        "no password is asked after a restart"
    );
    s.screenshot(&shots.join("04-resumed.png")).await;
    s.quit().await;
    let log = std::fs::read_to_string(&record).unwrap();
    let resumes = log
        .lines()
        .filter(|l| l.contains("\"/api/v1/login\"") && l.contains("\"resume\""))
        .count();
    assert_eq!(
        resumes, 1,
        "the second launch signed in with `login {{resume}}`"
    );

    // 3. Relaunch with the server gone: the cached profile, marked offline.
    sandbox.stop().await;
    let s = driver.launch(app).await;
    s.wait_text("[data-testid=profile-name]", seed::ALICE.name)
        .await;
    s.wait_text("[data-testid=offline-banner]", "Offline").await;
    s.wait_attribute("[data-testid=connection-state]", "data-state", "offline")
        .await;
    assert!(
        !s.exists("[data-testid=signin-password]").await,
        "offline start never asks for a password"
    );
    s.screenshot(&shots.join("05-offline-from-cache.png")).await;
    s.quit().await;
}
